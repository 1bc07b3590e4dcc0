using System.Security.Claims;
using McnHub.Platform.Accounts;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Account;

/// <summary>The app with single sign-on configured (no real provider is contacted by these tests).</summary>
public sealed class SingleSignOnMcnHubFactory : McnHubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:OpenIdConnect:Authority", "https://login.example.invalid");
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", "mcnhub");
        builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", "not-a-real-secret");
        builder.UseSetting("Authentication:OpenIdConnect:DisplayName", "Riverlands NHS login");
    }
}

public sealed class SingleSignOnTests(SingleSignOnMcnHubFactory factory) : IClassFixture<SingleSignOnMcnHubFactory>
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("https://login.example.invalid", null, false)]
    [InlineData(null, "mcnhub", false)]
    [InlineData("https://login.example.invalid", "mcnhub", true)]
    public async Task The_OpenID_Connect_scheme_exists_only_when_authority_and_client_id_are_configured(string? authority, string? clientId, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:OpenIdConnect:Authority"] = authority,
            ["Authentication:OpenIdConnect:ClientId"] = clientId,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddAccounts(configuration);
        await using var provider = services.BuildServiceProvider();

        var scheme = await provider.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(SingleSignOnOptions.Scheme);

        Assert.Equal(expected, scheme is not null);
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_configured_provider()
    {
        var page = await factory.CreateBrowserClient().GetDocumentAsync("/account/sign-in");

        Assert.Equal("Sign in with Riverlands NHS login", page.QuerySelector("#sso-form button")!.TextContent.Trim());
    }

    [Fact]
    public async Task Without_configuration_the_sign_in_page_has_no_single_sign_on_button()
    {
        using var plain = new McnHubFactory();

        var page = await plain.CreateBrowserClient().GetDocumentAsync("/account/sign-in");

        Assert.Null(page.QuerySelector("#sso-form"));
    }

    [Fact]
    public async Task Coming_back_from_a_failed_provider_sign_in_explains_and_offers_the_sign_in_page()
    {
        var page = await factory.CreateBrowserClient().GetDocumentAsync("/account/external-sign-in?failed=true");

        Assert.Contains("Single sign-on did not finish", page.Text());
        Assert.NotNull(page.QuerySelector("main a[href='/account/sign-in']"));
    }

    [Fact]
    public async Task A_first_external_sign_in_with_a_verified_email_is_linked_to_the_existing_account()
    {
        var email = await factory.CreateUserAsync();

        var result = await LinkAsync(External(email, verified: true, subject: "sub-1"));

        Assert.True(result.Linked);
        Assert.Equal(email, result.User!.Email);
        var logins = await factory.WithServicesAsync(async s =>
            await s.GetRequiredService<UserManager<ApplicationUser>>().GetLoginsAsync(result.User));
        Assert.Contains(logins, l => l.LoginProvider == SingleSignOnOptions.Scheme && l.ProviderKey == "sub-1");
    }

    [Fact]
    public async Task An_external_sign_in_for_an_unknown_email_is_refused_without_creating_an_account()
    {
        var result = await LinkAsync(External("stranger@test.example", verified: true, subject: "sub-2"));

        Assert.False(result.Linked);
        Assert.Contains("There is no McnHub account for stranger@test.example", result.Problem);
        Assert.Null(await factory.WithServicesAsync(s => s.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("stranger@test.example")));
    }

    [Fact]
    public async Task An_external_sign_in_with_an_unverified_email_is_refused()
    {
        var email = await factory.CreateUserAsync();

        var result = await LinkAsync(External(email, verified: false, subject: "sub-3"));

        Assert.False(result.Linked);
        Assert.Contains("has not verified your email address", result.Problem);
    }

    private Task<ExternalLinkResult> LinkAsync(ExternalLoginInfo info) =>
        factory.WithServicesAsync(s => s.GetRequiredService<ExternalAccountLinker>().LinkAsync(info));

    private static ExternalLoginInfo External(string email, bool verified, string subject)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, subject),
            new Claim(ClaimTypes.Email, email),
            new Claim("email_verified", verified ? "true" : "false"),
        ], "oidc");
        return new ExternalLoginInfo(new ClaimsPrincipal(identity), SingleSignOnOptions.Scheme, subject, "Riverlands NHS login");
    }
}
