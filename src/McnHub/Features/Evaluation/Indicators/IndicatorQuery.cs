using System.Globalization;

namespace McnHub.Features.Evaluation.Indicators;

public enum IndicatorLevel
{
    Organisation,
    Area,
    Network,
}

/// <summary>What to compute: for which level (and optionally one subject), which periods, and from which returns.</summary>
/// <param name="OutputType">The periods values are given for (a quarter, a year; monthly data adds up into them).</param>
/// <param name="RollingYear">Each value covers the year ending with its period instead of the period alone.</param>
/// <param name="IncludeSubmitted">Count submitted (not yet approved) returns too.</param>
public sealed record IndicatorQuery(
    IndicatorLevel Level,
    Period From,
    Period To,
    bool RollingYear = false,
    bool IncludeSubmitted = false,
    int? SubjectId = null)
{
    public PeriodType OutputType => From.Type;

    public IEnumerable<Period> Periods()
    {
        for (var p = From; p <= To; p = p.Next)
        {
            yield return p;
        }
    }

    /// <summary>The dates of data a value for <paramref name="period"/> covers.</summary>
    public (DateOnly Start, DateOnly End) Window(Period period) =>
        RollingYear ? (period.End.AddDays(1).AddYears(-1), period.End) : (period.Start, period.End);

    /// <summary>Checks "from"/"to" as typed (2026Q1, 2026, 2026-03); errors keyed by parameter, for problem details.</summary>
    public static Dictionary<string, string[]> ParsePeriods(string? from, string? to, out Period fromPeriod, out Period toPeriod, Period defaultTo, int defaultCount)
    {
        var errors = new Dictionary<string, string[]>();
        fromPeriod = default;
        toPeriod = defaultTo;
        if (!string.IsNullOrWhiteSpace(to) && !Period.TryParse(to, out toPeriod))
        {
            errors["to"] = [$"'{to}' is not a period: use a quarter (2026Q1), a year (2026) or a month (2026-03)."];
        }

        if (!string.IsNullOrWhiteSpace(from) && !Period.TryParse(from, out fromPeriod))
        {
            errors["from"] = [$"'{from}' is not a period: use a quarter (2026Q1), a year (2026) or a month (2026-03)."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (string.IsNullOrWhiteSpace(from))
        {
            fromPeriod = Period.Create(toPeriod.Type, toPeriod.Year, toPeriod.Index);
            for (var i = 1; i < defaultCount; i++)
            {
                fromPeriod = fromPeriod.Previous;
            }
        }
        else if (string.IsNullOrWhiteSpace(to))
        {
            toPeriod = Period.Containing(fromPeriod.Type, defaultTo.End);
        }

        if (fromPeriod.Type != toPeriod.Type)
        {
            errors["to"] = ["'from' and 'to' must be the same kind of period (both quarters, both years or both months)."];
        }
        else if (fromPeriod > toPeriod)
        {
            errors["from"] = ["'from' must not be after 'to'."];
        }
        else if (Span(fromPeriod, toPeriod) > 240)
        {
            errors["from"] = [string.Create(CultureInfo.InvariantCulture, $"At most 240 periods at a time; this asks for {Span(fromPeriod, toPeriod)}.")];
        }

        return errors;
    }

    private static int Span(Period from, Period to) => from.Type switch
    {
        PeriodType.Monthly => ((to.Year - from.Year) * 12) + to.Index - from.Index + 1,
        PeriodType.Quarterly => ((to.Year - from.Year) * 4) + to.Index - from.Index + 1,
        _ => to.Year - from.Year + 1,
    };
}

/// <summary>An organisation, an area or the network.</summary>
public sealed record Subject(IndicatorLevel Level, int? Id, string Name)
{
    /// <summary>The organisation whose figure this is (for suppression: its own people see it in full).</summary>
    public int? OrganisationId => Level == IndicatorLevel.Organisation ? Id : null;
}

/// <summary>One computed value; <see cref="Value"/> null is "no data" (nothing returned, or a zero or missing denominator).</summary>
public sealed record IndicatorValue(string IndicatorCode, Subject Subject, Period Period, double? Numerator, double? Denominator, double? Value)
{
    public Figure ToFigure() => new(Subject.OrganisationId, Value, Numerator, Denominator);
}
