using System.Net;
using McnHub.Features.Guidelines.Documents;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Guidelines.GuidelineTestData;

namespace McnHub.Tests.Features.Guidelines;

/// <summary>Finding and reading documents: who sees what, search and filters, safe Markdown, versions and comparison.</summary>
public sealed class GuidelineLibraryTests(GuidelinesFactory factory) : IClassFixture<GuidelinesFactory>
{
    [Fact]
    public async Task Anonymous_readers_see_public_approved_documents_but_not_members_only_ones_or_drafts()
    {
        await factory.SeededAsync();
        var page = await factory.CreateClient().GetDocumentAsync("/guidelines");
        var text = page.Text();

        Assert.Contains("Child and young person's advance care plan", text);
        Assert.DoesNotContain("Symptom management at the end of life at home", text);
        Assert.DoesNotContain("Spiritual care for children and families", text);
        Assert.DoesNotContain("Psychological support for children and families", text);
    }

    [Fact]
    public async Task Signed_in_members_also_see_members_only_documents_and_consultations_but_not_others_drafts()
    {
        await factory.SeededAsync();
        var draft = await AddAsync(factory, "Zebra draft only for its owner", ownerEmail: Lead);
        var member = await factory.SignInAsync(Member);
        var text = (await member.GetDocumentAsync("/guidelines?size=100&Q=")).Text();
        var all = (await member.GetDocumentAsync("/guidelines?Status=Consultation")).Text();

        Assert.Contains("Agitation and delirium at the end of life", all);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/guidelines/{draft.Id}")).StatusCode);
        Assert.DoesNotContain("Zebra draft", text);
        var owner = await factory.SignInAsync(Lead);
        Assert.Contains("Zebra draft only for its owner", (await owner.GetDocumentAsync($"/guidelines/{draft.Id}")).Text());
    }

    [Fact]
    public async Task A_members_only_document_asks_anonymous_readers_to_sign_in()
    {
        var document = await AddAsync(factory, "Members only yak guidance", VersionStatus.Approved, DocumentAudience.Members);

        var response = await factory.CreateBrowserClient().GetAsync($"/guidelines/{document.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("sign-in", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("\"pain")]
    [InlineData("pain*")]
    [InlineData("pain OR nausea")]
    [InlineData("NEAR(pain nausea)")]
    [InlineData("children's")]
    [InlineData("100%")]
    [InlineData("*")]
    [InlineData("\\")]
    public async Task Search_text_with_full_text_syntax_never_fails(string text)
    {
        await factory.SeededAsync();
        var response = await factory.CreateClient().GetAsync("/guidelines?Q=" + Uri.EscapeDataString(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_finds_words_in_the_body_and_filters_by_topic_kind_and_audience()
    {
        var document = await AddAsync(factory, "Platypus guidance", VersionStatus.Approved, body: "## Scope\n\nCovers the quetzalcoatl protocol.", topics: "wombats, pain");
        var client = factory.CreateClient();

        var byBody = await client.GetDocumentAsync("/guidelines?Q=quetzalcoatl");
        var byTopic = await client.GetDocumentAsync("/guidelines?Topic=wombats");
        var wrongKind = await client.GetDocumentAsync("/guidelines?Q=quetzalcoatl&Kind=Policy");
        var wrongAudience = await client.GetDocumentAsync("/guidelines?Q=quetzalcoatl&Audience=Members");

        Assert.Equal([document.Id.ToString()], byBody.QuerySelectorAll("[data-document-id]").Select(e => e.GetAttribute("data-document-id")!));
        Assert.Equal([document.Id.ToString()], byTopic.QuerySelectorAll("[data-document-id]").Select(e => e.GetAttribute("data-document-id")!));
        Assert.Empty(wrongKind.QuerySelectorAll("[data-document-id]"));
        Assert.Empty(wrongAudience.QuerySelectorAll("[data-document-id]"));
    }

    [Fact]
    public async Task A_filter_value_that_is_not_in_the_list_gets_a_message()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/guidelines?Kind=Spreadsheet");

        Assert.Contains("Choose a kind of document from the list", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
    }

    [Fact]
    public async Task The_search_index_follows_a_change_of_title()
    {
        var document = await AddAsync(factory, "Aardvark guidance", VersionStatus.Approved);
        var coordinator = await factory.SignInAsync(Coordinator);
        var form = await coordinator.GetDocumentAsync($"/guidelines/{document.Id}/edit");
        var saved = await coordinator.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Okapi guidance" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var found = (await coordinator.GetDocumentAsync("/guidelines?Q=okapi")).QuerySelectorAll("[data-document-id]");
        Assert.Equal(document.Id.ToString(), Assert.Single(found).GetAttribute("data-document-id"));
        Assert.Contains("Okapi guidance", found[0].TextContent);
    }

    [Fact]
    public async Task Markdown_is_rendered_without_scripts_event_handlers_or_javascript_links()
    {
        var body = "## Safe\n\nText <script>alert('x')</script> and <img src=\"x.png\" onerror=\"alert(1)\"> and [click](javascript:alert(2)) and **bold**.";
        var document = await AddAsync(factory, "Marmot guidance", VersionStatus.Approved, body: body);

        var page = await factory.CreateClient().GetDocumentAsync($"/guidelines/{document.Id}");
        var html = page.QuerySelector("#document-body")!.InnerHtml;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>bold</strong>", html);
        Assert.NotNull(page.QuerySelector("#document-body h2"));
    }

    [Fact]
    public async Task Readers_see_the_current_approved_version_first_with_the_history_one_click_away()
    {
        await factory.SeededAsync();
        var member = await factory.SignInAsync(Member);
        var id = await factory.WithDbAsync(db => db.Set<GuidelineDocument>().Where(d => d.Title == "Symptom management at the end of life at home").Select(d => d.Id).SingleAsync());

        var page = await member.GetDocumentAsync($"/guidelines/{id}");
        var history = await member.GetDocumentAsync($"/guidelines/{id}/versions");

        Assert.Contains("Current version", page.QuerySelector("h2")!.TextContent + page.Text());
        Assert.Contains("3 (Approved)", page.Text());
        Assert.NotNull(page.QuerySelector($"a[href='/guidelines/{id}/versions']"));
        Assert.Equal(["4", "3", "2", "1"], history.QuerySelectorAll("tr[data-version]").Select(r => r.GetAttribute("data-version")!));
    }

    [Fact]
    public async Task Comparing_two_versions_marks_added_and_removed_lines_in_words_not_only_colour()
    {
        await factory.SeededAsync();
        var member = await factory.SignInAsync(Member);
        var id = await factory.WithDbAsync(db => db.Set<GuidelineDocument>().Where(d => d.Title == "Symptom management at the end of life at home").Select(d => d.Id).SingleAsync());

        var page = await member.GetDocumentAsync($"/guidelines/{id}/compare?from=1&to=3");

        Assert.NotEmpty(page.QuerySelectorAll("ins"));
        Assert.All(page.QuerySelectorAll("ins"), i => Assert.StartsWith("Added:", i.TextContent.Trim()));
        Assert.Contains("Offer families written information", string.Join(" ", page.QuerySelectorAll("ins").Select(i => i.TextContent)));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/guidelines/{id}/compare?from=1&to=99")).StatusCode);
    }
}
