using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards;

/// <summary>The standards sets the network assesses itself against, their statements and measures, and the assessment periods.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<StandardsSet> Sets { get; private set; } = [];

    public IReadOnlyList<AssessmentPeriod> Periods { get; private set; } = [];

    public bool IsCoordinator => User.IsInRole(Roles.Coordinator);

    public bool IsLead => User.IsInRole(Roles.OrganisationLead);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sets = await db.Set<StandardsSet>().AsNoTracking().Include(s => s.Statements.OrderBy(x => x.Number)).OrderBy(s => s.Code).ToListAsync(ct);
        Periods = await db.Set<AssessmentPeriod>().AsNoTracking().OrderByDescending(p => p.StartsOn).ToListAsync(ct);
    }
}
