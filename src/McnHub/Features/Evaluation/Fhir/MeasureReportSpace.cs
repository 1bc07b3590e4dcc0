using System.Globalization;
using McnHub.Features.Evaluation.Indicators;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Fhir;

/// <summary>One report: an indicator for a subject and a period, with its FHIR id.</summary>
internal sealed record ReportKey(Indicator Indicator, Subject Subject, Period Period, string Id);

/// <summary>
/// The MeasureReports that exist: every active indicator × subject (the network, each area organisations serve, each
/// organisation assigned a dataset or with a return) × quarter from the first quarter with a return to the last
/// quarter ended (years too, by read). Only the lists are loaded (indicators, subject names); values are computed for
/// the reports a request returns, so a search is as cheap as its page whatever the total.
/// Ids: <c>{measure}.network.{period}</c>, <c>{measure}.area.{areaId}.{period}</c>, <c>{measure}.org.{organisationId}.{period}</c>,
/// where {measure} is the indicator's code with characters not allowed in FHIR ids ("_") as "-" (PCT_ACP → PCT-ACP),
/// or its Measure id when the code is longer than 40 characters or two codes would read the same. Codes start with a
/// letter, so a Measure id (digits) never reads as a code.
/// </summary>
internal sealed class MeasureReportSpace
{
    private const int MaxKeyLength = 40;

    private MeasureReportSpace(IReadOnlyList<(Indicator Indicator, string Key)> indicators, IReadOnlyList<Subject> subjects, Period? first, Period last, string networkName)
    {
        Indicators = indicators;
        Subjects = subjects;
        First = first;
        Last = last;
        NetworkName = networkName;
    }

    /// <summary>Active indicators by name, with the first segment of their reports' ids.</summary>
    public IReadOnlyList<(Indicator Indicator, string Key)> Indicators { get; }

    /// <summary>The network, then areas by name, then organisations by name.</summary>
    public IReadOnlyList<Subject> Subjects { get; }

    /// <summary>The first quarter with a return (null: no returns, so no reports).</summary>
    public Period? First { get; }

    public Period Last { get; }

    public string NetworkName { get; }

    /// <summary>The quarters served, latest first.</summary>
    public IReadOnlyList<Period> Quarters()
    {
        var quarters = new List<Period>();
        for (var p = Last; First is { } first && p >= first; p = p.Previous)
        {
            quarters.Add(p);
        }

        return quarters;
    }

    public static async Task<MeasureReportSpace> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var indicators = await db.Set<Indicator>().AsNoTracking().Where(i => i.Active).OrderBy(i => i.Name).ThenBy(i => i.Id).ToListAsync(ct);
        var networkName = await db.Set<NetworkSettings>().Select(n => n.Name).FirstOrDefaultAsync(ct) ?? "The network";
        var served = db.Set<OrganisationArea>().Select(l => l.AreaId);
        var areas = await db.Set<Area>().AsNoTracking().Where(a => served.Contains(a.Id))
            .OrderBy(a => a.Name).ThenBy(a => a.Id).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var assigned = db.Set<DatasetAssignment>().Select(a => a.OrganisationId);
        var returned = db.Set<DataReturn>().Select(r => r.OrganisationId);
        var organisations = await db.Set<Organisation>().AsNoTracking().Where(o => assigned.Contains(o.Id) || returned.Contains(o.Id))
            .OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var firstStart = await db.Set<DataReturn>().MinAsync(r => (DateOnly?)r.PeriodStart, ct);
        var last = IndicatorValues.LastCompleteQuarter();

        var subjects = new List<Subject> { new(IndicatorLevel.Network, null, networkName) };
        subjects.AddRange(areas.Select(a => new Subject(IndicatorLevel.Area, a.Id, a.Name)));
        subjects.AddRange(organisations.Select(o => new Subject(IndicatorLevel.Organisation, o.Id, o.Name)));
        Period? first = firstStart is { } start ? Period.Containing(PeriodType.Quarterly, start) : null;
        return new MeasureReportSpace(Keys(indicators), subjects, first is { } f && f <= last ? f : null, last, networkName);
    }

    public static string Id(string key, Subject subject, Period period) => subject.Level switch
    {
        IndicatorLevel.Network => $"{key}.network.{period.Id}",
        IndicatorLevel.Area => string.Create(CultureInfo.InvariantCulture, $"{key}.area.{subject.Id}.{period.Id}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{key}.org.{subject.Id}.{period.Id}"),
    };

    /// <summary>The report an id names, or null when there is none (malformed, unknown indicator or subject, a period not served).</summary>
    public ReportKey? Find(string id)
    {
        var parts = id.Split('.');
        if (parts.Length is not (3 or 4) || First is not { } first)
        {
            return null;
        }

        var (level, subjectText) = parts.Length == 3
            ? (parts[1] == "network" ? IndicatorLevel.Network : (IndicatorLevel?)null, (string?)null)
            : (parts[1] switch { "area" => IndicatorLevel.Area, "org" => IndicatorLevel.Organisation, _ => (IndicatorLevel?)null }, parts[2]);
        int? subjectId = null;
        if (subjectText is not null)
        {
            subjectId = int.TryParse(subjectText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            if (subjectId is null)
            {
                return null;
            }
        }

        var indicator = Indicators.FirstOrDefault(i => i.Key == parts[0]);
        var subject = Subjects.FirstOrDefault(s => s.Level == level && s.Id == subjectId);
        if (level is null || indicator.Indicator is null || subject is null || !Period.TryParse(parts[^1], out var period))
        {
            return null;
        }

        var served = period.Type switch
        {
            PeriodType.Quarterly => period >= first && period <= Last,
            PeriodType.Yearly => period.End >= first.Start && period.End <= Last.End,
            _ => false,
        };
        var key = new ReportKey(indicator.Indicator, subject, period, Id(indicator.Key, subject, period));
        // One id per report: other spellings (2026q1, a Measure id where the code is used) are not found.
        return served && key.Id == id ? key : null;
    }

    private static List<(Indicator, string)> Keys(List<Indicator> indicators)
    {
        var codes = indicators.Select(i => Readable(i.Code)).ToList();
        return
        [
            .. indicators.Select((indicator, n) =>
            {
                var code = codes[n];
                var usable = code.Length is > 0 and <= MaxKeyLength && char.IsAsciiLetter(code[0]) && codes.Count(c => c == code) == 1;
                return (indicator, usable ? code : indicator.Id.ToString(CultureInfo.InvariantCulture));
            }),
        ];
    }

    /// <summary>FHIR ids allow letters, digits, "-" and ".": "." separates the id's parts, so anything else in a code becomes "-".</summary>
    private static string Readable(string code) =>
        string.Concat(code.Trim().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
