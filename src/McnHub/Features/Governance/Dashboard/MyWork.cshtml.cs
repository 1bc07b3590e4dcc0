using System.Globalization;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Governance.Dashboard;

/// <summary>"My work" for every signed-in person. An account not linked to a person has nothing here, and is told so.</summary>
public sealed class MyWorkModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public bool HasPerson { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<MyAction> Actions { get; private set; } = [];

    public IReadOnlyList<MyMeeting> Meetings { get; private set; } = [];

    public IReadOnlyList<MyMinutes> Minutes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = UkDates.Today(clock);
        if (!int.TryParse(User.FindFirst(McnClaims.PersonId)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var personId))
        {
            return;
        }

        HasPerson = true;
        var groups = await MyWorkQuery.GroupIdsAsync(db, personId, Today, ct);
        Actions = await MyWorkQuery.ActionsAsync(db, personId, Today, ct);
        Meetings = await MyWorkQuery.MeetingsAsync(db, groups, clock.GetUtcNow().UtcDateTime, ct);
        Minutes = await MyWorkQuery.MinutesAwaitingCommentAsync(db, groups, personId, ct);
    }
}
