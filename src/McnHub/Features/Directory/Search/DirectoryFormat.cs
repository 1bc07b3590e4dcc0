using System.Globalization;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Directory.Search;

/// <summary>How the public directory words things (NHS.UK style: "9am to 5:30pm", "3 March 2025").</summary>
public static class DirectoryFormat
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", UkCulture);

    public static string Ages(int? minimum, int? maximum) => (minimum, maximum) switch
    {
        (null or 0, null) => "All ages",
        (null or 0, 0) => "Babies under 1 year old",
        (null or 0, 1) => "From birth to 1 year",
        (null or 0, { } max) => $"From birth to {max} years",
        ({ } min, null) => $"From {min} years",
        ({ } min, { } max) => $"{min} to {max} years",
    };

    public static string Time(TimeOnly time) => time switch
    {
        { Hour: 0, Minute: 0 } => "midnight",
        { Hour: 12, Minute: 0 } => "midday",
        _ => $"{(time.Hour % 12 == 0 ? 12 : time.Hour % 12)}{(time.Minute == 0 ? "" : ":" + time.Minute.ToString("00", CultureInfo.InvariantCulture))}{(time.Hour < 12 ? "am" : "pm")}",
    };

    public static string Sector(Sector sector) => sector == Members.Organisations.Sector.Nhs ? "NHS" : "Non-NHS";

    public static string Status(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "Open",
        ServiceStatus.TemporarilyClosed => "Temporarily closed",
        _ => "Closed permanently",
    };

    /// <summary>The stale marker's words: when it was last verified, or that it never was.</summary>
    public static string NotVerifiedSince(DateOnly? lastVerifiedOn) =>
        lastVerifiedOn is { } date ? $"Not verified since {Date(date)}" : "Never verified";

    /// <summary>Days in UK order, Monday first.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}
