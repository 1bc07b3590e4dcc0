using System.Text.RegularExpressions;

namespace McnHub.Features.Directory.Search;

/// <summary>
/// What the user typed, reduced to plain words (letters, combining marks and digits only), so that no character of
/// it can reach a full-text query as syntax: FTS5 operators (OR, NEAR, *, quotes) and tsquery operators are dropped
/// before either engine sees the text. The last word is matched as a prefix when it has two or more characters.
/// </summary>
public sealed partial class SearchTerms
{
    public const int MaxWords = 12;
    public const int MaxWordLength = 40;

    private SearchTerms(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    public bool LastIsPrefix => Words.Count > 0 && Words[^1].Length >= 2;

    public static SearchTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchTerms([]);
        }

        var words = Word().Matches(text)
            .Select(m => m.Value.ToLowerInvariant())
            .Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w)
            .Take(MaxWords)
            .ToList();
        return new SearchTerms(words);
    }

    /// <summary>An FTS5 MATCH expression: every word a quoted string (implicit AND), the last one a prefix.</summary>
    public string Fts5Match()
    {
        var quoted = Words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"").ToList();
        if (LastIsPrefix)
        {
            quoted[^1] += "*";
        }

        return string.Join(' ', quoted);
    }

    /// <summary>The words PostgreSQL matches whole, for <c>plainto_tsquery</c>.</summary>
    public string PostgresWords() => string.Join(' ', LastIsPrefix ? Words.Take(Words.Count - 1) : Words);

    /// <summary>The last word as a <c>to_tsquery</c> prefix ("word:*"), or empty; safe because it holds only letters and digits.</summary>
    public string PostgresPrefix() => LastIsPrefix ? Words[^1] + ":*" : "";

    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*")]
    private static partial Regex Word();
}
