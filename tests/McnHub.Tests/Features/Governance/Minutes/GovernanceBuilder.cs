using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Governance.Minutes;

/// <summary>Groups, meetings, people (with sign-in accounts) and actions made directly in the database for the governance tests.</summary>
internal static class GovernanceBuilder
{
    public sealed record TestPerson(int Id, string Email, string Name);

    /// <summary>A person with a Member account (password <see cref="McnHubFactory.DemoPassword"/>) linked to them.</summary>
    public static async Task<TestPerson> CreatePersonAsync(this McnHubFactory factory, string name = "Test Person", string role = Roles.Member)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"gov.{suffix}@test.example";
        var fullName = $"{name} {suffix}";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<McnHub.Platform.Data.AppDbContext>();
        var person = new Person { FullName = fullName, Email = email };
        db.Add(person);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = fullName, PersonId = person.Id };
        var created = await users.CreateAsync(user, McnHubFactory.DemoPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return new TestPerson(person.Id, email, fullName);
    }

    /// <summary>A group with named members and one version of its terms of reference.</summary>
    public static Task<int> CreateGroupAsync(this McnHubFactory factory, GroupVisibility visibility, int quorum, params (int PersonId, GroupRole Role)[] members) =>
        factory.WithDbAsync(async db =>
        {
            var group = new Group
            {
                Name = "Test group " + Guid.NewGuid().ToString("N")[..8],
                Kind = GroupKind.WorkingGroup,
                Visibility = visibility,
                Members = members.Select(m => new GroupMember { PersonId = m.PersonId, Role = m.Role, From = new DateOnly(2020, 1, 1) }).ToList(),
                TermsOfReference = [new TermsOfReference { Number = 1, Purpose = "Testing", QuorumMinimumMembers = quorum, ReviewDate = new DateOnly(2030, 1, 1) }],
            };
            db.Add(group);
            await db.SaveChangesAsync();
            return group.Id;
        });

    /// <summary>A meeting with agenda items and the given people present.</summary>
    public static Task<int> CreateMeetingAsync(this McnHubFactory factory, int groupId, DateTime startsAt, string[] agenda, params int[] present) =>
        factory.WithDbAsync(async db =>
        {
            var meeting = new Meeting
            {
                GroupId = groupId,
                Title = "Meeting " + startsAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                StartsAt = startsAt,
                EndsAt = startsAt.AddHours(2),
                Status = startsAt < DateTime.UtcNow ? MeetingStatus.Held : MeetingStatus.Scheduled,
                AgendaItems = agenda.Select((t, i) => new AgendaItem { Order = i + 1, Title = t }).ToList(),
                Attendance = present.Select(p => new Attendance { PersonId = p, Status = AttendanceStatus.Present }).ToList(),
            };
            db.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

    public static Task<int> CreateActionAsync(this McnHubFactory factory, int ownerPersonId, Action<ActionItem>? change = null) =>
        factory.WithDbAsync(async db =>
        {
            var today = UkDates.Today();
            var action = new ActionItem { Description = "Action " + Guid.NewGuid().ToString("N")[..8], OwnerPersonId = ownerPersonId, RaisedOn = today.AddDays(-30), DueOn = today.AddDays(30) };
            change?.Invoke(action);
            db.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });

    public static Task<ActionItem> LoadActionAsync(this McnHubFactory factory, int id) =>
        factory.WithDbAsync(db => db.Set<ActionItem>().AsNoTracking().Include(a => a.Updates).SingleAsync(a => a.Id == id));

    public static Task<List<AuditEntry>> RefusalsAsync(this McnHubFactory factory, string entity, int key) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Entity == entity && e.EntityKey == key.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action == AuditAction.Refused).ToListAsync());
}
