using System.Globalization;

namespace McnHub.Features.Governance.Meetings;

/// <summary>Meeting times are typed in UK local time (a datetime-local field) and stored in UTC.</summary>
public static class MeetingTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public const string Format = "yyyy-MM-dd'T'HH:mm";

    public static string ToInput(DateTime utc) => Account.UkTime.FromUtc(utc).ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>UTC, or an error in words for text that is not a UK date and time.</summary>
    public static (DateTime? Utc, string? Error) Parse(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, $"Enter the date and time the meeting {what}");
        }

        string[] formats = [Format, "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];
        if (!DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (null, $"The time the meeting {what} must be a real date and time, like 2026-12-03T14:00");
        }

        if (Zone.IsInvalidTime(local))
        {
            return (null, $"The time the meeting {what} does not exist in the UK: the clocks go forward then");
        }

        return (TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone), null);
    }

    /// <summary>A UK wall-clock time on a day, in UTC.</summary>
    public static DateTime ToUtc(DateOnly day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified), Zone);

    public static DateOnly UkDate(DateTime utc) => DateOnly.FromDateTime(Account.UkTime.FromUtc(utc));

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
