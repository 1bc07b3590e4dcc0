using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace McnHub.Features.Guidelines.Library;

/// <summary>
/// Markdown to HTML that is safe to put in a page: Markdig renders (raw HTML in the Markdown is kept as text is not
/// enough, because links can still be javascript:), then HtmlSanitizer strips script, on* handlers and unsafe URLs.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>The section headings (level 1–3), in order, as members choose them when commenting.</summary>
    public static IReadOnlyList<string> Sections(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }

        var document = Markdown.Parse(markdown, Pipeline);
        return document.Descendants<HeadingBlock>()
            .Where(h => h.Level <= 3 && h.Inline is not null)
            .Select(h => string.Concat(h.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim())
            .Where(t => t.Length > 0)
            .Select(t => t.Length > 200 ? t[..200] : t)
            .Distinct()
            .ToList();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("id");

        // The page's CSP forbids inline styles anyway; dropping them keeps the HTML clean.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        return sanitizer;
    }
}
