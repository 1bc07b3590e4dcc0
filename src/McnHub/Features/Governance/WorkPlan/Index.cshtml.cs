using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.WorkPlan;

/// <summary>The work plan of one year: objectives with their RAG status and dated progress notes.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];

    public bool CanEdit => User.IsInRole(Roles.Coordinator);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Read from the query: a bound "year" outside a sensible range falls back to this year.
        Year = int.TryParse(Request.Query["year"], out var year) && year is >= 2000 and <= 2100 ? year : WorkPlanRules.YearOf(UkDates.Today(clock));
        Objectives = await db.Set<Objective>().AsNoTracking()
            .Include(o => o.Owner)
            .Include(o => o.Notes.OrderByDescending(n => n.On).ThenByDescending(n => n.Id))
            .Where(o => o.Year == Year)
            .OrderBy(o => o.Id)
            .ToListAsync(ct);
    }

    public bool MayAddNote(Objective objective) => WorkPlanRules.MayAddNote(User, objective);
}
