using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace McnHub.Features.Governance.Meetings;

/// <summary>iCalendar for meetings: one VEVENT per meeting, its UID stable, times in UTC, SEQUENCE the record's version.</summary>
public static class MeetingCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Uid(int meetingId, string host) => $"meeting-{meetingId.ToString(CultureInfo.InvariantCulture)}@{host}";

    public static string Serialize(IEnumerable<Meeting> meetings, string groupName, string baseUrl, string host)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//McnHub//Governance meetings//EN" };
        calendar.AddProperty("X-WR-CALNAME", groupName);
        foreach (var m in meetings)
        {
            calendar.Events.Add(Event(m, groupName, baseUrl, host));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(Meeting m, string groupName, string baseUrl, string host)
    {
        var e = new CalendarEvent
        {
            Uid = Uid(m.Id, host),
            Summary = m.Title,
            Description = $"A meeting of {groupName}. Agenda and papers: {baseUrl}/governance/meetings/{m.Id}",
            DtStart = new CalDateTime(DateTime.SpecifyKind(m.StartsAt, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(m.EndsAt, DateTimeKind.Utc)),
            Sequence = m.Version,
            Location = m.Place ?? m.VideoLink,
            Status = m.Status == MeetingStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (m.VideoLink is not null)
        {
            e.Url = new Uri(m.VideoLink);
        }

        return e;
    }
}
