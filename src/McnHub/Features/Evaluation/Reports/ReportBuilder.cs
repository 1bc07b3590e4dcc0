using System.Globalization;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Reports;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Reports;

/// <summary>A whole report: the network's aims and membership first, then every module's section in order.</summary>
public sealed record Report(string Title, ReportPeriod Period, string NetworkName, IReadOnlyList<ReportSection> Sections)
{
    public ReportSection? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);
}

/// <summary>Builds the quarterly and annual reports from the network settings, membership and every <see cref="IReportSectionSource"/>.</summary>
public sealed class ReportBuilder(AppDbContext db, IEnumerable<IReportSectionSource> sources, ILogger<ReportBuilder> logger)
{
    /// <summary>
    /// "2026Q1" → a quarter; "2025" → the reporting year starting in 2025 in <paramref name="yearStartMonth"/>
    /// (April: April 2025 to March 2026, the UK financial year 2025/26; January: the calendar year); null when the id
    /// is neither.
    /// </summary>
    public static ReportPeriod? ParsePeriod(string? id, bool annual, int yearStartMonth = NetworkSettings.DefaultReportingYearStartMonth)
    {
        if (!Period.TryParse(id, out var period) || period.Type != (annual ? PeriodType.Yearly : PeriodType.Quarterly))
        {
            return null;
        }

        if (!annual)
        {
            return new ReportPeriod($"{period.Id} ({period.Name})", period.Start, period.End, false);
        }

        var start = new DateOnly(period.Year, yearStartMonth is >= 1 and <= 12 ? yearStartMonth : 1, 1);
        var end = start.AddYears(1).AddDays(-1);
        var british = CultureInfo.GetCultureInfo("en-GB");
        var label = start.Month == 1
            ? $"{period.Year} (January to December)"
            : $"{start.Year}/{end.Year % 100:00} ({start.ToString("MMMM yyyy", british)} to {end.ToString("MMMM yyyy", british)})";
        return new ReportPeriod(label, start, end, true);
    }

    /// <summary>The id of a report period: the quarter, or the year its reporting year starts in.</summary>
    public static string IdOf(ReportPeriod period) =>
        period.IsAnnual ? period.Start.Year.ToString(CultureInfo.InvariantCulture) : Period.Containing(PeriodType.Quarterly, period.Start).Id;

    /// <summary>The reporting year that <paramref name="day"/> falls in, by the year it starts in.</summary>
    public static int ReportingYearOf(DateOnly day, int yearStartMonth) => day.Month >= yearStartMonth ? day.Year : day.Year - 1;

    /// <summary>The month the network's reporting year starts (April unless the co-ordinator set another).</summary>
    public async Task<int> YearStartMonthAsync(CancellationToken ct) =>
        (await db.Set<NetworkSettings>().AsNoTracking().FirstOrDefaultAsync(ct))?.ReportingYearStart ?? NetworkSettings.DefaultReportingYearStartMonth;

    public async Task<Report> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var network = await db.Set<NetworkSettings>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new NetworkSettings();
        var sections = new List<ReportSection> { Aims(network), await MembershipAsync(period, ct) };
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            // One module's failure must not cost the whole report; the reader is told a part is missing.
            try
            {
                if (await source.BuildAsync(period, ct) is { } section)
                {
                    sections.Add(section);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Report section {Source} failed for {Period}", source.GetType().Name, period.Label);
                sections.Add(new ReportSection(source.GetType().Name.ToLowerInvariant(), "A section could not be produced", ["Part of this report could not be produced; the co-ordinator has been told through the logs."], []));
            }
        }

        var kind = period.IsAnnual ? "Annual report" : "Quarterly report";
        return new Report($"{kind}: {period.Label}", period, network.Name, sections);
    }

    private static ReportSection Aims(NetworkSettings network)
    {
        var paragraphs = new List<string>();
        if (!string.IsNullOrWhiteSpace(network.Aims))
        {
            paragraphs.Add(network.Aims);
        }

        var objectives = network.ObjectiveList.Select((o, i) => (IReadOnlyList<object?>)[i + 1, o]).ToList();
        var tables = objectives.Count == 0 ? new List<Table>() : [new Table("Objectives", ["Number", "Objective"], objectives)];
        if (paragraphs.Count == 0 && objectives.Count == 0)
        {
            paragraphs.Add("The network's aims have not been written yet.");
        }

        return new ReportSection("aims", "Aims and objectives", paragraphs, tables);
    }

    /// <summary>Member organisations at the end of the period (joined by then, not left by then), by type and sector.</summary>
    private async Task<ReportSection> MembershipAsync(ReportPeriod period, CancellationToken ct)
    {
        var orgs = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Status == MembershipStatus.Member || o.Status == MembershipStatus.Lapsed || o.Status == MembershipStatus.Left)
            .Select(o => new { o.Type, o.Sector, o.JoinedOn, o.LeftOn, o.Status })
            .ToListAsync(ct);
        var members = orgs.Where(o => o.JoinedOn is DateOnly joinedOn
                ? joinedOn <= period.End && (o.LeftOn is null || o.LeftOn > period.End)
                : o.Status == MembershipStatus.Member).ToList();
        var joined = orgs.Count(o => o.JoinedOn >= period.Start && o.JoinedOn <= period.End);
        var left = orgs.Count(o => o.LeftOn >= period.Start && o.LeftOn <= period.End);
        var byType = members.GroupBy(o => o.Type).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<object?>)[OrganisationRules.Describe(g.Key), g.Count(o => o.Sector == Sector.Nhs), g.Count(o => o.Sector == Sector.NonNhs), g.Count()])
            .ToList();
        byType.Add(["All types", members.Count(o => o.Sector == Sector.Nhs), members.Count(o => o.Sector == Sector.NonNhs), members.Count]);
        var summary = string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{members.Count} member organisations at the end of the period; {joined} joined and {left} left during it.");
        return new ReportSection("membership", "Membership", [summary], [new Table("Member organisations by type and sector", ["Type", "NHS", "Non-NHS", "Total"], byType)]);
    }
}
