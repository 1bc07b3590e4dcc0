using System.Net;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Account;

public sealed class PasswordResetTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_person_resets_their_password_from_the_emailed_link_and_signs_in_with_the_new_one()
    {
        var email = await factory.CreateUserAsync();
        var client = factory.CreateBrowserClient();
        var forgot = await client.GetDocumentAsync("/account/forgot-password");

        var asked = await client.SubmitFormAsync(forgot, new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Check your email", (await HttpExtensions.ParseAsync(asked)).Text());
        var link = factory.LatestMailTo(email).AccountLink("reset-password");
        var reset = await client.GetDocumentAsync(link);
        var changed = await client.SubmitFormAsync(reset, new Dictionary<string, string>
        {
            ["Input.Password"] = "Brand-new-password-2",
            ["Input.ConfirmPassword"] = "Brand-new-password-2",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Your password has been changed", (await client.FollowAsync(changed)).Text());

        var oldPassword = await factory.CreateBrowserClient().PostSignInAsync(email, AccountTestKit.Password);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        await factory.SignInAsync(email, "Brand-new-password-2");
    }

    [Fact]
    public async Task The_reset_link_works_only_once()
    {
        var email = await factory.CreateUserAsync();
        var client = factory.CreateBrowserClient();
        await client.SubmitFormAsync(await client.GetDocumentAsync("/account/forgot-password"), new Dictionary<string, string> { ["Input.Email"] = email });
        var link = factory.LatestMailTo(email).AccountLink("reset-password");
        var values = new Dictionary<string, string> { ["Input.Password"] = "Brand-new-password-2", ["Input.ConfirmPassword"] = "Brand-new-password-2" };
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(await client.GetDocumentAsync(link), values)).StatusCode);

        var again = await client.SubmitFormAsync(await client.GetDocumentAsync(link), new Dictionary<string, string>
        {
            ["Input.Password"] = "Another-password-3",
            ["Input.ConfirmPassword"] = "Another-password-3",
        });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("not valid or has expired", (await HttpExtensions.ParseAsync(again)).QuerySelector(".nhsuk-error-summary")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_email_is_sent()
    {
        var client = factory.CreateBrowserClient();
        const string unknown = "nobody-here@test.example";

        var answer = await client.SubmitFormAsync(await client.GetDocumentAsync("/account/forgot-password"), new Dictionary<string, string> { ["Input.Email"] = unknown });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await HttpExtensions.ParseAsync(answer);
        Assert.Contains($"If there is a McnHub account for {unknown}, we have sent it a link", page.Text());
        Assert.Equal(0, factory.MailCountTo(unknown));
    }

    [Fact]
    public async Task Mismatched_new_passwords_are_refused_and_the_form_stays()
    {
        var email = await factory.CreateUserAsync();
        var client = factory.CreateBrowserClient();
        await client.SubmitFormAsync(await client.GetDocumentAsync("/account/forgot-password"), new Dictionary<string, string> { ["Input.Email"] = email });
        var reset = await client.GetDocumentAsync(factory.LatestMailTo(email).AccountLink("reset-password"));

        var answer = await client.SubmitFormAsync(reset, new Dictionary<string, string>
        {
            ["Input.Password"] = "Brand-new-password-2",
            ["Input.ConfirmPassword"] = "Something-else-3",
        });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await HttpExtensions.ParseAsync(answer);
        Assert.Contains("The two passwords are not the same", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(email, page.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
    }
}
