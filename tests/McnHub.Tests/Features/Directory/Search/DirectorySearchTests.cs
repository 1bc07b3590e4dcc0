using McnHub.Features.Directory.Search;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static McnHub.Tests.Features.Directory.DirectoryTestData;

namespace McnHub.Tests.Features.Directory.Search;

/// <summary>DirectorySearch.SearchAsync against the real full-text index, on SQLite (FTS5) and PostgreSQL (tsvector).</summary>
public abstract class DirectorySearchTests<TFactory>(TFactory factory) where TFactory : McnHubFactory
{
    [Fact]
    public async Task A_name_match_ranks_above_a_description_only_match()
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync();
        var inDescription = await factory.AddServiceAsync(org.Id, s => s.Description = $"Families can ask about {word} support at any time, and about much else besides.");
        var inName = await factory.AddServiceAsync(org.Id, s => s.Name = $"The {word} service");

        var page = await SearchAsync(new DirectorySearchCriteria { Text = word });

        Assert.Equal([inName.Id, inDescription.Id], page.Items.Select(i => i.Id));
        Assert.True(page.Items[0].Score > page.Items[1].Score);
    }

    [Fact]
    public async Task Organisation_names_and_type_labels_are_searched_too()
    {
        var orgWord = Word();
        var typeWord = Word();
        var org = await factory.AddOrganisationAsync(name: $"The {orgWord} Trust");
        var term = await factory.AddTermAsync(label: $"{typeWord} care");
        var byOrganisation = await factory.AddServiceAsync(org.Id);
        var other = await factory.AddOrganisationAsync();
        var byType = await factory.AddServiceAsync(other.Id, s => s.Types.Add(OfType(term.Id)));

        Assert.Equal([byOrganisation.Id], await IdsAsync(new DirectorySearchCriteria { Text = orgWord }));
        Assert.Equal([byType.Id], await IdsAsync(new DirectorySearchCriteria { Text = typeWord }));
    }

    [Fact]
    public async Task The_last_word_is_matched_as_a_prefix()
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync();
        var service = await factory.AddServiceAsync(org.Id, s => s.Name = $"Service {word}");

        Assert.Equal([service.Id], await IdsAsync(new DirectorySearchCriteria { Text = "service " + word[..8] }));
        Assert.Empty(await IdsAsync(new DirectorySearchCriteria { Text = word[..8] + " service" + Word() }));
    }

    [Fact]
    public async Task Each_filter_narrows_the_results()
    {
        var word = Word();
        var nhs = await factory.AddOrganisationAsync(Sector.Nhs);
        var charity = await factory.AddOrganisationAsync(Sector.NonNhs);
        var nursing = await factory.AddTermAsync();
        var respite = await factory.AddTermAsync();
        var region = await factory.AddAreaAsync(population: 0);
        var north = await factory.AddAreaAsync(parentId: region.Id);
        var south = await factory.AddAreaAsync(parentId: region.Id);
        var young = await factory.AddServiceAsync(nhs.Id, s =>
        {
            s.Description = word;
            s.MinimumAge = 0;
            s.MaximumAge = 5;
            s.Is24x7 = true;
            s.Types.Add(OfType(nursing.Id));
            s.Areas.Add(In(north.Id));
        });
        var older = await factory.AddServiceAsync(charity.Id, s =>
        {
            s.Description = word;
            s.MinimumAge = 10;
            s.MaximumAge = 19;
            s.Types.Add(OfType(respite.Id));
            s.Areas.Add(In(south.Id));
        });
        var everyone = await factory.AddServiceAsync(charity.Id, s =>
        {
            s.Description = word;
            s.Types.Add(OfType(respite.Id));
            s.Areas.Add(In(region.Id));
        });
        var all = new DirectorySearchCriteria { Text = word, Sort = DirectorySort.Name };

        Assert.Equal(Sorted(young, older, everyone), await IdsAsync(all));
        Assert.Equal([young.Id], await IdsAsync(all with { TaxonomyTermId = nursing.Id }));
        Assert.Equal(Sorted(older, everyone), await IdsAsync(all with { TaxonomyTermCode = respite.Code }));
        Assert.Equal(Sorted(young, everyone), await IdsAsync(all with { AreaId = north.Id }));
        Assert.Equal(Sorted(young, older, everyone), await IdsAsync(all with { AreaId = region.Id }));
        Assert.Equal(Sorted(young, everyone), await IdsAsync(all with { Age = 5 }));
        Assert.Equal(Sorted(everyone), await IdsAsync(all with { Age = 7 }));
        Assert.Equal(Sorted(older, everyone), await IdsAsync(all with { Age = 10 }));
        Assert.Equal([young.Id], await IdsAsync(all with { Only24x7 = true }));
        Assert.Equal([young.Id], await IdsAsync(all with { Sector = Sector.Nhs }));
        Assert.Equal(Sorted(older, everyone), await IdsAsync(all with { Sector = Sector.NonNhs }));
        Assert.Equal(Sorted(older, everyone), await IdsAsync(all with { Age = 12, Sector = Sector.NonNhs, AreaId = south.Id, TaxonomyTermId = respite.Id }));
        Assert.Equal([older.Id], await IdsAsync(all with { Age = 12, AreaId = south.Id, Text = $"{word} {older.Name}" }));
        Assert.Empty(await IdsAsync(all with { TaxonomyTermId = int.MaxValue }));
        Assert.Empty(await IdsAsync(all with { AreaId = int.MaxValue }));
    }

    [Fact]
    public async Task Temporarily_closed_services_appear_only_when_asked_for_and_defunct_ones_never()
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync();
        var open = await factory.AddServiceAsync(org.Id, s => s.Description = word);
        var closed = await factory.AddServiceAsync(org.Id, s => (s.Description, s.Status) = (word, ServiceStatus.TemporarilyClosed));
        await factory.AddServiceAsync(org.Id, s => (s.Description, s.Status) = (word, ServiceStatus.Defunct));

        Assert.Equal([open.Id], await IdsAsync(new DirectorySearchCriteria { Text = word }));
        Assert.Equal(Sorted(open, closed), await IdsAsync(new DirectorySearchCriteria { Text = word, IncludeTemporarilyClosed = true, Sort = DirectorySort.Name }));
    }

    [Fact]
    public async Task Results_sort_by_name_when_asked_and_page_numbers_beyond_the_end_are_clamped()
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync();
        var b = await factory.AddServiceAsync(org.Id, s => (s.Name, s.Description) = ($"b {word}", word));
        var a = await factory.AddServiceAsync(org.Id, s => (s.Name, s.Description) = ($"A {Word()}", word));
        var c = await factory.AddServiceAsync(org.Id, s => (s.Name, s.Description) = ($"C {Word()}", word));

        var byName = await SearchAsync(new DirectorySearchCriteria { Text = word, Sort = DirectorySort.Name, PageSize = 2, Page = 99_999_999_999 });
        var huge = await SearchAsync(new DirectorySearchCriteria { Text = word, PageSize = long.MaxValue, Page = -5 });

        Assert.Equal((2, 2, 3), (byName.PageNumber, byName.PageSize, byName.TotalItems));
        Assert.Equal([c.Id], byName.Items.Select(i => i.Id));
        Assert.Equal(b.Id, huge.Items[0].Id);
        Assert.Equal((1, DirectorySearchCriteria.MaxPageSize, 3), (huge.PageNumber, huge.PageSize, huge.Items.Count));
        Assert.Contains(a.Id, huge.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("OR")]
    [InlineData("NEAR(")]
    [InlineData("'")]
    [InlineData("%")]
    [InlineData("\\")]
    [InlineData("\"unclosed phrase")]
    [InlineData("nurs* OR hospice AND NOT -care")]
    [InlineData("NEAR(children hospice, 2)")]
    [InlineData("'; DROP TABLE \"Service\"; --")]
    [InlineData("100% \\ _ ^ : & | ! <-> ( ) { } [ ]")]
    [InlineData("   ")]
    public async Task Search_text_with_query_syntax_never_fails_and_never_widens_the_search(string text)
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync();
        var service = await factory.AddServiceAsync(org.Id, s => s.Name = $"Service {word}");

        var alone = await SearchAsync(new DirectorySearchCriteria { Text = text });
        var withWord = await IdsAsync(new DirectorySearchCriteria { Text = $"{word} {text}" });

        Assert.True(alone.TotalItems >= alone.Items.Count);
        Assert.True(withWord.Count == 0 || withWord.SequenceEqual([service.Id]), $"'{word} {text}' matched {withWord.Count} services");
    }

    [Theory]
    [InlineData("\"{0}\"")]
    [InlineData("\"{0}")]
    [InlineData("{0}*")]
    [InlineData("'{0}'")]
    [InlineData("%{0}%")]
    [InlineData("\\{0}\\")]
    [InlineData("NEAR({0})")]
    [InlineData("({0} OR")]
    public async Task A_word_wrapped_in_query_syntax_is_still_found(string pattern)
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync();
        var service = await factory.AddServiceAsync(org.Id, s => s.Name = $"Or near service {word}");

        var ids = await IdsAsync(new DirectorySearchCriteria { Text = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, word) });

        Assert.Equal([service.Id], ids);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("OR")]
    [InlineData("NEAR(")]
    [InlineData("'")]
    [InlineData("%")]
    [InlineData("\\")]
    [InlineData("\"a\" OR NEAR(b c) * % ' \\")]
    public async Task The_directory_page_answers_search_text_with_query_syntax(string text)
    {
        var client = factory.CreateBrowserClient();

        var page = await client.GetDocumentAsync("/services?Q=" + Uri.EscapeDataString(text) + "&Sort=relevance");

        Assert.NotNull(page.QuerySelector("#result-count"));
        Assert.Null(page.QuerySelector(".nhsuk-error-summary"));
        Assert.Equal(text, page.QuerySelector("input#Q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_renamed_service_is_found_by_its_new_name_and_not_its_old_one()
    {
        var (oldWord, newWord) = (Word(), Word());
        var org = await factory.AddOrganisationAsync();
        var service = await factory.AddServiceAsync(org.Id, s => s.Name = $"Service {oldWord}");

        await factory.WithDbAsync(async db =>
        {
            var entity = await db.Set<Service>().FindAsync(service.Id);
            entity!.Name = $"Service {newWord}";
            return await db.SaveChangesAsync();
        });

        Assert.Equal([service.Id], await IdsAsync(new DirectorySearchCriteria { Text = newWord }));
        Assert.Empty(await IdsAsync(new DirectorySearchCriteria { Text = oldWord }));
    }

    [Fact]
    public async Task Renaming_an_organisation_reindexes_its_services()
    {
        var (oldWord, newWord) = (Word(), Word());
        var org = await factory.AddOrganisationAsync(name: $"The {oldWord} Trust");
        var first = await factory.AddServiceAsync(org.Id);
        var second = await factory.AddServiceAsync(org.Id);

        await factory.WithDbAsync(async db =>
        {
            var entity = await db.Set<Organisation>().FindAsync(org.Id);
            entity!.Name = $"The {newWord} Trust";
            return await db.SaveChangesAsync();
        });

        Assert.Equal(Sorted(first, second), await IdsAsync(new DirectorySearchCriteria { Text = newWord, Sort = DirectorySort.Name }));
        Assert.Empty(await IdsAsync(new DirectorySearchCriteria { Text = oldWord }));
    }

    [Fact]
    public async Task Relabelling_a_type_and_changing_a_services_types_reindex_it()
    {
        var (oldWord, newWord, otherWord) = (Word(), Word(), Word());
        var term = await factory.AddTermAsync(label: $"{oldWord} support");
        var other = await factory.AddTermAsync(label: $"{otherWord} support");
        var org = await factory.AddOrganisationAsync();
        var service = await factory.AddServiceAsync(org.Id, s => s.Types.Add(OfType(term.Id)));

        await factory.WithDbAsync(async db =>
        {
            var entity = await db.Set<McnHub.Features.Directory.Taxonomy.TaxonomyTerm>().FindAsync(term.Id);
            entity!.Label = $"{newWord} support";
            return await db.SaveChangesAsync();
        });

        Assert.Equal([service.Id], await IdsAsync(new DirectorySearchCriteria { Text = newWord }));
        Assert.Empty(await IdsAsync(new DirectorySearchCriteria { Text = oldWord }));

        await factory.WithDbAsync(async db =>
        {
            db.Remove(new ServiceType { ServiceId = service.Id, TaxonomyTermId = term.Id });
            db.Add(new ServiceType { ServiceId = service.Id, TaxonomyTermId = other.Id });
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await IdsAsync(new DirectorySearchCriteria { Text = newWord }));
        Assert.Equal([service.Id], await IdsAsync(new DirectorySearchCriteria { Text = otherWord }));
    }

    [Fact]
    public async Task A_deleted_service_leaves_the_index()
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync();
        var term = await factory.AddTermAsync();
        var service = await factory.AddServiceAsync(org.Id, s => (s.Name, s.Types) = ($"Service {word}", [OfType(term.Id)]));

        await factory.WithDbAsync(async db =>
        {
            db.Remove((await db.Set<Service>().FindAsync(service.Id))!);
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await IdsAsync(new DirectorySearchCriteria { Text = word }));
    }

    private static List<int> Sorted(params Service[] services) =>
        services.OrderBy(s => s.Name.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(s => s.Id).Select(s => s.Id).ToList();

    private async Task<List<int>> IdsAsync(DirectorySearchCriteria criteria) => (await SearchAsync(criteria)).Items.Select(i => i.Id).ToList();

    private async Task<McnHub.Platform.Ui.Page<DirectorySearchResult>> SearchAsync(DirectorySearchCriteria criteria)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectorySearch>().SearchAsync(criteria);
    }
}

public sealed class SqliteDirectorySearchTests(McnHubFactory factory) : DirectorySearchTests<McnHubFactory>(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresDirectorySearchTests(PostgresMcnHubFactory factory) : DirectorySearchTests<PostgresMcnHubFactory>(factory), IClassFixture<PostgresMcnHubFactory>;
