using System.ComponentModel;
using System.Security.Claims;
using McnHub.Platform.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace McnHub.Features.Evaluation.Indicators;

public sealed record IndicatorDto(string Code, string Name, string? Description, string Numerator, string? NumeratorDescription, string Denominator, string? DenominatorDescription, int Factor, int Decimals, double? Target, string Direction)
{
    public static IndicatorDto From(Indicator i) =>
        new(i.Code, i.Name, i.Description, i.Numerator, i.NumeratorDescription, i.Denominator, i.DenominatorDescription, i.Factor, i.Decimals, i.Target, i.Direction.ToString());
}

/// <param name="Value">Null when there is no data or the figure is suppressed.</param>
/// <param name="Display">As shown on the dashboards: "68.2%", "&lt;5", "suppressed", "no data".</param>
public sealed record IndicatorValueDto(string Level, int? SubjectId, string Subject, string Period, string PeriodStart, string PeriodEnd, double? Value, double? Numerator, double? Denominator, bool Suppressed, string Display);

public sealed record IndicatorValuesResponse(string Indicator, string Level, string From, string To, bool RollingYear, bool IncludesSubmitted, IReadOnlyList<IndicatorValueDto> Values);

/// <summary>
/// <c>/api/v1/indicators</c>: the indicators' definitions, and their values per organisation, area or the network
/// for a sign-in cookie or a read token. Values are suppressed by the caller's rights, as on the dashboards.
/// </summary>
public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/indicators").WithTags("Indicators").RequireAuthorization(TokenScopes.Read);
        group.MapGet("", ListAsync).WithName("ListIndicators").WithSummary("List active indicators with their definitions");
        group.MapGet("/{code}/values", ValuesAsync).WithName("IndicatorValues").WithSummary("An indicator's values per period for organisations, areas or the network");
        return app;
    }

    public static async Task<Ok<List<IndicatorDto>>> ListAsync(IndicatorValues values, CancellationToken ct) =>
        TypedResults.Ok((await values.ActiveAsync(ct)).Select(IndicatorDto.From).ToList());

    public static async Task<Results<Ok<IndicatorValuesResponse>, ValidationProblem, NotFound<string>>> ValuesAsync(
        string code,
        IndicatorValues values,
        ClaimsPrincipal user,
        [Description("organisation, area or network (default network)")] string? level,
        [Description("First period: 2026Q1, 2026 or 2026-03 (default: 8 periods before 'to')")] string? from,
        [Description("Last period, the same kind as 'from' (default: the last quarter ended)")] string? to,
        [Description("true: each value covers the year ending with its period")] bool? rollingYear,
        [Description("true: count submitted returns as well as approved ones (co-ordinator only)")] bool? includeSubmitted,
        CancellationToken ct)
    {
        var errors = IndicatorQuery.ParsePeriods(from, to, out var fromPeriod, out var toPeriod, IndicatorValues.LastCompleteQuarter(), 8);
        IndicatorLevel parsedLevel = IndicatorLevel.Network;
        if (!string.IsNullOrWhiteSpace(level) && !TryParseLevel(level, out parsedLevel))
        {
            errors["level"] = [$"'{level}' is not a level: use organisation, area or network."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid");
        }

        var indicator = await values.FindAsync(code, ct);
        if (indicator is null)
        {
            return TypedResults.NotFound($"There is no active indicator '{code}'.");
        }

        var viewer = Viewer.For(user);
        var submitted = includeSubmitted == true && viewer.SeesEverything;
        var query = new IndicatorQuery(parsedLevel, fromPeriod, toPeriod, rollingYear == true, submitted);
        var shown = await values.ShownAsync(indicator, query, viewer, ct);
        var dtos = shown.Select(s => new IndicatorValueDto(
            Level(s.Value.Subject.Level), s.Value.Subject.Id, s.Value.Subject.Name, s.Value.Period.Id,
            query.Window(s.Value.Period).Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.Value.Period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.Shown.Value, s.Shown.Numerator, s.Shown.Denominator, s.Shown.Suppressed, s.Shown.Text)).ToList();
        return TypedResults.Ok(new IndicatorValuesResponse(indicator.Code, Level(parsedLevel), fromPeriod.Id, toPeriod.Id, query.RollingYear, submitted, dtos));
    }

    public static bool TryParseLevel(string? text, out IndicatorLevel level)
    {
        level = IndicatorLevel.Network;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "organisation" or "organization":
                level = IndicatorLevel.Organisation;
                return true;
            case "area":
                level = IndicatorLevel.Area;
                return true;
            case "network":
                return true;
            default:
                return false;
        }
    }

    public static string Level(IndicatorLevel level) => level.ToString().ToLowerInvariant();
}
