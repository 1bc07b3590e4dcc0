using McnHub.Features.Account;

namespace McnHub.Features.Governance.Groups;

/// <summary>Today's date in the UK, which is the date that decides who sits on a group.</summary>
public static class GroupClock
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(UkTime.FromUtc(clock.GetUtcNow().UtcDateTime));
}
