using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Account;

/// <summary>The signed-in person's own account: who they are, what they may do, and their security settings.</summary>
public sealed class ProfileModel(UserManager<ApplicationUser> users, AppDbContext db, AccountEmails emails) : PageModel
{
    public ApplicationUser Account { get; private set; } = null!;

    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    public IReadOnlyList<Organisation> Leads { get; private set; } = [];

    public bool TwoFactorEnabled { get; private set; }

    public int ActiveTokens { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Account = user;
        RoleNames = (await users.GetRolesAsync(user)).Select(Roles.Describe).Order(StringComparer.Ordinal).ToList();
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        var now = DateTime.UtcNow;
        ActiveTokens = await db.Set<PersonalAccessToken>().CountAsync(t => t.UserId == user.Id && t.RevokedAt == null && t.ExpiresAt > now);
        if (user.PersonId is int personId)
        {
            Leads = await db.Set<Affiliation>()
                .Where(a => a.PersonId == personId && a.Role == OrganisationRole.Lead)
                .Select(a => a.Organisation!)
                .OrderBy(o => o.Name)
                .ToListAsync();
        }

        return Page();
    }

    /// <summary>Sends a new confirmation link to the account's email address.</summary>
    public async Task<IActionResult> OnPostSendConfirmationAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.EmailConfirmed)
        {
            await emails.SendEmailConfirmationAsync(user, ct);
            TempData["Success"] = $"We have sent a confirmation link to {user.Email}";
        }

        return RedirectToPage();
    }
}
