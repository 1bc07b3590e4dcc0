using McnHub.Platform.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Account;

/// <summary>
/// Where the OpenID Connect provider sends people back. A known external login signs in; a first one is
/// linked to the account with the same verified email, or refused with the reason (no self-registration).
/// </summary>
public sealed class ExternalSignInModel(SignInManager<ApplicationUser> signIn, ExternalAccountLinker linker) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool failed = false)
    {
        var info = failed ? null : await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Problem = "Single sign-on did not finish, so you are not signed in. Try again, or sign in with your email address and password.";
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (!result.Succeeded && !result.RequiresTwoFactor && !result.IsLockedOut && !result.IsNotAllowed)
        {
            var link = await linker.LinkAsync(info);
            if (!link.Linked)
            {
                await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
                Problem = link.Problem;
                return Page();
            }

            result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        }

        if (result.Succeeded)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { ReturnUrl = SafeReturnUrl(), RememberMe = false });
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Lockout");
        }

        Problem = "Your account may not sign in at the moment. Contact the network co-ordinator.";
        return Page();
    }

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
