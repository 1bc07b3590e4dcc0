namespace McnHub.Platform.Accounts;

/// <summary>
/// Optional single sign-on through an OpenID Connect provider (section <c>Authentication:OpenIdConnect</c>).
/// Switched on only when <see cref="Authority"/> and <see cref="ClientId"/> are set. People are never
/// registered by it: a first external sign-in links to the existing account with the same verified email.
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Shown on the button: "Sign in with NHS.net" for example.</summary>
    public string DisplayName { get; set; } = "single sign-on";

    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>
    /// Link by email even without an <c>email_verified</c> claim. Only for providers that vouch for every
    /// address they issue (such as an organisation's own Microsoft Entra ID tenant) but do not send that claim.
    /// </summary>
    public bool TrustUnverifiedEmail { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
