using System.Globalization;
using System.Security.Claims;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Bookings;

/// <summary>Who the signed-in user is for training: their person, the organisations they lead, and whether they run the programme.</summary>
public static class TrainingUser
{
    public static int? PersonId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(McnClaims.PersonId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static IReadOnlyList<int> LeadOf(ClaimsPrincipal user) =>
        user.FindAll(McnClaims.LeadOf).Select(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();

    public static bool RunsProgramme(ClaimsPrincipal user) => user.IsInRole(Roles.Educator) || user.IsInRole(Roles.Coordinator);

    /// <summary>Active people affiliated with the organisations the user leads (their staff), by name.</summary>
    public static Task<List<Person>> StaffAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var orgs = LeadOf(user);
        return db.Set<Person>().AsNoTracking()
            .Where(p => p.Active && p.Affiliations.Any(a => orgs.Contains(a.OrganisationId)))
            .OrderBy(p => p.FullName).ToListAsync(ct);
    }

    /// <summary>The booking's own person, a lead of an organisation they belong to, or the education lead / co-ordinator.</summary>
    public static async Task<bool> MayChangeAsync(AppDbContext db, ClaimsPrincipal user, Booking booking, CancellationToken ct)
    {
        if (PersonId(user) == booking.PersonId || RunsProgramme(user))
        {
            return true;
        }

        var orgs = LeadOf(user);
        return orgs.Count > 0 && await db.Set<Affiliation>().AnyAsync(a => a.PersonId == booking.PersonId && orgs.Contains(a.OrganisationId), ct);
    }
}
