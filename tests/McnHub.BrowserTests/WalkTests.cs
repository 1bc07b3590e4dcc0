using McnHub.BrowserTests.Support;

namespace McnHub.BrowserTests;

/// <summary>
/// Every page each role can reach: 200, no axe violations, a screenshot. Add each page here as it lands
/// (and, for a role's own pages, to that role's list).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WalkTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] PublicPages = ["/", "/account/sign-in", "/account/sign-out"];

    private static readonly string[] SignedInPages = ["/"];

    public static TheoryData<string, string[]> RolePages => new()
    {
        { Coordinator, [] },
        { Member, [] },
        { Lead, [] },
        { Submitter, [] },
        { Educator, [] },
    };

    [Fact]
    public async Task Every_public_page_passes_axe_for_an_anonymous_visitor()
    {
        var page = await NewPageAsync();

        await page.WalkAsync(PublicPages, "anonymous");
    }

    [Theory]
    [MemberData(nameof(RolePages))]
    public async Task Every_page_a_role_reaches_passes_axe(string email, string[] ownPages)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, email);

        await page.WalkAsync(SignedInPages.Concat(ownPages), email.Split('@')[0]);
    }
}
