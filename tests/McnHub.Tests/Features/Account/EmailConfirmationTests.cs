using System.Net;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Account;

public sealed class EmailConfirmationTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_person_with_an_unconfirmed_email_sends_a_confirmation_from_their_profile_and_confirms_it()
    {
        var email = await factory.CreateUserAsync(emailConfirmed: false);
        var client = await factory.SignInAsync(email, AccountTestKit.Password);
        var profile = await client.GetDocumentAsync("/account/profile");
        Assert.Contains("Not confirmed", profile.Text());

        var sent = await client.SubmitFormAsync(profile, new Dictionary<string, string>(), "form[action*='sendconfirmation']");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains($"We have sent a confirmation link to {email}", (await client.FollowAsync(sent)).Text());
        var confirmed = await client.GetDocumentAsync(factory.LatestMailTo(email).AccountLink("confirm-email"));
        Assert.Equal("Your email address is confirmed", confirmed.QuerySelector("h1")!.TextContent.Trim());
        Assert.True((await factory.FindUserAsync(email)).EmailConfirmed);
        var after = await client.GetDocumentAsync("/account/profile");
        Assert.Null(after.QuerySelector("form[action*='sendconfirmation']"));
    }

    [Fact]
    public async Task A_tampered_confirmation_link_confirms_nothing()
    {
        var email = await factory.CreateUserAsync(emailConfirmed: false);
        var user = await factory.FindUserAsync(email);

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/account/confirm-email?userId={user.Id}&code=bm90LWEtdG9rZW4");

        Assert.Equal("We could not confirm your email address", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.False((await factory.FindUserAsync(email)).EmailConfirmed);
    }
}
