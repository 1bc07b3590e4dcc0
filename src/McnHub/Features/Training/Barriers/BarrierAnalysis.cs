using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Barriers;

/// <summary>
/// Who did not get to training and why: each booking for a session in the period that was cancelled, not attended
/// or cancelled late, with its reason, and who attended, by organisation type, sector, discipline, format and
/// travel distance. A person's organisation is the one booked on behalf of, else their first affiliation.
/// </summary>
public sealed class BarrierAnalysis
{
    public sealed record Row(BookingStatus Status, AttendanceOutcome? Attendance, BarrierReason? Reason, TrainingFormat Format, OrganisationType? OrgType, Sector? Sector, Discipline Discipline, decimal? Miles)
    {
        /// <summary>Had a place and the session happened: attended, did not attend, cancelled late, or cancelled.</summary>
        public bool Counted => Attendance is not null || Status == BookingStatus.Cancelled;

        public bool Attended => Attendance == AttendanceOutcome.Attended;

        public bool Missed => Counted && !Attended;
    }

    public required IReadOnlyList<Row> Rows { get; init; }

    public static async Task<BarrierAnalysis> LoadAsync(AppDbContext db, DateTime from, DateTime to, CancellationToken ct)
    {
        var raw = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.Session!.StartsAt >= from && b.Session.StartsAt < to && b.Session.Status != SessionStatus.Cancelled)
            .Where(b => b.Status == BookingStatus.Booked || b.Status == BookingStatus.Cancelled)
            .Select(b => new
            {
                b.Status,
                b.Attendance,
                Reason = b.Status == BookingStatus.Cancelled ? b.CancellationReason : b.NonAttendanceReason,
                b.Session!.Format,
                Org = b.OnBehalfOfOrganisation != null
                    ? b.OnBehalfOfOrganisation
                    : b.Person!.Affiliations.OrderBy(a => a.Id).Select(a => a.Organisation).FirstOrDefault(),
                b.Person!.Discipline,
                b.TravelMiles,
                b.TravelFromDistrict,
                b.Session.VenuePostcode,
            })
            .ToListAsync(ct);
        return new BarrierAnalysis
        {
            Rows = raw.Select(r => new Row(r.Status, r.Attendance, r.Reason, r.Format, r.Org?.Type, r.Org?.Sector, r.Discipline, TravelEstimate.Miles(r.TravelMiles, r.TravelFromDistrict, r.VenuePostcode))).ToList(),
        };
    }

    /// <summary>Reasons for missed places (cancelled, did not attend, cancelled late), most common first.</summary>
    public Table Reasons()
    {
        var missed = Rows.Where(r => r.Missed).ToList();
        var rows = Enum.GetValues<BarrierReason>().Select(reason => (Reason: OutcomeText.Reason(reason), Count: missed.Count(r => r.Reason == reason)))
            .Append((Reason: "Not given", Count: missed.Count(r => r.Reason is null)))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .Select(x => (IReadOnlyList<object?>)[x.Reason, x.Count, OutcomeText.Percent(x.Count, missed.Count)]);
        return new Table("Reasons for missed places", ["Reason", "Missed places", "Share"], rows.ToList());
    }

    /// <summary>Reasons by a dimension (organisation type, sector, discipline, format) with the dominant reason per row.</summary>
    public Table ReasonsBy(string name, Func<Row, string> dimension)
    {
        var reasons = Enum.GetValues<BarrierReason>();
        var rows = Rows.Where(r => r.Missed).GroupBy(dimension).OrderBy(g => g.Key)
            .Select(g =>
            {
                var counts = reasons.Select(reason => g.Count(r => r.Reason == reason)).ToList();
                var top = counts.Max();
                var dominant = top == 0 ? "–" : string.Join(", ", reasons.Where((_, i) => counts[i] == top).Select(OutcomeText.Reason));
                return (IReadOnlyList<object?>)[g.Key, .. counts.Cast<object?>(), g.Count(), dominant];
            });
        return new Table($"Reasons for missed places by {name.ToLowerInvariant()}", [name, .. reasons.Select(OutcomeText.Reason), "All missed", "Most common"], rows.ToList());
    }

    /// <summary>Attendance rate by format (and by a second dimension): attended ÷ places that were counted.</summary>
    public Table AttendanceBy(string name, Func<Row, string> dimension)
    {
        var formats = Enum.GetValues<TrainingFormat>().Where(f => Rows.Any(r => r.Format == f)).ToList();
        var rows = Rows.Where(r => r.Counted).GroupBy(dimension).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<object?>)[g.Key, .. formats.Select(f => (object?)Rate(g.Where(r => r.Format == f))), Rate(g)]);
        return new Table($"Attendance rate by {name.ToLowerInvariant()} and format", [name, .. formats.Select(OutcomeText.Format), "All formats"], rows.ToList());
    }

    public Table AttendanceByFormat()
    {
        var rows = Rows.Where(r => r.Counted).GroupBy(r => r.Format).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<object?>)[OutcomeText.Format(g.Key), g.Count(), g.Count(r => r.Attended), g.Count(r => r.Attendance == AttendanceOutcome.DidNotAttend), g.Count(r => r.Attendance == AttendanceOutcome.CancelledLate), g.Count(r => r.Status == BookingStatus.Cancelled), Rate(g)]);
        return new Table("Attendance by format", ["Format", "Places", "Attended", "Did not attend", "Cancelled late", "Cancelled", "Attendance rate"], rows.ToList());
    }

    public Table AttendanceByTravel()
    {
        var order = TravelEstimate.Bands.Select(b => b.Label).Append(TravelEstimate.Unknown).ToList();
        var rows = Rows.Where(r => r.Counted && r.Format is TrainingFormat.InPerson or TrainingFormat.Hybrid)
            .GroupBy(r => TravelEstimate.Band(r.Miles)).OrderBy(g => order.IndexOf(g.Key))
            .Select(g => (IReadOnlyList<object?>)[g.Key, g.Count(), g.Count(r => r.Attended), g.Count(r => r.Missed && r.Reason == BarrierReason.Travel), Rate(g)]);
        return new Table("Attendance at in-person and hybrid sessions by travel distance", ["One-way distance", "Places", "Attended", "Missed for travel", "Attendance rate"], rows.ToList());
    }

    public IReadOnlyList<Table> All() =>
    [
        Reasons(),
        ReasonsBy("Organisation type", r => r.OrgType is { } t ? OutcomeText.OrganisationType(t) : "No organisation"),
        ReasonsBy("Sector", r => r.Sector is { } s ? OutcomeText.Sector(s) : "No organisation"),
        ReasonsBy("Discipline", r => OutcomeText.Discipline(r.Discipline)),
        ReasonsBy("Format", r => OutcomeText.Format(r.Format)),
        AttendanceByFormat(),
        AttendanceBy("Organisation type", r => r.OrgType is { } t ? OutcomeText.OrganisationType(t) : "No organisation"),
        AttendanceByTravel(),
    ];

    /// <summary>"82%" (attended ÷ counted), or a dash when there is nothing to count.</summary>
    public static string Rate(IEnumerable<Row> rows)
    {
        var list = rows.ToList();
        return OutcomeText.Percent(list.Count(r => r.Attended), list.Count);
    }
}
