using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace McnHub.Features.Evaluation;

public enum PeriodType
{
    Monthly,
    Quarterly,
    Yearly,
}

/// <summary>
/// A reporting period with an ISO-like id: "2026-03" (month), "2026Q1" (quarter), "2026" (year). Stored by its id;
/// returns also store its start and end dates so aggregation can range over them.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(PeriodType type, int year, int index)
    {
        Type = type;
        Year = year;
        Index = index;
    }

    public PeriodType Type { get; }

    public int Year { get; }

    /// <summary>Month 1–12, quarter 1–4, or 1 for a year.</summary>
    public int Index { get; }

    public string Id => Type switch
    {
        PeriodType.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
        PeriodType.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}Q{Index}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public DateOnly Start => Type switch
    {
        PeriodType.Monthly => new DateOnly(Year, Index, 1),
        PeriodType.Quarterly => new DateOnly(Year, ((Index - 1) * 3) + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day of the period (inclusive).</summary>
    public DateOnly End => Next.Start.AddDays(-1);

    public Period Previous => Shift(-1);

    public Period Next => Shift(1);

    /// <summary>The same period a year earlier (for "same quarter last year" comparisons).</summary>
    public Period YearBefore => new(Type, Year - 1, Index);

    /// <summary>A readable name: "March 2026", "January to March 2026", "2026".</summary>
    public string Name => Type switch
    {
        PeriodType.Monthly => Start.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
        PeriodType.Quarterly => $"{Start.ToString("MMMM", CultureInfo.GetCultureInfo("en-GB"))} to {End.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    public static Period Month(int year, int month) => Create(PeriodType.Monthly, year, month);

    public static Period Quarter(int year, int quarter) => Create(PeriodType.Quarterly, year, quarter);

    public static Period OfYear(int year) => Create(PeriodType.Yearly, year, 1);

    public static Period Create(PeriodType type, int year, int index)
    {
        var max = type switch { PeriodType.Monthly => 12, PeriodType.Quarterly => 4, _ => 1 };
        if (year is < 1900 or > 9998 || index < 1 || index > max)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"No {type} period {year}/{index}.");
        }

        return new Period(type, year, index);
    }

    /// <summary>The period of the given type that contains the date.</summary>
    public static Period Containing(PeriodType type, DateOnly date) => type switch
    {
        PeriodType.Monthly => Month(date.Year, date.Month),
        PeriodType.Quarterly => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
        _ => OfYear(date.Year),
    };

    /// <summary>Every period of the type from the one containing <paramref name="from"/> to the one containing <paramref name="to"/>.</summary>
    public static IEnumerable<Period> Range(PeriodType type, DateOnly from, DateOnly to)
    {
        for (var p = Containing(type, from); p.Start <= to; p = p.Next)
        {
            yield return p;
        }
    }

    public static Period Parse(string id) =>
        TryParse(id, out var period) ? period : throw new FormatException($"'{id}' is not a period (use 2026-03, 2026Q1 or 2026).");

    public static bool TryParse([NotNullWhen(true)] string? id, out Period period)
    {
        period = default;
        var s = id?.Trim().ToUpperInvariant() ?? "";
        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900)
        {
            return false;
        }

        var rest = s.AsSpan(4);
        if (rest.Length == 0)
        {
            period = new Period(PeriodType.Yearly, year, 1);
            return true;
        }

        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            period = new Period(PeriodType.Quarterly, year, rest[1] - '0');
            return true;
        }

        if (rest.Length == 3 && rest[0] == '-' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = new Period(PeriodType.Monthly, year, month);
            return true;
        }

        return false;
    }

    public int CompareTo(Period other) => Start != other.Start ? Start.CompareTo(other.Start) : Type.CompareTo(other.Type);

    public static bool operator <(Period a, Period b) => a.CompareTo(b) < 0;

    public static bool operator >(Period a, Period b) => a.CompareTo(b) > 0;

    public static bool operator <=(Period a, Period b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Period a, Period b) => a.CompareTo(b) >= 0;

    public override string ToString() => Id;

    private Period Shift(int by)
    {
        var per = Type switch { PeriodType.Monthly => 12, PeriodType.Quarterly => 4, _ => 1 };
        var n = (Year * per) + (Index - 1) + by;
        return new Period(Type, n / per, (n % per) + 1);
    }
}
