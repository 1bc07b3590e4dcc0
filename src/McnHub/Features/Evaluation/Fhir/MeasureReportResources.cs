using Hl7.Fhir.Model;
using McnHub.Features.Evaluation.Indicators;
using McnHub.Features.Interop.Fhir;
using McnHub.Features.Interop.Fhir.Resources;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Evaluation.Fhir;

/// <summary>
/// MeasureReport (type summary): an active indicator's value for the network, an area or an organisation, per quarter
/// (and per year, by read), computed by the indicator engine from approved returns only, with the same small-number
/// suppression for the caller as the JSON indicators API (<see cref="IndicatorValues"/>). Sign-in needed, as for the
/// API; the co-ordinator sees every figure, an organisation's submitters and leads its own in full. Searches list
/// reports by indicator (name), then period (latest first), then subject (network, areas, organisations), and compute
/// only the page's values. See <see cref="MeasureReportSpace"/> for the ids.
/// </summary>
internal sealed class MeasureReportResources : FhirResourceProvider
{
    public override string Type => "MeasureReport";

    public override string Documentation =>
        "Indicator values (type summary) per active indicator (Measure) × subject (the network Organization/network, areas " +
        "Location/area-{id}, organisations Organization/{id}) × quarter, from the first quarter with a return to the last quarter ended; " +
        "reads also serve whole years. Id {code}.network.{period}, {code}.area.{id}.{period} or {code}.org.{id}.{period} (code with _ as -, " +
        "period 2026Q1 or 2026). Approved returns only. Sign-in needed; small numbers are suppressed as in the indicators API: withheld " +
        "figures are left out with a data-absent-reason extension (masked; unknown or not-a-number when there is no data).";

    public override bool RequiresSignIn => true;

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("measure", SearchParamType.Reference, "The indicator: Measure/id, id, or the Measure's url."),
        new("subject", SearchParamType.Reference, "Organization/network (the network), Organization/id (an organisation) or Location/area-{id} (an area); a bare id (network, 12, area-3) names the same."),
        new("period", SearchParamType.Date, "The reporting quarter, compared as a range; prefixes eq (the quarter lies within the date), ge, gt, le, lt."),
    ];

    public override async Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        var viewer = Caller(context);
        var space = await MeasureReportSpace.LoadAsync(context.Db, cancellationToken);
        if (space.Find(id) is not { } key)
        {
            return null;
        }

        return (await ComputeAsync(context, space, viewer, [key], cancellationToken))[0];
    }

    public override async Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken)
    {
        var viewer = Caller(context);
        var space = await MeasureReportSpace.LoadAsync(context.Db, cancellationToken);
        IEnumerable<(Indicator Indicator, string Key)> indicators = space.Indicators;
        IEnumerable<Period> periods = space.Quarters();
        IEnumerable<Subject> subjects = space.Subjects;
        foreach (var criterion in request.Criteria)
        {
            switch (criterion.Param.Name)
            {
                case "measure":
                    var ids = MeasureIds(criterion);
                    indicators = indicators.Where(i => ids.Contains(i.Indicator.Id));
                    break;
                case "subject":
                    var wanted = Subjects(criterion);
                    subjects = subjects.Where(s => wanted.Contains((s.Level, s.Id)));
                    break;
                case "period":
                    var ranges = criterion.Values.Select(v => FhirDateRange.Parse("period", v)).ToList();
                    periods = periods.Where(p => ranges.Any(r => Matches(r, p)));
                    break;
            }
        }

        var (i, p, s) = (indicators.ToList(), periods.ToList(), subjects.ToList());
        // Indicator × period × subject, in that order: the page's reports are found by arithmetic, never listed whole.
        var total = (long)i.Count * p.Count * s.Count;
        var keys = new List<ReportKey>();
        for (var n = request.Skip; n < Math.Min(total, request.Skip + request.Count); n++)
        {
            var (indicator, key) = i[(int)(n / ((long)p.Count * s.Count))];
            var (period, subject) = (p[(int)(n / s.Count % p.Count)], s[(int)(n % s.Count)]);
            keys.Add(new ReportKey(indicator, subject, period, MeasureReportSpace.Id(key, subject, period)));
        }

        var resources = keys.Count == 0 ? [] : await ComputeAsync(context, space, viewer, keys, cancellationToken);
        return new FhirSearchResult((int)Math.Min(total, int.MaxValue), resources);
    }

    /// <summary>The reports' values: one engine query per indicator, level and kind of period, over the periods they span.</summary>
    private static async Task<List<Resource>> ComputeAsync(FhirRequestContext context, MeasureReportSpace space, Viewer viewer, IReadOnlyList<ReportKey> keys, CancellationToken ct)
    {
        var values = (context.Services ?? throw new InvalidOperationException("MeasureReport needs the request's services.")).GetRequiredService<IndicatorValues>();
        var shown = new Dictionary<(string Code, IndicatorLevel Level, int? Subject, Period Period), ShownValue>();
        foreach (var batch in keys.GroupBy(k => (k.Indicator.Id, k.Subject.Level, k.Period.Type)))
        {
            var indicator = batch.First().Indicator;
            var areas = batch.Select(k => k.Subject.Id).Distinct().ToList();
            // One area alone is computed alone; organisations always as the whole table, which suppression needs.
            var subjectId = batch.Key.Level == IndicatorLevel.Area && areas.Count == 1 ? areas[0] : null;
            var query = new IndicatorQuery(batch.Key.Level, batch.Min(k => k.Period), batch.Max(k => k.Period), RollingYear: false, IncludeSubmitted: false, SubjectId: subjectId);
            foreach (var value in await values.ShownAsync(indicator, query, viewer, ct))
            {
                shown[(indicator.Code, value.Value.Subject.Level, value.Value.Subject.Id, value.Value.Period)] = value;
            }
        }

        var generated = MeasureReportMapping.Now();
        return
        [
            .. keys.Select(k => (Resource)MeasureReportMapping.ToFhir(
                k, shown.GetValueOrDefault((k.Indicator.Code, k.Subject.Level, k.Subject.Id, k.Period)), space.NetworkName, generated, context)),
        ];
    }

    /// <summary>Indicator values are for signed-in callers (the route already asks; this keeps a misrouted call from computing).</summary>
    private static Viewer Caller(FhirRequestContext context) =>
        context.User.Identity?.IsAuthenticated == true
            ? Viewer.For(context.User)
            : throw new FhirException(StatusCodes.Status401Unauthorized, OperationOutcome.IssueType.Login, "Indicator values need a sign-in.");

    private static HashSet<int> MeasureIds(FhirCriterion criterion) =>
    [
        .. criterion.References("Measure").Select(id =>
        {
            var plain = id.Split('|')[0];
            return int.TryParse(plain, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? number
                : throw FhirException.BadRequest($"measure refers to a Measure: use Measure/id, its id or the Measure's url, not \"{id}\".");
        }),
    ];

    /// <summary>
    /// Subjects named as Type/id, an absolute url ending so, or a bare id: ids differ across the types ("network",
    /// "12", "area-3"), so a bare id names one subject.
    /// </summary>
    private static HashSet<(IndicatorLevel, int?)> Subjects(FhirCriterion criterion)
    {
        var subjects = new HashSet<(IndicatorLevel, int?)>();
        foreach (var value in criterion.Values)
        {
            var segments = value.Split('/');
            var wellFormed = segments.Length <= 2 || value.Contains("://", StringComparison.Ordinal);
            var (type, id) = segments.Length >= 2 ? (segments[^2], segments[^1]) : (null, value);
            if (wellFormed && type is null or "Organization" && id == FhirCodes.NetworkId)
            {
                subjects.Add((IndicatorLevel.Network, null));
            }
            else if (wellFormed && type is null or "Organization" && TryParseId(id, "", out var organisation))
            {
                subjects.Add((IndicatorLevel.Organisation, organisation));
            }
            else if (wellFormed && type is null or "Location" && TryParseId(id, LocationResources.AreaPrefix, out var area))
            {
                subjects.Add((IndicatorLevel.Area, area));
            }
            else
            {
                throw FhirException.BadRequest($"subject must be Organization/network, Organization/id or Location/area-{{id}}, not \"{value}\".");
            }
        }

        return subjects;
    }

    /// <summary>
    /// A quarter against a date search value, both ranges (FHIR R4 date search on a Period): eq the value's range holds
    /// the quarter; gt/lt the quarter reaches after/before the value's range; ge/le as gt/lt, or eq.
    /// </summary>
    private static bool Matches(FhirDateRange range, Period quarter)
    {
        var start = quarter.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = quarter.Next.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var within = start >= range.From && end <= range.To;
        return range.Prefix switch
        {
            "gt" => end > range.To,
            "lt" => start < range.From,
            "ge" => end > range.To || within,
            "le" => start < range.From || within,
            _ => within,
        };
    }
}
