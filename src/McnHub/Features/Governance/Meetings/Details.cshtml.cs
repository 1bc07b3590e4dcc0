using McnHub.Features.Governance.Groups;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Governance.Meetings;

public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public MeetingView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var view = await MeetingView.LoadAsync(db, User, id, GroupClock.Today(clock), clock.GetUtcNow().UtcDateTime, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
