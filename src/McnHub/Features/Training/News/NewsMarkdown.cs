using Ganss.Xss;
using Markdig;

namespace McnHub.Features.Training.News;

/// <summary>
/// News bodies are Markdown written by educators. Raw HTML in the Markdown is not passed through, and the HTML
/// Markdig produces is sanitised as well (links keep http, https and mailto only), so a post cannot carry script.
/// </summary>
public static class NewsMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UsePipeTables().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    public static string ToText(string markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        return sanitizer;
    }
}
