using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>Resolves a group's seats on a date: person seats as they are, organisation-role seats to whoever holds that role.</summary>
public static class GroupMembership
{
    public static async Task<List<QuorumSeat>> SeatsOnAsync(AppDbContext db, int groupId, DateOnly date, CancellationToken ct)
    {
        var members = await db.Set<GroupMember>().AsNoTracking()
            .Where(m => m.GroupId == groupId && m.From <= date && (m.To == null || m.To >= date))
            .ToListAsync(ct);
        var personIds = members.Where(m => m.PersonId != null).Select(m => m.PersonId!.Value).ToList();
        var orgIds = members.Where(m => m.OrganisationId != null).Select(m => m.OrganisationId!.Value).ToList();

        var affiliations = await db.Set<Affiliation>().AsNoTracking()
            .Where(a => (personIds.Contains(a.PersonId) || orgIds.Contains(a.OrganisationId)) && a.Person!.Active)
            .Select(a => new { a.PersonId, a.OrganisationId, a.Role, a.Since, a.Organisation!.Sector })
            .ToListAsync(ct);
        var sectors = await db.Set<Organisation>().AsNoTracking()
            .Where(o => orgIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Sector, ct);

        var seats = new List<QuorumSeat>();
        foreach (var m in members)
        {
            if (m.PersonId is int personId)
            {
                // A named person's sector is that of the organisation they mainly represent (lead first, then staff).
                var sector = affiliations.Where(a => a.PersonId == personId)
                    .OrderBy(a => a.Role == OrganisationRole.Lead ? 0 : a.Role == OrganisationRole.Staff ? 1 : 2)
                    .Select(a => (Sector?)a.Sector).FirstOrDefault();
                seats.Add(QuorumSeat.Person(personId, m.Role, sector));
            }
            else if (m.OrganisationId is int orgId && m.OrganisationRole is OrganisationRole role)
            {
                var holders = affiliations
                    .Where(a => a.OrganisationId == orgId && a.Role == role && (a.Since == null || a.Since <= date))
                    .Select(a => a.PersonId).ToHashSet();
                seats.Add(new QuorumSeat(m.Role, sectors.GetValueOrDefault(orgId), holders));
            }
        }

        return seats;
    }

    /// <summary>Everyone who sits on the group on the date (directly or through an organisation role).</summary>
    public static async Task<HashSet<int>> PeopleOnAsync(AppDbContext db, int groupId, DateOnly date, CancellationToken ct) =>
        (await SeatsOnAsync(db, groupId, date, ct)).SelectMany(s => s.PersonIds).ToHashSet();
}
