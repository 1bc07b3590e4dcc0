using McnHub.Tests.Support;

namespace McnHub.Tests.Platform;

public sealed class HomePageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Home_page_shows_the_demo_networks_aims_and_headline_figures()
    {
        var client = factory.CreateBrowserClient();

        var page = await client.GetDocumentAsync("/");

        Assert.Equal("Riverlands Children's Palliative Care Network", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Our objectives", page.Text());
        Assert.Equal("6", page.QuerySelector("[data-figure=areas]")?.TextContent);
        Assert.Equal("348,200", page.QuerySelector("[data-figure=population]")?.TextContent);
        var members = await factory.WithDbAsync(db => Task.FromResult(db.Set<McnHub.Features.Members.Organisations.Organisation>().Count(o => o.Status == McnHub.Features.Members.Organisations.MembershipStatus.Member)));
        Assert.Equal(members.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-figure=members]")?.TextContent);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task Health_endpoint_reports_healthy()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_address_is_page_not_found_even_when_signed_out()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/no-such-page");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }
}
