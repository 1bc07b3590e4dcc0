using System.Net;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Account;

public sealed class ProfileTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task An_organisation_lead_sees_their_name_roles_and_the_organisation_they_lead()
    {
        var client = await factory.SignInAsync("lead@riverlands.example");

        var page = await client.GetDocumentAsync("/account/profile");

        var text = page.Text();
        Assert.Contains("lead@riverlands.example", text);
        Assert.Contains("Organisation lead", text);
        Assert.Contains("Kingfisher Children's Hospice", text);
        Assert.NotNull(page.QuerySelector("a[href='/account/two-factor']"));
        Assert.NotNull(page.QuerySelector("a[href='/account/change-password']"));
        Assert.NotNull(page.QuerySelector("a[href='/account/tokens']"));
    }

    [Fact]
    public async Task A_person_changes_their_password_and_the_old_one_stops_working()
    {
        var email = await factory.CreateUserAsync();
        var client = await factory.SignInAsync(email, AccountTestKit.Password);
        var form = await client.GetDocumentAsync("/account/change-password");

        var changed = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = AccountTestKit.Password,
            ["Input.NewPassword"] = "Changed-password-9",
            ["Input.ConfirmPassword"] = "Changed-password-9",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Your password has been changed", (await client.FollowAsync(changed)).Text());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserClient().PostSignInAsync(email, AccountTestKit.Password)).StatusCode);
        await factory.SignInAsync(email, "Changed-password-9");
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_with_a_message_next_to_the_field()
    {
        var email = await factory.CreateUserAsync();
        var client = await factory.SignInAsync(email, AccountTestKit.Password);

        var answer = await client.SubmitFormAsync(await client.GetDocumentAsync("/account/change-password"), new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Not-my-password-1",
            ["Input.NewPassword"] = "Changed-password-9",
            ["Input.ConfirmPassword"] = "Changed-password-9",
        });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await HttpExtensions.ParseAsync(answer);
        Assert.Contains("Your current password is not right", page.QuerySelector("#Input_CurrentPassword-error")!.TextContent);
    }
}
