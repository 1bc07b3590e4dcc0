using System.Globalization;
using McnHub.Features.Account;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Training.Model;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Training.Manage;

/// <summary>
/// The UK calendar days a session covers: a study day or conference may run over several, and its programme items
/// are timed on one of them. A session ending at midnight does not cover the day it ends on.
/// </summary>
public static class ProgrammeDays
{
    private const string ValueFormat = "yyyy-MM-dd";

    public static List<DateOnly> Of(TrainingSession session)
    {
        var first = MeetingTime.UkDate(session.StartsAt);
        var last = MeetingTime.UkDate(session.EndsAt);
        if (last > first && TimeOnly.FromDateTime(UkTime.FromUtc(session.EndsAt)) == TimeOnly.MinValue)
        {
            last = last.AddDays(-1);
        }

        var days = new List<DateOnly>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            days.Add(day);
        }

        return days;
    }

    public static bool SpansDays(TrainingSession session) => Of(session).Count > 1;

    public static string Value(DateOnly day) => day.ToString(ValueFormat, CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ValueFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>"Day 2: Saturday 2 May 2027".</summary>
    public static string Label(TrainingSession session, DateOnly day) =>
        $"Day {Of(session).IndexOf(day) + 1}: {day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}";

    public static List<SelectListItem> Choices(TrainingSession session) =>
        [.. Of(session).Select(d => new SelectListItem(Label(session, d), Value(d)))];

    /// <summary>The day (UK) an item is timed on, or null for an untimed item.</summary>
    public static DateOnly? DayOf(ProgrammeItem item) => item.StartsAt is { } at ? MeetingTime.UkDate(at) : null;
}
