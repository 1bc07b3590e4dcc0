using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace McnHub.BrowserTests.Support;

public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets);

/// <summary>
/// Runs axe-core (vendored in Axe/axe.min.js, MPL-2.0, see Axe/README.md) on the current page and fails with
/// a readable list of violations of WCAG 2.0/2.1/2.2 A and AA and axe's best practices.
/// </summary>
public static class Axe
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js")));

    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        var violations = await RunAsync(page);
        Assert.True(violations.Count == 0, Describe(page.Url, violations));
    }

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        // The app's CSP forbids inline script, so a <script> tag with axe's text would be refused. Rather than
        // switch the CSP off for the tests (BypassCSP), axe's source is evaluated through the DevTools protocol,
        // which CSP does not govern: the pages are tested under the same CSP as in production.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync("source => { const run = new Function(source); run(); }", Source.Value);
        }

        var result = await page.EvaluateAsync<JsonElement>(
            """
            async tags => {
              const results = await axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
              return results.violations.map(v => ({
                id: v.id, impact: v.impact ?? '', help: v.help, helpUrl: v.helpUrl,
                targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >> ') : t).join(' ')),
              }));
            }
            """,
            Tags);
        return result.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            v.GetProperty("helpUrl").GetString()!,
            v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList())).ToList();
    }

    public static string Describe(string url, IReadOnlyList<AxeViolation> violations)
    {
        var text = new StringBuilder($"axe found {violations.Count} accessibility violation(s) on {url}:");
        foreach (var v in violations)
        {
            text.AppendLine().Append($"- {v.Id} ({v.Impact}): {v.Help} <{v.HelpUrl}>");
            foreach (var target in v.Targets)
            {
                text.AppendLine().Append($"    {target}");
            }
        }

        return text.ToString();
    }
}
