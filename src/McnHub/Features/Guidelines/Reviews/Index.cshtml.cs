using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Guidelines.Reviews;

/// <summary>Overdue reviews, then those due within <see cref="ReviewQueries.DueWithinDays"/> days.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }

    public IReadOnlyList<DueReview> Overdue { get; private set; } = [];

    public IReadOnlyList<DueReview> DueSoon { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = UkDates.Today(clock);
        var due = await ReviewQueries.DueAsync(db, Today.AddDays(ReviewQueries.DueWithinDays), ct);
        Overdue = [.. due.Where(d => d.ReviewDate < Today)];
        DueSoon = [.. due.Where(d => d.ReviewDate >= Today)];
    }
}
