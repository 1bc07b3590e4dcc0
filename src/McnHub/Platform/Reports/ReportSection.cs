using McnHub.Platform.Export;

namespace McnHub.Platform.Reports;

/// <summary>
/// A module's contribution to the network's quarterly and annual reports. Each module registers one
/// implementation (<c>services.AddScoped&lt;IReportSectionSource, X&gt;()</c>); the report pages render every
/// section the same way (headings, paragraphs, tables — on screen, in print and as PDF), and every table is also
/// downloadable as CSV and Excel.
/// </summary>
public interface IReportSectionSource
{
    /// <summary>Where the section sits in the report: lower comes first (evaluation 100, governance 200,
    /// directory 300, standards 400, training 500).</summary>
    int Order { get; }

    /// <summary>The section for the period, or null when the module has nothing to say for it.</summary>
    Task<ReportSection?> BuildAsync(ReportPeriod period, CancellationToken ct);
}

/// <summary>The period a report covers: a quarter or a (financial) year, as UK calendar dates, both inclusive.</summary>
public sealed record ReportPeriod(string Label, DateOnly Start, DateOnly End, bool IsAnnual);

/// <summary>
/// A titled part of a report. <see cref="Key"/> is a short stable name (e.g. "governance") used in download
/// links; tables are named within the section.
/// </summary>
public sealed record ReportSection(string Key, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<Table> Tables);
