using System.ComponentModel.DataAnnotations;
using McnHub.Platform.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Account;

public sealed class ChangePasswordModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password")]
        [StringLength(256, ErrorMessage = "Password must be 256 characters or fewer")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(256, MinimumLength = 10, ErrorMessage = "New password must be between 10 and 256 characters")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again")]
        [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same")]
        public string ConfirmPassword { get; set; } = "";
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

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var mismatch = error.Code == "PasswordMismatch";
                ModelState.AddModelError(mismatch ? "Input.CurrentPassword" : "Input.NewPassword", mismatch ? "Your current password is not right" : error.Description);
            }

            return Page();
        }

        // The security stamp changed: renew this sign-in so it stays valid (others end at their next check).
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Your password has been changed";
        return RedirectToPage("/Account/Profile");
    }
}
