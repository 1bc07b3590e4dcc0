using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.People;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Adoption;

/// <summary>One approved document across the member organisations: each one's position, and the rate over time.</summary>
public sealed class DocumentModel(AppDbContext db, AdoptionQueries queries, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public GuidelineDocument Document { get; private set; } = null!;

    public IReadOnlyList<MemberOrganisation> Organisations { get; private set; } = [];

    public IReadOnlyDictionary<(int DocumentId, int OrganisationId), AdoptionRecord> Latest { get; private set; } = new Dictionary<(int, int), AdoptionRecord>();

    public IReadOnlyList<QuarterRate> Quarters { get; private set; } = [];

    public IReadOnlySet<int> Editable { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var document = await db.Set<GuidelineDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null || !GuidelineAccess.CanSee(User, document))
        {
            return NotFound();
        }

        Document = document;
        Organisations = await queries.MembersAsync(ct);
        var records = await queries.RecordsAsync(id, null, ct);
        Latest = AdoptionQueries.Latest(records);
        var approved = (await queries.ApprovedAsync(ct)).Where(d => d.Id == id).ToList();
        Quarters = AdoptionQueries.ByQuarter(UkDates.Today(clock), 6, approved, Organisations, records);
        var editable = new HashSet<int>();
        foreach (var o in Organisations)
        {
            if ((await authorization.AuthorizeAsync(User, new OrganisationScope(o.Id), OrganisationOperations.Edit)).Succeeded)
            {
                editable.Add(o.Id);
            }
        }

        Editable = editable;
        return Page();
    }
}
