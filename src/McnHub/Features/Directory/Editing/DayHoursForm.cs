using McnHub.Features.Directory.Services;

namespace McnHub.Features.Directory.Editing;

/// <summary>One day of the weekly grid: up to two periods, each an opening and a closing time as typed.</summary>
public sealed record DayHoursForm
{
    public DayOfWeek Day { get; init; }

    public string? Opens1 { get; set; }

    public string? Closes1 { get; set; }

    public string? Opens2 { get; set; }

    public string? Closes2 { get; set; }

    public static DayHoursForm From(DayOfWeek day, IEnumerable<OpeningHours> hours)
    {
        var periods = hours.Take(ServiceRules.MaxPeriodsPerDay).ToList();
        return new DayHoursForm
        {
            Day = day,
            Opens1 = periods.Count > 0 ? ServiceRules.FormatTime(periods[0].Opens) : null,
            Closes1 = periods.Count > 0 ? ServiceRules.FormatTime(periods[0].Closes) : null,
            Opens2 = periods.Count > 1 ? ServiceRules.FormatTime(periods[1].Opens) : null,
            Closes2 = periods.Count > 1 ? ServiceRules.FormatTime(periods[1].Closes) : null,
        };
    }

    private IEnumerable<(string Opens, string? OpensText, string Closes, string? ClosesText)> Slots()
    {
        yield return (nameof(Opens1), Opens1, nameof(Closes1), Closes1);
        yield return (nameof(Opens2), Opens2, nameof(Closes2), Closes2);
    }

    /// <summary>The periods entered (only valid ones; call <see cref="Validate"/> first).</summary>
    public IReadOnlyList<Period> Periods() =>
        Slots()
            .Where(s => !string.IsNullOrWhiteSpace(s.OpensText) || !string.IsNullOrWhiteSpace(s.ClosesText))
            .Select(s => ServiceRules.TryParseTime(s.OpensText, out var o) && ServiceRules.TryParseTime(s.ClosesText, out var c) ? new Period(o, c) : (Period?)null)
            .OfType<Period>()
            .ToList();

    public IEnumerable<(string Key, string Message)> Validate(string prefix)
    {
        var day = ServiceRules.DayName(Day);
        var slotKeys = new List<string>();
        var incomplete = false;
        var i = 0;
        foreach (var slot in Slots())
        {
            var which = ServiceRules.Ordinal(i++);
            var hasOpens = !string.IsNullOrWhiteSpace(slot.OpensText);
            var hasCloses = !string.IsNullOrWhiteSpace(slot.ClosesText);
            if (!hasOpens && !hasCloses)
            {
                continue;
            }

            slotKeys.Add($"{prefix}.{slot.Opens}");
            if (!hasOpens || !hasCloses)
            {
                incomplete = true;
                yield return ($"{prefix}.{(hasOpens ? slot.Closes : slot.Opens)}", $"{day}, {which} period: enter both an opening and a closing time");
                continue;
            }

            if (!ServiceRules.TryParseTime(slot.OpensText, out _))
            {
                incomplete = true;
                yield return ($"{prefix}.{slot.Opens}", $"{day}, {which} period: enter the opening time as hours and minutes, like 09:00");
            }

            if (!ServiceRules.TryParseTime(slot.ClosesText, out _))
            {
                incomplete = true;
                yield return ($"{prefix}.{slot.Closes}", $"{day}, {which} period: enter the closing time as hours and minutes, like 17:30");
            }
        }

        if (incomplete)
        {
            yield break;
        }

        foreach (var (index, message) in ServiceRules.CheckDay(Day, Periods()))
        {
            yield return (slotKeys[Math.Min(index, slotKeys.Count - 1)], message);
        }
    }
}
