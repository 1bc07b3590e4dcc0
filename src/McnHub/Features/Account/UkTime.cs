using System.Globalization;

namespace McnHub.Features.Account;

/// <summary>Times shown to people are UK local time (the network is in England).</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>"14:35 on 26 November 2026".</summary>
    public static string TimeAndDate(DateTime utc) =>
        FromUtc(utc).ToString("HH:mm 'on' d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>"26 November 2026".</summary>
    public static string Date(DateTime utc) => FromUtc(utc).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

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
