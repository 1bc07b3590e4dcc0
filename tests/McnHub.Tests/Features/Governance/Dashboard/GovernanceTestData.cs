using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using Microsoft.Extensions.DependencyInjection;
using McnHub.Platform.Files;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Dashboard;

/// <summary>Governance records written straight through the DbContext; every name carries a fresh word.</summary>
internal static class GovernanceTestData
{
    public static string Word() => "gz" + Guid.NewGuid().ToString("N")[..10];

    public static Task<int> PersonIdAsync(this McnHubFactory factory, string email) =>
        factory.WithDbAsync(db => db.Set<Person>().Where(p => p.Email == email).Select(p => p.Id).SingleAsync());

    public static Task<T> AddAsync<T>(this McnHubFactory factory, T entity)
        where T : class =>
        factory.WithDbAsync(async db =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
            return entity;
        });

    /// <summary>An active group whose terms of reference need <paramref name="quorum"/> members and review on <paramref name="review"/>.</summary>
    public static Task<Group> AddGroupAsync(this McnHubFactory factory, int quorum = 2, DateOnly? review = null, Action<Group>? configure = null)
    {
        var group = new Group { Name = $"Group {Word()}", Kind = GroupKind.WorkingGroup };
        group.TermsOfReference.Add(new TermsOfReference
        {
            Number = 1,
            Purpose = "Test",
            Responsibilities = "Test",
            MeetingFrequency = "Quarterly",
            ReportingLine = "Board",
            QuorumMinimumMembers = quorum,
            ReviewDate = review ?? DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1),
        });
        configure?.Invoke(group);
        return factory.AddAsync(group);
    }

    public static Task<Meeting> AddMeetingAsync(this McnHubFactory factory, int groupId, DateTime startsAt, bool withPaper = false, int accepted = 0, MeetingStatus status = MeetingStatus.Scheduled) =>
        factory.WithDbAsync(async db =>
        {
            var meeting = new Meeting { GroupId = groupId, Title = $"Meeting {Word()}", StartsAt = startsAt, EndsAt = startsAt.AddHours(1), Status = status };
            var item = new AgendaItem { Order = 1, Title = "Welcome" };
            if (withPaper)
            {
                item.Papers.Add(new AgendaPaper { Title = "Paper", File = new StoredFile { FileName = "paper.pdf", ContentType = "application/pdf", Length = 1, Sha256 = "x" } });
            }

            meeting.AgendaItems.Add(item);
            var people = await db.Set<Person>().OrderBy(p => p.Id).Select(p => p.Id).Take(accepted).ToListAsync();
            meeting.Attendance.AddRange(people.Select(p => new Attendance { PersonId = p, Status = AttendanceStatus.Accepted }));

            // Whoever accepts sits on the group, so their acceptance counts towards its quorum.
            var seated = await db.Set<GroupMember>().Where(m => m.GroupId == groupId && m.PersonId != null).Select(m => m.PersonId!.Value).ToListAsync();
            db.AddRange(people.Except(seated).Select(p => new GroupMember { GroupId = groupId, PersonId = p, From = DateOnly.FromDateTime(startsAt).AddYears(-1) }));
            db.Add(meeting);
            await db.SaveChangesAsync();
            return meeting;
        });

    /// <summary>Minutes of <paramref name="meeting"/>, written and (if asked) circulated.</summary>
    public static Task<MeetingMinutes> AddMinutesAsync(this McnHubFactory factory, int meetingId, bool circulate) =>
        factory.WithDbAsync(async db =>
        {
            var itemId = await db.Set<AgendaItem>().Where(i => i.MeetingId == meetingId).Select(i => i.Id).FirstAsync();
            var minutes = new MeetingMinutes { MeetingId = meetingId };
            minutes.Write(itemId, "Discussed.", "test", DateTime.UtcNow);
            if (circulate)
            {
                minutes.Circulate(DateTime.UtcNow);
            }

            db.Add(minutes);
            await db.SaveChangesAsync();
            return minutes;
        });

    public static Task<ActionItem> AddActionAsync(this McnHubFactory factory, int ownerId, DateOnly due, ActionStatus status = ActionStatus.Open) =>
        factory.AddAsync(new ActionItem
        {
            Description = $"Action {Word()}",
            OwnerPersonId = ownerId,
            RaisedOn = due.AddDays(-60),
            DueOn = due,
            Status = status,
        });

    /// <summary>Runs one dashboard source of the app against today.</summary>
    public static Task<McnHub.Features.Governance.Dashboard.DashboardSection> LoadSectionAsync<TSource>(this McnHubFactory factory, DateOnly? today = null)
        where TSource : McnHub.Features.Governance.Dashboard.IDashboardSource =>
        factory.WithScopeAsync(async services =>
        {
            var source = services.GetServices<McnHub.Features.Governance.Dashboard.IDashboardSource>().OfType<TSource>().Single();
            return await source.LoadAsync(new(today ?? UkDates.Today(), DateTime.UtcNow), CancellationToken.None);
        });

    private static async Task<T> WithScopeAsync<T>(this McnHubFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static bool Lists(this McnHub.Features.Governance.Dashboard.DashboardSection section, string text) =>
        section.Items.Any(i => i.Text.Contains(text, StringComparison.Ordinal));
}
