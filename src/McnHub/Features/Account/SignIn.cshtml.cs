using System.ComponentModel.DataAnnotations;
using System.Globalization;
using McnHub.Platform.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Account;

public sealed class SignInModel(SignInManager<ApplicationUser> signIn, IOptions<SingleSignOnOptions> sso) : PageModel
{
    public SingleSignOnOptions SingleSignOn => sso.Value;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
        [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        [StringLength(256, ErrorMessage = "Password must be 256 characters or fewer")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { ReturnUrl = SafeReturnUrl(), Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            var user = await signIn.UserManager.FindByEmailAsync(Input.Email.Trim());
            if (user?.LockoutEnd is { } end)
            {
                TempData[LockoutModel.LockoutEndKey] = end.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            }

            return RedirectToPage("/Account/Lockout");
        }

        ModelState.AddModelError("Input.Email", "The email address or password is not right");
        return Page();
    }

    /// <summary>"Sign in with …": hands over to the OpenID Connect provider, which returns to external-sign-in.</summary>
    public IActionResult OnPostExternal()
    {
        if (!SingleSignOn.IsConfigured)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/ExternalSignIn", new { ReturnUrl = SafeReturnUrl() });
        var properties = signIn.ConfigureExternalAuthenticationProperties(SingleSignOnOptions.Scheme, callback);
        return Challenge(properties, SingleSignOnOptions.Scheme);
    }

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
