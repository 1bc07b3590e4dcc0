using System.Net;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Directory.Editing.DirectoryTestData;

namespace McnHub.Tests.Features.Directory.Editing;

/// <summary>The co-ordinator's service types: codes are stable ids, labels unique, used terms neither recoded nor deleted.</summary>
public sealed class TaxonomyAdminTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task The_list_shows_each_type_with_its_flags_and_how_many_services_use_it()
    {
        var client = await factory.SignInAsync(Coordinator);
        var used = await factory.WithDbAsync(db => db.Set<McnHub.Features.Directory.Services.ServiceType>().CountAsync(t => t.Term!.Code == "end-of-life-care-at-home"));

        var page = await client.GetDocumentAsync("/directory/taxonomy");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("end-of-life-care-at-home", StringComparison.Ordinal));
        Assert.Equal(["End-of-life care at home", "end-of-life-care-at-home", "", "Yes", "Yes", used.ToString()], row.Children.Take(6).Select(c => c.TextContent.Trim()));
        Assert.True(used > 0);
        Assert.Null(row.QuerySelector("a[href$='/delete']"));
    }

    [Theory]
    [InlineData("Input.Code", "Bad Code!", "Code must use only lowercase letters, digits and hyphens, like end-of-life-care-at-home")]
    [InlineData("Input.Code", "short-breaks", "Another term already has this code")]
    [InlineData("Input.Code", "", "Enter a code")]
    [InlineData("Input.Label", "SHORT BREAKS / RESPITE", "Another term already has this label")]
    [InlineData("Input.Label", "", "Enter a label")]
    [InlineData("Input.Uri", "not a uri", "Enter an absolute URI, like http://snomed.info/id/1234, or leave it empty")]
    public async Task A_bad_term_is_refused_with_a_message_and_not_saved(string field, string value, string message)
    {
        var client = await factory.SignInAsync(Coordinator);
        var label = Unique("Music therapy");
        var page = await client.GetDocumentAsync("/directory/taxonomy/new");
        var values = new List<(string, string)> { ("Input.Code", "music-" + Guid.NewGuid().ToString("N")[..6]), ("Input.Label", label), ("Input.SortOrder", "200") };
        values.RemoveAll(v => v.Item1 == field);
        values.Add((field, value));

        var again = await ExpectPageAsync(await client.PostFormAsync(page, values));

        Assert.Contains(message, again.ErrorSummary());
        Assert.Equal(value, again.FieldValue(field.Replace('.', '_')));
        Assert.False(await factory.WithDbAsync(db => db.Set<TaxonomyTerm>().AnyAsync(t => t.Label == label)));
    }

    [Fact]
    public async Task A_new_term_is_added_and_an_unused_term_can_be_recoded_and_deleted()
    {
        var client = await factory.SignInAsync(Coordinator);
        var label = Unique("Play therapy");
        var code = "play-" + Guid.NewGuid().ToString("N")[..6];
        var create = await client.GetDocumentAsync("/directory/taxonomy/new");

        var created = await client.PostFormAsync(create, [("Input.Code", code), ("Input.Label", label), ("Input.Uri", "http://snomed.info/id/1234"), ("Input.SortOrder", "300")]);
        var id = await factory.WithDbAsync(db => db.Set<TaxonomyTerm>().Where(t => t.Code == code).Select(t => t.Id).SingleAsync());
        var edit = await client.GetDocumentAsync($"/directory/taxonomy/{id}/edit");
        var recoded = await client.PostFormAsync(edit, [("Input.Code", code + "-x")]);
        var delete = await client.GetDocumentAsync($"/directory/taxonomy/{id}/delete");
        var deleted = await client.SubmitFormAsync(delete, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, recoded.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<TaxonomyTerm>().AnyAsync(t => t.Id == id)));
    }

    [Fact]
    public async Task A_used_term_keeps_its_code_even_against_a_crafted_post_and_cannot_be_deleted()
    {
        var client = await factory.SignInAsync(Coordinator);
        var id = await factory.TermIdAsync("sibling-support");
        var edit = await client.GetDocumentAsync($"/directory/taxonomy/{id}/edit");
        var token = edit.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var crafted = await client.PostFormAsync(edit, [("Input.Code", "siblings")]);
        var deletePage = await client.GetDocumentAsync($"/directory/taxonomy/{id}/delete");
        var forcedDelete = await client.PostAsync($"/directory/taxonomy/{id}/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Null(edit.QuerySelector("input[type='text'][name='Input.Code']"));
        Assert.Contains("The code cannot change", (await ExpectPageAsync(crafted)).ErrorSummary());
        Assert.Contains("cannot be deleted", deletePage.QuerySelector("main")!.TextContent);
        Assert.Null(deletePage.QuerySelector("main form"));
        Assert.Contains("cannot be deleted", (await ExpectPageAsync(forcedDelete)).ErrorSummary());
        Assert.Equal("sibling-support", await factory.WithDbAsync(db => db.Set<TaxonomyTerm>().Where(t => t.Id == id).Select(t => t.Code).SingleAsync()));
    }

    [Fact]
    public async Task Required_24x7_needs_required_in_every_area()
    {
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync("/directory/taxonomy/new");
        var label = Unique("Night nursing");

        var again = await ExpectPageAsync(await client.PostFormAsync(page,
            [("Input.Code", "night-" + Guid.NewGuid().ToString("N")[..6]), ("Input.Label", label), ("Input.SortOrder", "1"), ("Input.Required24x7", "true"), ("Input.Required24x7", "false")],
            cleared: ["Input.RequiredInEveryArea", "Input.Required24x7"]));

        Assert.Contains("Only a type required in every area can be required 24/7", again.ErrorSummary());
        Assert.False(await factory.WithDbAsync(db => db.Set<TaxonomyTerm>().AnyAsync(t => t.Label == label)));
    }
}
