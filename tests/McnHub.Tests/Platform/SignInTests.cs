using System.Net;
using McnHub.Tests.Support;

namespace McnHub.Tests.Platform;

public sealed class SignInTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Coordinator_signs_in_and_sees_the_coordinator_navigation()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var home = await client.GetDocumentAsync("/");

        Assert.Contains("Manage", home.QuerySelector(".nhsuk-header__navigation")!.TextContent);
        var manage = await client.GetDocumentAsync("/manage");
        Assert.NotNull(manage.QuerySelector("a[href='/audit']"));
        Assert.Contains("Alex Morgan", home.QuerySelector(".nhsuk-header__account")!.TextContent);
    }

    [Fact]
    public async Task Wrong_password_shows_the_error_summary_and_keeps_the_email()
    {
        var client = factory.CreateBrowserClient();
        var page = await client.GetDocumentAsync("/account/sign-in");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Email"] = "member@riverlands.example", ["Input.Password"] = "wrong-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await HttpExtensions.ParseAsync(response);
        Assert.Contains("The email address or password is not right", again.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("member@riverlands.example", again.QuerySelector("#Input_Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Anonymous_visitor_to_a_signed_in_page_is_sent_to_sign_in()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
    }
}
