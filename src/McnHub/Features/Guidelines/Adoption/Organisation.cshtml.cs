using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Adoption;

/// <summary>One organisation across the approved documents.</summary>
public sealed class OrganisationModel(AppDbContext db, AdoptionQueries queries) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<ApprovedDocument> Documents { get; private set; } = [];

    public IReadOnlyDictionary<(int DocumentId, int OrganisationId), AdoptionRecord> Latest { get; private set; } = new Dictionary<(int, int), AdoptionRecord>();

    public async Task<IActionResult> OnGetAsync(int organisationId, CancellationToken ct)
    {
        var organisation = await db.Set<Organisation>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Documents = await queries.ApprovedAsync(ct);
        Latest = AdoptionQueries.Latest(await queries.RecordsAsync(null, organisationId, ct));
        return Page();
    }
}
