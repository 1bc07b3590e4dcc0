using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Groups;

/// <summary>A group's seat as shown on its pages: who holds it (resolved for organisation roles), role and dates.</summary>
public sealed record MemberRow(int Id, string Seat, string HeldBy, GroupRole Role, DateOnly From, DateOnly? To, bool Current);

public static class MemberRows
{
    public static async Task<List<MemberRow>> LoadAsync(AppDbContext db, int groupId, DateOnly today, CancellationToken ct)
    {
        var members = await db.Set<GroupMember>().AsNoTracking()
            .Include(m => m.Person).Include(m => m.Organisation)
            .Where(m => m.GroupId == groupId)
            .ToListAsync(ct);
        var orgIds = members.Where(m => m.OrganisationId != null).Select(m => m.OrganisationId!.Value).ToList();
        var holders = await db.Set<Affiliation>().AsNoTracking()
            .Where(a => orgIds.Contains(a.OrganisationId) && a.Person!.Active)
            .Select(a => new { a.OrganisationId, a.Role, a.Person!.FullName })
            .ToListAsync(ct);

        return members
            .Select(m =>
            {
                var current = m.From <= today && (m.To is null || m.To >= today);
                if (m.Person is { } person)
                {
                    return new MemberRow(m.Id, person.FullName, person.FullName, m.Role, m.From, m.To, current);
                }

                var names = holders.Where(h => h.OrganisationId == m.OrganisationId && h.Role == m.OrganisationRole).Select(h => h.FullName).Order().ToList();
                var seat = $"{SeatRole(m.OrganisationRole)} of {m.Organisation?.Name}";
                return new MemberRow(m.Id, seat, names.Count == 0 ? "Nobody holds this role at present" : string.Join(", ", names), m.Role, m.From, m.To, current);
            })
            .OrderBy(r => !r.Current).ThenBy(r => r.Role).ThenBy(r => r.Seat)
            .ToList();
    }

    public static string SeatRole(OrganisationRole? role) => role switch
    {
        OrganisationRole.Lead => "The lead",
        OrganisationRole.DataSubmitter => "The data submitter",
        _ => "A member of staff",
    };
}
