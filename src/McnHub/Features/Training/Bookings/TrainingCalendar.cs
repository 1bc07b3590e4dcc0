using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using McnHub.Features.Training.Model;

namespace McnHub.Features.Training.Bookings;

/// <summary>iCalendar for training sessions: UID stable per session, times in UTC, SEQUENCE the session's version.</summary>
public static class TrainingCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Uid(int sessionId, string host) => $"training-session-{sessionId.ToString(CultureInfo.InvariantCulture)}@{host}";

    /// <param name="sessions">Each with its Course loaded.</param>
    public static string Serialize(IEnumerable<TrainingSession> sessions, string name, string baseUrl)
    {
        var host = new Uri(baseUrl).Host;
        var calendar = new Ical.Net.Calendar { ProductId = "-//McnHub//Training//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var s in sessions)
        {
            calendar.Events.Add(Event(s, baseUrl, host));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static byte[] Bytes(TrainingSession session, string baseUrl) =>
        System.Text.Encoding.UTF8.GetBytes(Serialize([session], session.DisplayTitle, baseUrl));

    private static CalendarEvent Event(TrainingSession s, string baseUrl, string host)
    {
        var e = new CalendarEvent
        {
            Uid = Uid(s.Id, host),
            Summary = s.DisplayTitle,
            Description = $"{TrainingText.Format(s.Format)} training. Details: {baseUrl}/training/sessions/{s.Id}",
            DtStart = new CalDateTime(DateTime.SpecifyKind(s.StartsAt, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(s.EndsAt, DateTimeKind.Utc)),
            Sequence = s.Version,
            Location = TrainingText.Where(s),
            Status = s.Status == SessionStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (Uri.TryCreate(s.VideoLink, UriKind.Absolute, out var link))
        {
            e.Url = link;
        }

        return e;
    }
}
