using System.Globalization;
using McnHub.Features.Account;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Training.Model;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace McnHub.Features.Training.Manage;

/// <summary>
/// A programme item as typed: times of day in UK time, both optional, on the day chosen when the session spans
/// several days (otherwise on its only day).
/// </summary>
public sealed class ProgrammeInput
{
    /// <summary>yyyy-MM-dd, one of <see cref="ProgrammeDays.Of"/>; only asked for when the session spans several days.</summary>
    public string? Day { get; set; }

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public string? Title { get; set; }

    public string? Speaker { get; set; }

    public string? Description { get; set; }

    public int Version { get; set; }

    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH.mm", "H.mm", "HH:mm:ss"];

    public static ProgrammeInput From(ProgrammeItem item) => new()
    {
        Day = ProgrammeDays.DayOf(item) is { } day ? ProgrammeDays.Value(day) : null,
        StartTime = item.StartsAt is { } s ? Clock(s) : null,
        EndTime = item.StartsAt is { } e && item.DurationMinutes is { } d ? Clock(e.AddMinutes(d)) : null,
        Title = item.Title, Speaker = item.Speaker, Description = item.Description, Version = item.Version,
    };

    public static string TimeHint(TrainingSession session) => ProgrammeDays.SpansDays(session)
        ? $"UK time on the day chosen above, like 09:30. The session runs from {Clock(session.StartsAt)} on {UkTime.Date(session.StartsAt)} to {Clock(session.EndsAt)} on {UkTime.Date(session.EndsAt)}."
        : $"UK time on {UkTime.Date(session.StartsAt)}, like 09:30. The session runs from {Clock(session.StartsAt)} to {Clock(session.EndsAt)}.";

    public static string Clock(DateTime utc) => UkTime.FromUtc(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Checks the fields against the session's times; returns the start (UTC) and length in minutes when valid.</summary>
    public (DateTime? Start, int? Minutes) Check(ModelStateDictionary state, TrainingSession session)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            state.AddModelError("Input.Title", "Enter the title of the programme item");
        }
        else if (Title.Trim().Length > 300)
        {
            state.AddModelError("Input.Title", "The title must be 300 characters or fewer");
        }

        if (Speaker?.Trim().Length > 200)
        {
            state.AddModelError("Input.Speaker", "The speaker must be 200 characters or fewer");
        }

        if (Description?.Trim().Length > 2000)
        {
            state.AddModelError("Input.Description", "The description must be 2,000 characters or fewer");
        }

        var hasStart = !string.IsNullOrWhiteSpace(StartTime);
        var hasEnd = !string.IsNullOrWhiteSpace(EndTime);
        if (!hasStart)
        {
            if (hasEnd)
            {
                state.AddModelError("Input.StartTime", "Enter the start time as well as the end time, or leave both blank");
            }

            return (null, null);
        }

        var days = ProgrammeDays.Of(session);
        var multiDay = days.Count > 1;
        var day = days[0];
        if (multiDay && !string.IsNullOrWhiteSpace(Day))
        {
            if (ProgrammeDays.Parse(Day) is { } chosen && days.Contains(chosen))
            {
                day = chosen;
            }
            else
            {
                state.AddModelError("Input.Day", "Choose one of the session's days");
                return (null, null);
            }
        }

        // On a several-day session a bare time is ambiguous, so the limits name their days.
        var opens = multiDay ? $"{Clock(session.StartsAt)} on {UkTime.Date(session.StartsAt)}" : Clock(session.StartsAt);
        var closes = multiDay ? $"{Clock(session.EndsAt)} on {UkTime.Date(session.EndsAt)}" : Clock(session.EndsAt);
        var start = Parse(state, "Input.StartTime", StartTime!, "start", day);
        if (start is { } s && (s < session.StartsAt || s >= session.EndsAt))
        {
            state.AddModelError("Input.StartTime", $"The item must start during the session, from {opens} and before {closes}");
            start = null;
        }

        if (!hasEnd)
        {
            return (start, null);
        }

        var end = Parse(state, "Input.EndTime", EndTime!, "end", day);
        if (start is null || end is null)
        {
            return (null, null);
        }

        if (end <= start)
        {
            state.AddModelError("Input.EndTime", $"The item must end after it starts ({Clock(start.Value)})");
            return (null, null);
        }

        if (end > session.EndsAt)
        {
            state.AddModelError("Input.EndTime", $"The item must end by {closes}, when the session ends");
            return (null, null);
        }

        return (start, (int)(end.Value - start.Value).TotalMinutes);
    }

    private static DateTime? Parse(ModelStateDictionary state, string key, string text, string what, DateOnly day)
    {
        if (!TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            state.AddModelError(key, $"The {what} time must be a time of day like 09:30 or 14:15");
            return null;
        }

        return MeetingTime.ToUtc(day, time.Hour, time.Minute);
    }

    public void ApplyTo(ProgrammeItem item, DateTime? start, int? minutes)
    {
        item.Title = Title!.Trim();
        item.Speaker = string.IsNullOrWhiteSpace(Speaker) ? null : Speaker.Trim();
        item.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        item.StartsAt = start;
        item.DurationMinutes = minutes;
    }
}
