using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Platform.Accounts;

/// <summary>
/// Signs in an API request that carries <c>Authorization: Bearer mcn_…</c>. The person gets their usual
/// claims (from the claims principal factory, so roles and organisation scoping match a cookie sign-in)
/// plus <see cref="TokenScopes.ScopeClaim"/> and <see cref="TokenScopes.TokenIdClaim"/>.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    PersonalAccessTokenService tokens,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = BearerToken(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindAsync(secret, Context.RequestAborted);
        var now = DateTime.UtcNow;
        if (token is null)
        {
            return AuthenticateResult.Fail("The token is not known.");
        }

        if (token.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("The token has been revoked.");
        }

        if (token.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("The token has expired.");
        }

        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The token's account is locked or gone.");
        }

        // Set-based, so a read does not write an audit entry per API call.
        await db.Set<PersonalAccessToken>().Where(t => t.Id == token.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);

        var usual = await claimsFactory.CreateAsync(user);
        var source = usual.Identities.First();
        var identity = new ClaimsIdentity(source.Claims, SchemeName, source.NameClaimType, source.RoleClaimType);
        identity.AddClaim(new Claim(TokenScopes.ScopeClaim, TokenScopes.ToClaimValue(token.Scope)));
        identity.AddClaim(new Claim(TokenScopes.TokenIdClaim, token.Id.ToString(CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        return header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;
    }
}
