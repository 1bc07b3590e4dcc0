using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace McnHub.Platform.Accounts;

/// <summary>Who is calling: lets API users check their token and its scope.</summary>
public sealed record MeDto(string Id, string Email, string Name, IReadOnlyList<string> Roles, IReadOnlyList<int> OrganisationsLed, string? TokenScope)
{
    public static MeDto From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
        user.FindFirstValue(McnClaims.DisplayName) ?? user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList(),
        user.FindAll(McnClaims.LeadOf).Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).Order().ToList(),
        TokenScopes.ScopeOf(user));
}

/// <summary>/api/v1/me: the caller's own account, by cookie or personal access token.</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/me").WithTags("Account");
        group.MapGet("", (ClaimsPrincipal user) => TypedResults.Ok(MeDto.From(user)))
            .RequireAuthorization(TokenScopes.Read)
            .WithSummary("The signed-in person: email, name, roles, organisations led, and the scope of the token used");
        group.MapDelete("/tokens/current", RevokeCurrentAsync)
            .RequireAuthorization(TokenScopes.Write)
            .WithSummary("Revokes the personal access token that authenticates this request");
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeCurrentAsync(
        ClaimsPrincipal user, PersonalAccessTokenService tokens, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !int.TryParse(user.FindFirstValue(TokenScopes.TokenIdClaim), CultureInfo.InvariantCulture, out var tokenId))
        {
            return TypedResults.Problem("This request was not made with a personal access token.", statusCode: StatusCodes.Status400BadRequest, title: "No token to revoke");
        }

        return await tokens.RevokeAsync(userId, tokenId, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem("The token is already revoked.", statusCode: StatusCodes.Status409Conflict, title: "Token already revoked");
    }
}
