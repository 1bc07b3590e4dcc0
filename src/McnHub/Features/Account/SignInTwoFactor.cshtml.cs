using McnHub.Platform.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Account;

/// <summary>The second step of signing in, after the password: a code from the app, or a recovery code.</summary>
public sealed class SignInTwoFactorModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty]
    public bool RememberMachine { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var code = AuthenticatorQrCode.Clean(Code);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(nameof(Code), "Enter the 6-digit code from your authenticator app");
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberMachine);
        return Outcome(result, nameof(Code), "The code is not right, or has been used already. Enter the newest code from your authenticator app");
    }

    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var code = NormaliseRecoveryCode(RecoveryCode);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(RecoveryCode), "Enter one of your recovery codes");
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        return Outcome(result, nameof(RecoveryCode), "The recovery code is not right, or it has been used already");
    }

    /// <summary>Codes look like "ABCDE-23456": accept them typed in lower case, with spaces, or without the hyphen.</summary>
    private static string NormaliseRecoveryCode(string? typed)
    {
        var code = (typed ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        return code.Length == 10 && !code.Contains('-', StringComparison.Ordinal) ? $"{code[..5]}-{code[5..]}" : code;
    }

    private IActionResult Outcome(Microsoft.AspNetCore.Identity.SignInResult result, string field, string wrong)
    {
        if (result.Succeeded)
        {
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Lockout");
        }

        ModelState.AddModelError(field, wrong);
        return Page();
    }
}
