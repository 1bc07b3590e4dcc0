using McnHub.Tests.Support;

namespace McnHub.Tests.Platform;

/// <summary>The app migrates, seeds and serves on a real PostgreSQL server.</summary>
public sealed class PostgresStartupTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    [Fact]
    public async Task The_demo_network_is_seeded_and_served_from_PostgreSQL()
    {
        var client = factory.CreateBrowserClient();

        var page = await client.GetDocumentAsync("/");

        Assert.Equal("Riverlands Children's Palliative Care Network", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("6", page.QuerySelector("[data-figure=areas]")?.TextContent);
        Assert.Contains("Npgsql", await factory.WithDbAsync(db => Task.FromResult(db.Database.ProviderName ?? "")));
    }

    [Fact]
    public async Task A_demo_account_can_sign_in_on_PostgreSQL()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var home = await client.GetDocumentAsync("/");

        Assert.Contains("Alex Morgan", home.QuerySelector(".nhsuk-header__account")!.TextContent);
    }
}
