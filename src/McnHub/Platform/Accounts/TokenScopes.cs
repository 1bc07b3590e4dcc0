using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace McnHub.Platform.Accounts;

/// <summary>
/// Authorization policies for API endpoints that accept the sign-in cookie or a personal access token:
/// <c>.RequireAuthorization(TokenScopes.Read)</c> or <c>.RequireAuthorization(TokenScopes.Write)</c>.
/// </summary>
public static class TokenScopes
{
    /// <summary>Any signed-in person, by cookie or by a token of either scope.</summary>
    public const string Read = "api.read";

    /// <summary>A person signed in with the cookie, or a token with write scope.</summary>
    public const string Write = "api.write";

    /// <summary>Claim on a token sign-in: "read" or "write". Absent on a cookie sign-in.</summary>
    public const string ScopeClaim = "mcn:scope";

    /// <summary>Claim on a token sign-in: the id of the token used.</summary>
    public const string TokenIdClaim = "mcn:token";

    public const string ReadValue = "read";
    public const string WriteValue = "write";

    public static string ToClaimValue(TokenScope scope) => scope == TokenScope.Write ? WriteValue : ReadValue;

    /// <summary>The scope of the token behind this request, or null for a cookie sign-in.</summary>
    public static string? ScopeOf(ClaimsPrincipal user) => user.FindFirst(ScopeClaim)?.Value;

    public static bool MayWrite(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (ScopeOf(user) is not { } scope || scope == WriteValue);

    internal static AuthorizationBuilder AddTokenScopePolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Read, p => p.RequireAuthenticatedUser())
        .AddPolicy(Write, p => p.RequireAuthenticatedUser().RequireAssertion(ctx => MayWrite(ctx.User)));
}
