using System.Net;
using McnHub.Features.Account;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Account;

public sealed class LockoutTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_password_is_refused_and_the_page_says_when_to_try_again()
    {
        var email = await factory.CreateUserAsync();
        var client = factory.CreateBrowserClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.PostSignInAsync(email, "Wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var fifth = await client.PostSignInAsync(email, "Wrong-password-1");
        Assert.Equal("/account/lockout", fifth.Headers.Location?.OriginalString);

        var sixth = await client.PostSignInAsync(email, AccountTestKit.Password);

        Assert.Equal(HttpStatusCode.Redirect, sixth.StatusCode);
        Assert.Equal("/account/lockout", sixth.Headers.Location!.OriginalString);
        var page = await client.FollowAsync(sixth);
        var user = await factory.FindUserAsync(email);
        Assert.NotNull(user.LockoutEnd);
        Assert.Contains($"You can try again after {UkTime.TimeAndDate(user.LockoutEnd.Value.UtcDateTime)}", page.Text());
        var profile = await client.GetAsync("/account/profile");
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
        Assert.StartsWith("/account/sign-in", profile.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_lockout_page_opened_directly_still_says_how_long_to_wait()
    {
        var page = await factory.CreateBrowserClient().GetDocumentAsync("/account/lockout");

        Assert.Contains("You can try again in 15 minutes", page.Text());
    }
}
