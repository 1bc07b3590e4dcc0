using McnHub.Features.Directory.Search;

namespace McnHub.Tests.Features.Directory.Search;

/// <summary>How typed text becomes full-text query input: words only, never syntax.</summary>
public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("children's hospice", "\"children\" \"s\" \"hospice\"*")]
    [InlineData("\"end of life\" OR NEAR(home, 2)", "\"end\" \"of\" \"life\" \"or\" \"near\" \"home\" \"2\"")]
    [InlineData("nurs*", "\"nurs\"*")]
    [InlineData("Café  Zürich", "\"café\" \"zürich\"*")]
    [InlineData("100% \\ '; --", "\"100\"*")]
    public void Words_are_quoted_for_fts5_with_the_last_as_a_prefix(string text, string expected)
    {
        Assert.Equal(expected, SearchTerms.Parse(text).Fts5Match());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("'%\\")]
    [InlineData("NEAR(")]
    [InlineData(null)]
    public void Text_without_words_is_empty_except_for_operator_words(string? text)
    {
        var terms = SearchTerms.Parse(text);

        Assert.Equal(text == "NEAR(", !terms.IsEmpty);
    }

    [Fact]
    public void Postgres_gets_the_whole_words_for_plainto_tsquery_and_the_last_word_as_a_prefix()
    {
        var terms = SearchTerms.Parse("Sibling SUPPORT gro");

        Assert.Equal("sibling support", terms.PostgresWords());
        Assert.Equal("gro:*", terms.PostgresPrefix());
        Assert.Equal("", SearchTerms.Parse("support a").PostgresPrefix());
        Assert.Equal("support a", SearchTerms.Parse("support a").PostgresWords());
    }

    [Fact]
    public void Very_long_text_is_cut_to_a_bounded_number_of_bounded_words()
    {
        var terms = SearchTerms.Parse(string.Join(' ', Enumerable.Repeat(new string('x', 100), 50)));

        Assert.Equal(SearchTerms.MaxWords, terms.Words.Count);
        Assert.All(terms.Words, w => Assert.Equal(SearchTerms.MaxWordLength, w.Length));
    }
}
