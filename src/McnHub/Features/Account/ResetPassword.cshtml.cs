using System.ComponentModel.DataAnnotations;
using McnHub.Platform.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Account;

/// <summary>The page the reset email links to: choose a new password.</summary>
public sealed class ResetPasswordModel(UserManager<ApplicationUser> users) : PageModel
{
    public const string LinkProblem = "This link to reset your password is not valid or has expired. Ask for a new one.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkMissing { get; private set; }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";

        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(256, MinimumLength = 10, ErrorMessage = "Password must be between 10 and 256 characters")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet(string? email, string? code)
    {
        LinkMissing = string.IsNullOrEmpty(email) || string.IsNullOrEmpty(code);
        Input.Email = email ?? "";
        Input.Code = code ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        var token = AccountEmails.Decode(Input.Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError("", LinkProblem);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Code is "InvalidToken" ? "" : "Input.Password";
                ModelState.AddModelError(key, error.Code is "InvalidToken" ? LinkProblem : error.Description);
            }

            return Page();
        }

        TempData["Success"] = "Your password has been changed. Sign in with your new password.";
        return RedirectToPage("/Account/SignIn");
    }
}
