using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace McnHub.Features.Evaluation.Dashboards;

/// <summary>One bar: its label, its value (null when there is no data or it is withheld) and the text shown for it.</summary>
public sealed record Bar(string Label, double? Value, string Text);

/// <summary>
/// A horizontal bar chart as plain SVG made on the server: no script, no inline styles (the CSP forbids both), a
/// role="img" with a title and a description carrying the one-line summary, so a screen reader hears the point of
/// the chart; the data table beside it carries every figure. Withheld bars are drawn as nothing and labelled.
/// </summary>
public static class BarChart
{
    private const int LabelWidth = 190;
    private const int BarArea = 300;
    private const int Row = 28;

    public static IHtmlContent Render(string id, string title, string summary, IReadOnlyList<Bar> bars, double? target, string? targetText)
    {
        var max = Math.Max(bars.Max(b => b.Value) ?? 0, target ?? 0);
        max = max <= 0 ? 1 : max;
        var height = (bars.Count * Row) + 30;
        var width = LabelWidth + BarArea + 90;
        var enc = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"mcn-chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"Frutiger W01, Arial, sans-serif\" font-size=\"13\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{enc.Encode(title)}</title><desc id=\"{id}-desc\">{enc.Encode(summary)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = (i * Row) + 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" fill=\"#212b32\">{enc.Encode(Shorten(bar.Label))}</text>");
            var length = bar.Value is double v ? Math.Max(0, v / max * BarArea) : 0;
            if (length > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{Row - 8}\" fill=\"#005eb8\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 16}\" fill=\"#212b32\">{enc.Encode(bar.Text)}</text>");
        }

        if (target is double t)
        {
            var x = LabelWidth + (t / max * BarArea);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"0\" y2=\"{height - 22}\" stroke=\"#d5281b\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{height - 6}\" text-anchor=\"middle\" fill=\"#d5281b\">{enc.Encode("Target " + targetText)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Shorten(string label) => label.Length <= 28 ? label : label[..26] + "…";
}
