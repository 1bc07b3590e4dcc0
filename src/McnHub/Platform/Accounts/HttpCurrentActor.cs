using System.Security.Claims;
using McnHub.Platform.Data;

namespace McnHub.Platform.Accounts;

/// <summary>The signed-in user of the current request, or "system" outside a request (seeding, commands).</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => accessor.HttpContext?.User.Identity?.IsAuthenticated == true
        ? accessor.HttpContext.User.Identity.Name ?? "unknown"
        : accessor.HttpContext is null ? "system" : "anonymous";
}
