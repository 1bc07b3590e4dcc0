using System.Globalization;
using McnHub.Features.Members.Network;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

/// <summary>What the create and edit forms post: the organisation as typed, the areas ticked, and the version it was loaded at.</summary>
public sealed class OrganisationInput : OrganisationFields
{
    public List<int> AreaIds { get; set; } = [];

    public int Version { get; set; }

    /// <summary>The values as loaded (see <see cref="OrganisationConflicts"/>): only used to word a conflict, never saved.</summary>
    public string? Loaded { get; set; }

    public static OrganisationInput From(Organisation o, IEnumerable<int> areaIds) => new()
    {
        Name = o.Name,
        OdsCode = o.OdsCode,
        Type = o.Type.ToString(),
        Sector = o.Sector.ToString(),
        AddressLine1 = o.AddressLine1,
        AddressLine2 = o.AddressLine2,
        Town = o.Town,
        Postcode = o.Postcode,
        Website = o.Website,
        Phone = o.Phone,
        Email = o.Email,
        Status = o.Status.ToString(),
        StatusSince = Iso(o.StatusSince),
        JoinedOn = Iso(o.JoinedOn),
        LeftOn = Iso(o.LeftOn),
        AreaIds = areaIds.ToList(),
        Version = o.Version,
    };

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record AreaOption(int Id, string Name, string? Parent);

/// <summary>What the shared form partial needs from the create and edit pages.</summary>
public interface IOrganisationFormPage
{
    OrganisationInput Input { get; }

    IReadOnlyList<AreaOption> AreaOptions { get; }

    /// <summary>Only the co-ordinator sets the membership status and its dates; leads see them read-only.</summary>
    bool CanEditMembership { get; }

    /// <summary>The saved membership, shown to leads who cannot change it.</summary>
    string? MembershipSummary { get; }
}

/// <summary>The checks and area handling shared by the create and edit pages.</summary>
public static class OrganisationForm
{
    public const string Prefix = "Input";

    public static async Task<IReadOnlyList<AreaOption>> AreasAsync(AppDbContext db, CancellationToken ct) =>
        await db.Set<Area>().AsNoTracking()
            .OrderBy(a => a.ParentId != null).ThenBy(a => a.Name)
            .Select(a => new AreaOption(a.Id, a.Name, a.Parent == null ? null : a.Parent.Name))
            .ToListAsync(ct);

    /// <summary>
    /// Checks the input (every rule, then uniqueness and areas against the database) and puts each problem in
    /// ModelState against its field, so it shows next to the field and in the error summary.
    /// </summary>
    public static async Task<OrganisationValues?> ValidateAsync(
        AppDbContext db, OrganisationInput input, IReadOnlyList<AreaOption> areas, ModelStateDictionary modelState, int? exceptId, bool membership, CancellationToken ct)
    {
        // The only non-text field is the area list: a forged value is refused in words, not with the binder's message.
        var areaKey = $"{Prefix}.{nameof(OrganisationInput.AreaIds)}";
        var forgedAreas = modelState.TryGetValue(areaKey, out var areaState) && areaState.Errors.Count > 0;
        foreach (var key in modelState.Keys.Where(k => k.StartsWith(areaKey, StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var problems = new List<FieldProblem>();
        var values = OrganisationValidation.Check(input, today, problems, membership);
        if (forgedAreas || input.AreaIds.Any(id => areas.All(a => a.Id != id)))
        {
            problems.Add(new FieldProblem(nameof(OrganisationInput.AreaIds), "Select areas from the list"));
        }

        if (values is not null)
        {
            await CheckUniqueAsync(db, values, exceptId, problems, ct);
        }

        foreach (var problem in problems)
        {
            modelState.AddModelError($"{Prefix}.{problem.Field}", problem.Message);
        }

        return problems.Count == 0 ? values : null;
    }

    /// <summary>Name (ignoring case) and ODS code must be unique: the index is the last guard, this is the friendly one.</summary>
    public static async Task CheckUniqueAsync(AppDbContext db, OrganisationValues values, int? exceptId, List<FieldProblem> problems, CancellationToken ct)
    {
        var except = exceptId ?? 0;
        var lower = values.Name.ToLowerInvariant();
        var sameName = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Id != except && (o.Name.ToLower() == lower || o.Name == values.Name))
            .Select(o => o.Name).FirstOrDefaultAsync(ct);
        if (sameName is not null)
        {
            problems.Add(new FieldProblem(nameof(OrganisationFields.Name), $"An organisation called \"{sameName}\" already exists: enter a different name"));
        }

        if (values.OdsCode is { } ods)
        {
            var sameOds = await db.Set<Organisation>().AsNoTracking()
                .Where(o => o.Id != except && o.OdsCode == ods)
                .Select(o => o.Name).FirstOrDefaultAsync(ct);
            if (sameOds is not null)
            {
                problems.Add(new FieldProblem(nameof(OrganisationFields.OdsCode), $"ODS code {ods} is already used by {sameOds}"));
            }
        }
    }

    /// <summary>Makes the organisation's areas exactly <paramref name="areaIds"/>; true if anything changed.</summary>
    public static bool SetAreas(Organisation organisation, IEnumerable<int> areaIds)
    {
        var wanted = areaIds.ToHashSet();
        var removed = organisation.AreasServed.Where(a => !wanted.Contains(a.AreaId)).ToList();
        foreach (var area in removed)
        {
            organisation.AreasServed.Remove(area);
        }

        var added = wanted.Where(id => organisation.AreasServed.All(a => a.AreaId != id)).ToList();
        foreach (var id in added)
        {
            organisation.AreasServed.Add(new OrganisationArea { AreaId = id });
        }

        return removed.Count + added.Count > 0;
    }
}
