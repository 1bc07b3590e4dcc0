using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.Editing;

/// <summary>What the create and edit pages share: the form, its choices, and the checks that need the database.</summary>
public abstract class ServiceFormPage(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    protected AppDbContext Db => db;

    protected IAuthorizationService Authorization => authorization;

    [BindProperty]
    public ServiceForm Input { get; set; } = new ServiceForm().Normalise();

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Terms { get; private set; } = [];

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Statuses { get; } =
        Enum.GetValues<ServiceStatus>().Select(s => new SelectListItem(ServiceRules.Describe(s), s.ToString())).ToList();

    /// <summary>Set after a concurrency conflict: field, what the user entered, what is saved now.</summary>
    public IReadOnlyList<FieldChange> Conflicts { get; protected set; } = [];

    public abstract string SubmitLabel { get; }

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        var organisations = await ServiceAccess.EditableOrganisationsAsync(db, User, ct);
        Organisations = organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Terms = await db.Set<TaxonomyTerm>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Label).ToListAsync(ct);

        // Coverage is recorded against the local areas (the leaves), where the provision map counts it.
        var areas = await db.Set<Area>().AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        Areas = areas.Where(a => areas.All(b => b.ParentId != a.Id)).ToList();
    }

    /// <summary>Every check on the posted form; adds each problem to ModelState. True when the form may be saved.</summary>
    protected async Task<bool> ValidateAsync(int? serviceId, CancellationToken ct)
    {
        Input.Normalise();
        foreach (var (key, message) in Input.Validate())
        {
            ModelState.AddModelError(key, message);
        }

        var knownTerms = await db.Set<TaxonomyTerm>().Where(t => Input.TypeIds.Contains(t.Id)).CountAsync(ct);
        if (knownTerms != Input.TypeIds.Count)
        {
            ModelState.AddModelError("Input.TypeIds", "Choose types from the list");
        }

        var knownAreas = await db.Set<Area>().Where(a => Input.AreaIds.Contains(a.Id)).CountAsync(ct);
        if (knownAreas != Input.AreaIds.Count)
        {
            ModelState.AddModelError("Input.AreaIds", "Choose areas from the list");
        }

        if (!string.IsNullOrWhiteSpace(Input.Name) && Input.OrganisationId > 0)
        {
            var name = Input.Name.Trim().ToLower();
            var taken = await db.Set<Service>().AnyAsync(s => s.OrganisationId == Input.OrganisationId && s.Name.ToLower() == name && s.Id != (serviceId ?? 0), ct);
            if (taken)
            {
                ModelState.AddModelError("Input.Name", "This organisation already has a service with this name");
            }
        }

        return ModelState.IsValid;
    }

    /// <summary>A lead choosing an organisation they do not lead is refused, whatever the form said.</summary>
    protected async Task<bool> MayUseOrganisationAsync(int organisationId) =>
        organisationId <= 0 || await authorization.CanEditAsync(User, organisationId);

    protected async Task<IReadOnlyList<FieldChange>> DifferencesAsync(ServiceForm mine, ServiceForm saved, CancellationToken ct)
    {
        var organisations = await db.Set<Members.Organisations.Organisation>().AsNoTracking()
            .Where(o => o.Id == mine.OrganisationId || o.Id == saved.OrganisationId)
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var terms = await db.Set<TaxonomyTerm>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Label, ct);
        var areas = await db.Set<Area>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var lookups = new FormLookups(organisations, terms, areas);
        var a = ServiceFormDescription.Describe(mine, lookups);
        var b = ServiceFormDescription.Describe(saved, lookups);
        return a.Zip(b)
            .Where(p => p.First.Value != p.Second.Value)
            .Select(p => new FieldChange(p.First.Label, p.First.Value, p.Second.Value))
            .ToList();
    }
}

public sealed record FieldChange(string Field, string Yours, string Saved);

/// <summary>Helpers for the form partial: errors of fields the tag helpers do not draw (checkbox groups, the hours grid).</summary>
public static class FormErrors
{
    /// <summary>The errors of the fields under <paramref name="prefix"/>, shown where this is called (which the error summary follows).</summary>
    public static IReadOnlyList<string> Under(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string prefix)
    {
        McnHub.Platform.Ui.FieldOrder.Rendered(state, prefix);
        return state.Where(kv => kv.Key == prefix || kv.Key.StartsWith(prefix + ".", StringComparison.Ordinal) || kv.Key.StartsWith(prefix + "[", StringComparison.Ordinal))
            .SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage))
            .Distinct()
            .ToList();
    }
}
