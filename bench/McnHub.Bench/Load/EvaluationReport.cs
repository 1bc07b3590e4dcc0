using System.Globalization;
using System.Text;

namespace McnHub.Bench.Load;

/// <summary>
/// The evaluation results, each app figure beside the raw SQL of the same work and as a ratio to it, checked against
/// the targets: indicator values within 2× of the raw SQL and under 200 ms; the entry form under 50 ms.
/// Cold and warm are judged separately (warm answers may come from the indicator cache).
/// </summary>
public static class EvaluationReport
{
    public const double MaxRatio = 2;
    public const double IndicatorMs = 200;
    public const double EntryFormMs = 50;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] Headings =
        ["Endpoint", "Raw SQL median / p99 ms", "Cold median / p99 ms", "Cold ÷ SQL", "Warm p50 / p99 ms", "Warm ÷ SQL", "App CPU ms/request (warm)", "Target", "Cold", "Warm"];

    public static string Describe(EvaluationTarget target) => target == EvaluationTarget.EntryForm
        ? $"< {EntryFormMs:0} ms"
        : $"≤ {MaxRatio:0}× SQL and < {IndicatorMs:0} ms";

    public static bool Met(EvaluationTarget target, double ms, double sqlMs) => target == EvaluationTarget.EntryForm
        ? ms < EntryFormMs
        : ms < IndicatorMs && ms <= MaxRatio * sqlMs;

    public static IReadOnlyList<string[]> Rows(IReadOnlyList<EvaluationMeasure> measured) =>
    [
        .. measured.Select(m => new[]
        {
            m.Name,
            $"{F(m.Sql.Median)} / {F(m.Sql.P99)}",
            m.Cold is { } c ? $"{F(c.Median)} / {F(c.P99)}" : "no cache",
            m.Cold is { } c2 ? Ratio(c2.Median, m.Sql.Median) : "",
            $"{F(m.Warm.P50)} / {F(m.Warm.P99)}" + (m.Warm.Errors > 0 ? $" ({m.Warm.Errors} errors)" : ""),
            Ratio(m.Warm.P50, m.Sql.Median),
            m.CpuMsPerRequest?.ToString("0.00", Invariant) ?? "",
            Describe(m.Target),
            m.Cold is { } c3 ? Verdict(Met(m.Target, c3.Median, m.Sql.Median)) : "",
            Verdict(m.Warm.Errors == 0 && Met(m.Target, m.Warm.P50, m.Sql.Median)),
        }),
    ];

    public static string Text(IReadOnlyList<EvaluationMeasure> measured)
    {
        var rows = Rows(measured);
        var widths = Headings.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(string[] cells) => text.AppendLine(string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());
        Line(Headings);
        foreach (var row in rows)
        {
            Line(row);
        }

        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<EvaluationMeasure> measured, string settings)
    {
        var text = new StringBuilder()
            .AppendLine(Invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Report.Machine()}; {settings}.")
            .AppendLine()
            .AppendLine("| " + string.Join(" | ", Headings) + " |")
            .AppendLine("|" + string.Join("|", Headings.Select((_, i) => i is 0 or 7 ? "---" : "---:")) + "|");
        foreach (var row in Rows(measured))
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        return text.ToString();
    }

    private static string F(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", Invariant);

    private static string Ratio(double ms, double sqlMs) => sqlMs > 0 ? (ms / sqlMs).ToString("0.00", Invariant) + "×" : "";

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
