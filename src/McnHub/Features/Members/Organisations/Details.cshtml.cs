using McnHub.Features.Members.Agreements;
using McnHub.Features.Members.People;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

/// <summary>One organisation: public facts for everyone, contacts and people for members, agreements for the co-ordinator.</summary>
public sealed class DetailsModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<string> Areas { get; private set; } = [];

    public sealed record PersonRow(int PersonId, string Name, string? JobTitle, IReadOnlyList<OrganisationRole> Roles);

    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    public IReadOnlyList<Agreement> Agreements { get; private set; } = [];

    public bool SignedIn { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organisation = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Areas = await db.Set<OrganisationArea>().Where(a => a.OrganisationId == id).Select(a => a.Area!.Name).OrderBy(n => n).ToListAsync(ct);
        SignedIn = User.Identity?.IsAuthenticated == true;
        CanEdit = SignedIn && (await authorization.AuthorizeAsync(User, new OrganisationScope(id), OrganisationOperations.Edit)).Succeeded;
        CanManage = SignedIn && (await authorization.AuthorizeAsync(User, Permissions.ManageOrganisations)).Succeeded;
        if (SignedIn)
        {
            var affiliations = await db.Set<Affiliation>().AsNoTracking()
                .Where(a => a.OrganisationId == id && a.Person!.Active)
                .Select(a => new { a.PersonId, a.Person!.FullName, a.Person.JobTitle, a.Role })
                .ToListAsync(ct);
            People = affiliations
                .GroupBy(a => a.PersonId)
                .Select(g => new PersonRow(g.Key, g.First().FullName, g.First().JobTitle, g.Select(a => a.Role).Distinct().Order().ToList()))
                .OrderBy(p => p.Roles.Contains(OrganisationRole.Lead) ? 0 : 1).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        if (CanManage)
        {
            Agreements = await db.Set<Agreement>().AsNoTracking().Where(a => a.OrganisationId == id)
                .OrderByDescending(a => a.SignedOn).ToListAsync(ct);
        }

        return Page();
    }

    public static string Describe(OrganisationRole role) => role switch
    {
        OrganisationRole.Lead => "Organisation lead",
        OrganisationRole.DataSubmitter => "Data submitter",
        _ => "Staff",
    };

    public static string Describe(AgreementKind kind) => kind == AgreementKind.DataSharing ? "Data-sharing agreement" : "Membership agreement";
}
