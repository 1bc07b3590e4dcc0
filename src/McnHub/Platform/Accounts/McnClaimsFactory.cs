using System.Globalization;
using System.Security.Claims;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Platform.Accounts;

/// <summary>
/// Adds McnHub's claims at sign-in: the display name, the person, and the organisations the person
/// leads or submits data for (from their affiliations), which scope what they may edit.
/// </summary>
public sealed class McnClaimsFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    AppDbContext db) : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(McnClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName ?? "" : user.DisplayName));
        if (user.PersonId is int personId)
        {
            identity.AddClaim(new Claim(McnClaims.PersonId, personId.ToString(CultureInfo.InvariantCulture)));
            // A retired person keeps their account but no longer acts for an organisation.
            var affiliations = await db.Set<Affiliation>()
                .Where(a => a.PersonId == personId && a.Role != OrganisationRole.Staff && a.Person!.Active)
                .Select(a => new { a.OrganisationId, a.Role })
                .ToListAsync();
            foreach (var a in affiliations)
            {
                var type = a.Role == OrganisationRole.Lead ? McnClaims.LeadOf : McnClaims.SubmitterFor;
                identity.AddClaim(new Claim(type, a.OrganisationId.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return identity;
    }
}
