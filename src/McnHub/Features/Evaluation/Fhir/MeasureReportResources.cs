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
/// reports by indicator (name), then period (latest first), then whom they are for (network, areas, organisations), and compute
/// only the page's values. See <see cref="MeasureReportSpace"/> for the ids.
/// </summary>
internal sealed class MeasureReportResources : FhirResourceProvider
{
    public override string Type => "MeasureReport";

    public override string Documentation =>
        "Indicator values (type summary) per active indicator (Measure) × the network, each area and each organisation × quarter, " +
        "from the first quarter with a return to the last quarter ended; " +
        "reads also serve whole years. Id {code}.network.{period}, {code}.area.{id}.{period} or {code}.org.{id}.{period} (code with _ as -, " +
        "period 2026Q1 or 2026). Approved returns only. Sign-in needed; small numbers are suppressed as in the indicators API: withheld " +
        "figures are left out with a data-absent-reason extension (masked; unknown or not-a-number when there is no data). " +
        "As base R4 allows no Organization subject, an organisation's report names it as reporter (Organization/{id}) with no subject; " +
        "the network's report has reporter Organization/network and no subject; an area's report has subject Location/area-{id} " +
        "and reporter Organization/network.";

    public override bool RequiresSignIn => true;

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("measure", SearchParamType.Reference, "The indicator: Measure/id, id, or the Measure's url."),
        new("subject", SearchParamType.Reference, "An area: Location/area-{id} or area-{id} (other bare ids match nothing). Only area reports have a subject; for an organisation or the network use reporter (subject=Organization/... is refused with a 400 that says so)."),
        new("reporter", SearchParamType.Reference, "Organization/id (an organisation's reports) or Organization/network (the network's own report and its areas' reports, which the network reports); a bare id (12, network) names the same."),
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
                    var areas = Areas(criterion);
                    subjects = subjects.Where(s => s.Level == IndicatorLevel.Area && areas.Contains(s.Id ?? 0));
                    break;
                case "reporter":
                    var (network, organisations) = Reporters(criterion);
                    subjects = subjects.Where(s => s.Level == IndicatorLevel.Organisation ? organisations.Contains(s.Id ?? 0) : network);
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
    /// Areas named as Location/area-{id}, an absolute url ending so, or a bare area-{id} (other bare ids match nothing).
    /// Organisations and the network are never subjects (base R4 does not allow an Organization there): they are asked
    /// for by reporter, and subject=Organization/... is refused with a message that says so, rather than finding nothing.
    /// </summary>
    private static HashSet<int> Areas(FhirCriterion criterion)
    {
        var areas = new HashSet<int>();
        foreach (var value in criterion.Values)
        {
            var (type, id) = Split(value);
            if (type is null or "Location" && TryParseId(id, LocationResources.AreaPrefix, out var area))
            {
                areas.Add(area);
            }
            else if (type is null)
            {
                // A bare id names any type: no area has it (areas are area-{id}), so no report is about it.
                continue;
            }
            else if (type is "Organization")
            {
                throw FhirException.BadRequest(
                    $"subject is an area (Location/area-{{id}}): a MeasureReport's subject cannot be an Organization in R4. " +
                    $"For an organisation's or the network's reports use reporter=Organization/id or reporter=Organization/network, not subject=\"{value}\".");
            }
            else
            {
                throw FhirException.BadRequest($"subject must be Location/area-{{id}} (an area), not \"{value}\"; organisations and the network are searched by reporter.");
            }
        }

        return areas;
    }

    /// <summary>
    /// Reporters named as Organization/id, an absolute url ending so, or a bare id. The network reports its own figures
    /// and its areas', so naming it selects both, as the reports' reporter element reads.
    /// </summary>
    private static (bool Network, HashSet<int> Organisations) Reporters(FhirCriterion criterion)
    {
        var (network, organisations) = (false, new HashSet<int>());
        foreach (var value in criterion.Values)
        {
            var (type, id) = Split(value);
            if (type is null or "Organization" && id == FhirCodes.NetworkId)
            {
                network = true;
            }
            else if (type is null or "Organization" && TryParseId(id, "", out var organisation))
            {
                organisations.Add(organisation);
            }
            else
            {
                throw FhirException.BadRequest($"reporter must be Organization/id or Organization/network, not \"{value}\".");
            }
        }

        return (network, organisations);
    }

    /// <summary>Type/id, an absolute url ending so, or a bare id; a relative path with more segments is malformed (type "").</summary>
    private static (string? Type, string Id) Split(string value)
    {
        var segments = value.Split('/');
        return segments.Length switch
        {
            1 => (null, value),
            2 => (segments[0], segments[1]),
            _ => (value.Contains("://", StringComparison.Ordinal) ? segments[^2] : "", segments[^1]),
        };
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
