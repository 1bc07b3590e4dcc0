using System.Globalization;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Catalogue;

/// <summary>A session as the catalogue, calendar and API list it, with its places counted.</summary>
public sealed record SessionRow(
    int Id, string Title, int CourseId, string CourseTitle, CourseLevel Level, TrainingFormat Format, SessionKind Kind,
    DateTime StartsAt, DateTime EndsAt, string Where, int Capacity, int Taken, int Waiting, SessionAvailability Availability, decimal CpdHours)
{
    public int PlacesLeft => Math.Max(Capacity - Taken, 0);
}

/// <summary>Filters of the catalogue and the API: format, level, and a date range (UK dates, inclusive).</summary>
public sealed record SessionFilter(TrainingFormat? Format = null, CourseLevel? Level = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Parses query values; errors are keyed by parameter name, in words.</summary>
    public static (SessionFilter Filter, Dictionary<string, string[]> Errors) Parse(string? format, string? level, string? from, string? to)
    {
        var errors = new Dictionary<string, string[]>();
        TrainingFormat? f = null;
        CourseLevel? l = null;
        if (!string.IsNullOrWhiteSpace(format))
        {
            if (Enum.TryParse<TrainingFormat>(format, true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(format, out _))
            {
                f = parsed;
            }
            else
            {
                errors["format"] = [$"format must be one of {string.Join(", ", Enum.GetNames<TrainingFormat>())}"];
            }
        }

        if (!string.IsNullOrWhiteSpace(level))
        {
            if (Enum.TryParse<CourseLevel>(level, true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(level, out _))
            {
                l = parsed;
            }
            else
            {
                errors["level"] = [$"level must be one of {string.Join(", ", Enum.GetNames<CourseLevel>())}"];
            }
        }

        var fromDate = Date(from, "from", errors);
        var toDate = Date(to, "to", errors);
        if (fromDate > toDate)
        {
            errors["to"] = ["to must be on or after from"];
        }

        return (new SessionFilter(f, l, fromDate, toDate), errors);
    }

    private static DateOnly? Date(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        errors[name] = [$"{name} must be a date like 2026-12-31"];
        return null;
    }
}

public static class SessionQuery
{
    /// <summary>Sessions starting from now (or <see cref="SessionFilter.From"/>) that are not cancelled, soonest first.</summary>
    public static async Task<List<SessionRow>> UpcomingAsync(AppDbContext db, SessionFilter filter, DateTime now, CancellationToken ct, bool includeCancelled = false)
    {
        var query = db.Set<TrainingSession>().AsNoTracking().Where(s => s.Course!.Active);
        var from = filter.From is { } f ? MeetingTime.ToUtc(f, 0) : now;
        query = query.Where(s => s.StartsAt >= from);
        if (filter.To is { } t)
        {
            var end = MeetingTime.ToUtc(t.AddDays(1), 0);
            query = query.Where(s => s.StartsAt < end);
        }

        if (!includeCancelled)
        {
            query = query.Where(s => s.Status != SessionStatus.Cancelled);
        }

        if (filter.Format is { } format)
        {
            query = query.Where(s => s.Format == format);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(s => s.Course!.Level == level);
        }

        return await RowsAsync(query.OrderBy(s => s.StartsAt).ThenBy(s => s.Id), now, ct);
    }

    public static async Task<List<SessionRow>> RowsAsync(IQueryable<TrainingSession> query, DateTime now, CancellationToken ct)
    {
        var raw = await query.Select(s => new
        {
            Session = s,
            s.Course!.Title,
            s.Course.Level,
            s.Course.CpdHours,
            Taken = s.Bookings.Count(b => b.Status == BookingStatus.Booked || b.Status == BookingStatus.Offered),
            Waiting = s.Bookings.Count(b => b.Status == BookingStatus.WaitListed),
        }).ToListAsync(ct);
        return raw.Select(r => new SessionRow(
            r.Session.Id, string.IsNullOrWhiteSpace(r.Session.Title) ? r.Title : r.Session.Title, r.Session.CourseId, r.Title, r.Level, r.Session.Format,
            r.Session.Kind, r.Session.StartsAt, r.Session.EndsAt, TrainingText.Where(r.Session), r.Session.Capacity, r.Taken, r.Waiting,
            r.Session.AvailabilityAt(now, r.Taken), r.CpdHours)).ToList();
    }
}
