using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Groups;

/// <summary>Groups made straight in the database for page tests, from the demo network's people.</summary>
public static class GovernanceTestData
{
    /// <summary>Ids of demo people who lead an NHS organisation and of people who lead a non-NHS one.</summary>
    public static async Task<(List<int> Nhs, List<int> NonNhs)> LeadsAsync(AppDbContext db)
    {
        var leads = await db.Set<Affiliation>().Where(a => a.Role == OrganisationRole.Lead && a.Person!.Active && a.Person.Affiliations.Count == 1)
            .Select(a => new { a.PersonId, a.Organisation!.Sector }).ToListAsync();
        return (leads.Where(l => l.Sector == Sector.Nhs).Select(l => l.PersonId).Order().ToList(),
                leads.Where(l => l.Sector == Sector.NonNhs).Select(l => l.PersonId).Order().ToList());
    }

    /// <summary>A group with an NHS chair, <paramref name="nhsMembers"/> more NHS members and <paramref name="nonNhsMembers"/> non-NHS members.</summary>
    public static Task<Group> GroupAsync(this McnHubFactory factory, string name, int nhsMembers = 2, int nonNhsMembers = 1, GroupVisibility visibility = GroupVisibility.Public, int? parentId = null, int personOffset = 0) =>
        factory.WithDbAsync(async db =>
        {
            var (nhs, nonNhs) = await LeadsAsync(db);
            var group = new Group { Name = name, Kind = GroupKind.WorkingGroup, Visibility = visibility, ParentId = parentId };
            var from = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1);
            group.Members.Add(new GroupMember { PersonId = nhs[personOffset], Role = GroupRole.Chair, From = from });
            group.Members.AddRange(nhs.Skip(personOffset + 1).Take(nhsMembers).Select(id => new GroupMember { PersonId = id, Role = GroupRole.Member, From = from }));
            group.Members.AddRange(nonNhs.Skip(personOffset).Take(nonNhsMembers).Select(id => new GroupMember { PersonId = id, Role = GroupRole.Member, From = from }));
            db.Add(group);
            await db.SaveChangesAsync();
            return group;
        });
}
