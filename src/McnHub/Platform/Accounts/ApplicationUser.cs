using Microsoft.AspNetCore.Identity;

namespace McnHub.Platform.Accounts;

/// <summary>A sign-in account. The professional behind it is a <see cref="Features.Members.People.Person"/>.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public int? PersonId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
