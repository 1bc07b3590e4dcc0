using System.ComponentModel.DataAnnotations;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Account;

/// <summary>Personal access tokens for the API: create (the secret is shown once), list, revoke.</summary>
public sealed class TokensModel(UserManager<ApplicationUser> users, AppDbContext db, PersonalAccessTokenService tokens) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<PersonalAccessToken> Existing { get; private set; } = [];

    /// <summary>Set only in the answer that creates the token.</summary>
    public string? NewSecret { get; private set; }

    public string? NewName { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a name for the token")]
        [StringLength(PersonalAccessTokenService.MaxNameLength, ErrorMessage = "Token name must be 100 characters or fewer")]
        public string Name { get; set; } = "";

        public TokenScope Scope { get; set; } = TokenScope.Read;

        [Required(ErrorMessage = "Enter how many days the token should last")]
        [Range(PersonalAccessTokenService.MinDays, PersonalAccessTokenService.MaxDays, ErrorMessage = "Expiry must be a whole number of days between 1 and 365")]
        public int? Days { get; set; } = 90;
    }

    public static string StatusOf(PersonalAccessToken token, DateTime now) =>
        token.RevokedAt is not null ? "Revoked" : token.ExpiresAt <= now ? "Expired" : "Active";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // "abc" or "3.5" fails model binding with a technical message: say it plainly instead.
        if (ModelState.TryGetValue("Input.Days", out var days) && days.Errors.Any(e => e.Exception is not null || e.ErrorMessage.StartsWith("The value", StringComparison.Ordinal)))
        {
            days.Errors.Clear();
            ModelState.AddModelError("Input.Days", "Expiry must be a whole number of days between 1 and 365");
        }

        if (!Enum.IsDefined(Input.Scope))
        {
            ModelState.AddModelError("Input.Scope", "Choose read or write");
        }

        if (ModelState.IsValid)
        {
            NewSecret = await tokens.CreateAsync(user, Input.Name, Input.Scope, Input.Days!.Value, ct);
            NewName = Input.Name.Trim();
            ModelState.Clear();
            Input = new InputModel();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await tokens.RevokeAsync(user.Id, id, ct))
        {
            TempData["Success"] = "The token has been revoked: it no longer works";
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(ApplicationUser user) =>
        Existing = await db.Set<PersonalAccessToken>()
            .Where(t => t.UserId == user.Id)
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync();
}
