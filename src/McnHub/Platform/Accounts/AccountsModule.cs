using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace McnHub.Platform.Accounts;

public static class AccountsModule
{
    /// <summary>Forwards to <see cref="TokenAuthenticationHandler.SchemeName"/> or to the Identity cookie, per request.</summary>
    public const string SmartScheme = "Smart";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<McnClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "mcnhub";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // APIs answer 401/403 rather than redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx, StatusCodes.Status403Forbidden);
        });

        // Pages sign in with the cookie only; an API request may instead carry a personal access token.
        // A token on a page is ignored, so a read-scope token can never drive the account forms.
        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or personal access token", o => o.ForwardDefaultSelector = ctx =>
                IsApi(ctx.Request) && TokenAuthenticationHandler.BearerToken(ctx.Request) is not null
                    ? TokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, "Personal access token", null);
        services.AddAuthorizationBuilder().AddTokenScopePolicies();
        services.AddScoped<PersonalAccessTokenService>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<ExternalAccountLinker>();
        AddSingleSignOn(services, authentication, configuration);

        // Keys in the database, so several app instances share them (see docs/adr).
        services.AddDataProtection().SetApplicationName("McnHub").PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    /// <summary>The OpenID Connect scheme exists only when its authority and client id are configured.</summary>
    private static void AddSingleSignOn(IServiceCollection services, AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var section = configuration.GetSection(SingleSignOnOptions.Section);
        services.Configure<SingleSignOnOptions>(section);
        var sso = section.Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        if (!sso.IsConfigured)
        {
            return;
        }

        authentication.AddOpenIdConnect(SingleSignOnOptions.Scheme, sso.DisplayName, o =>
        {
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = sso.Authority;
            o.ClientId = sso.ClientId;
            o.ClientSecret = string.IsNullOrWhiteSpace(sso.ClientSecret) ? null : sso.ClientSecret;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.CallbackPath = sso.CallbackPath;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.SaveTokens = false;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Scope.Add("email");
            o.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
            o.Events = new OpenIdConnectEvents
            {
                // The provider said no or failed: back to the sign-in page with a message, not an error page.
                OnRemoteFailure = ctx =>
                {
                    ctx.Response.Redirect("/account/external-sign-in?failed=true");
                    ctx.HandleResponse();
                    return Task.CompletedTask;
                },
            };
        });
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/fhir"))
        {
            // FHIR clients expect every error as an OperationOutcome.
            var (code, message) = status == StatusCodes.Status401Unauthorized
                ? (Hl7.Fhir.Model.OperationOutcome.IssueType.Login, "This resource needs a sign-in.")
                : (Hl7.Fhir.Model.OperationOutcome.IssueType.Forbidden, "You may not see this resource.");
            return new McnHub.Features.Interop.Fhir.FhirResult(McnHub.Features.Interop.Fhir.FhirException.Outcome(code, message), status).ExecuteAsync(ctx.HttpContext);
        }

        if (IsApi(ctx.Request))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/fhir") || request.Path.StartsWithSegments("/openreferral");
}
