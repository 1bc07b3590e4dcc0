using System.Net;
using McnHub.Features.Guidelines.Documents;
using McnHub.Tests.Support;
using static McnHub.Tests.Features.Guidelines.GuidelineTestData;

namespace McnHub.Tests.Features.Guidelines;

public sealed class PostgresGuidelinesFactory : McnHubFactory
{
    public PostgresGuidelinesFactory()
        : base(Provider.Postgres)
    {
    }
}

/// <summary>The library's full-text search on PostgreSQL (tsvector index kept by triggers), including search syntax typed as text.</summary>
public sealed class GuidelineSearchPostgresTests(PostgresGuidelinesFactory factory) : IClassFixture<PostgresGuidelinesFactory>
{
    [Theory]
    [InlineData("\"pain")]
    [InlineData("pain*")]
    [InlineData("pain OR nausea")]
    [InlineData("NEAR(pain nausea)")]
    [InlineData("children's")]
    [InlineData("100%")]
    [InlineData("pain & !nausea | (x")]
    public async Task Search_text_with_full_text_syntax_never_fails_on_PostgreSQL(string text)
    {
        var response = await factory.CreateClient().GetAsync("/guidelines?Q=" + Uri.EscapeDataString(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_finds_body_words_and_prefixes_and_follows_edits_on_PostgreSQL()
    {
        var document = await AddAsync(factory, "Pangolin guidance", VersionStatus.Approved, body: "## Scope\n\nThe quetzalcoatl protocol.", topics: "wombats");
        var client = factory.CreateClient();

        var byBody = await client.GetDocumentAsync("/guidelines?Q=quetzalcoatl");
        var byPrefix = await client.GetDocumentAsync("/guidelines?Q=pangol");
        var byTopic = await client.GetDocumentAsync("/guidelines?Q=wombats&Topic=wombats");

        Assert.Equal([document.Id.ToString()], byBody.QuerySelectorAll("[data-document-id]").Select(e => e.GetAttribute("data-document-id")!));
        Assert.Single(byPrefix.QuerySelectorAll("[data-document-id]"));
        Assert.Single(byTopic.QuerySelectorAll("[data-document-id]"));

        var coordinator = await factory.SignInAsync(Coordinator);
        var form = await coordinator.GetDocumentAsync($"/guidelines/{document.Id}/edit");
        await coordinator.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Tapir guidance" });
        Assert.Single((await client.GetDocumentAsync("/guidelines?Q=tapir")).QuerySelectorAll("[data-document-id]"));
    }
}
