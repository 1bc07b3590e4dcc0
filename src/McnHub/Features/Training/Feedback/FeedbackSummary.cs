using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Feedback;

/// <summary>One line of a feedback summary: counts, mean ratings and the mean change in confidence.</summary>
public sealed record FeedbackFigures(
    string Name,
    int Attended,
    int Responses,
    double? Overall,
    double? Relevance,
    double? Trainers,
    double? Organisation,
    double? ConfidenceBefore,
    double? ConfidenceAfter)
{
    /// <summary>Mean confidence after minus mean before (the same people: only those who answered both).</summary>
    public double? ConfidenceChange => ConfidenceAfter - ConfidenceBefore;
}

/// <summary>A table of figures with its caption and the heading of its first column.</summary>
public sealed record FiguresTable(string Caption, string NameHeading, IReadOnlyList<FeedbackFigures> Rows);

/// <summary>Feedback summarised per session, course and trainer, from the attended bookings and their answers.</summary>
public static class FeedbackSummary
{
    /// <summary>One attended booking, with its answers when given.</summary>
    public sealed record Answer(int SessionId, int CourseId, string Course, int? Overall, int? Relevance, int? Trainers, int? Organisation, int? Before, int? After);

    public static IQueryable<Answer> Answers(AppDbContext db, DateTime? from = null, DateTime? to = null, int? sessionId = null)
    {
        var bookings = db.Set<Booking>().AsNoTracking().Where(b => b.Status == BookingStatus.Booked && b.Attendance == AttendanceOutcome.Attended);
        if (sessionId is { } id)
        {
            bookings = bookings.Where(b => b.SessionId == id);
        }

        if (from is { } f)
        {
            bookings = bookings.Where(b => b.Session!.StartsAt >= f);
        }

        if (to is { } t)
        {
            bookings = bookings.Where(b => b.Session!.StartsAt < t);
        }

        return bookings.Select(b => new Answer(
            b.SessionId,
            b.Session!.CourseId,
            b.Session.Course!.Title,
            b.Feedback != null ? b.Feedback.Overall : null,
            b.Feedback != null ? b.Feedback.Relevance : null,
            b.Feedback != null ? b.Feedback.Trainers : null,
            b.Feedback != null ? b.Feedback.Organisation : null,
            b.Feedback != null ? b.Feedback.ConfidenceBefore : null,
            b.Feedback != null ? b.Feedback.ConfidenceAfter : null));
    }

    public static FeedbackFigures Figures(string name, IEnumerable<Answer> answers)
    {
        var list = answers.ToList();
        var given = list.Where(a => a.Overall is not null).ToList();
        static double? Mean(IEnumerable<int?> values)
        {
            var v = values.Where(x => x is not null).Select(x => (double)x!.Value).ToList();
            return v.Count == 0 ? null : Math.Round(v.Average(), 2);
        }

        return new FeedbackFigures(
            name,
            list.Count,
            given.Count,
            Mean(given.Select(a => a.Overall)),
            Mean(given.Select(a => a.Relevance)),
            Mean(given.Select(a => a.Trainers)),
            Mean(given.Select(a => a.Organisation)),
            Mean(given.Select(a => a.Before)),
            Mean(given.Select(a => a.After)));
    }

    public static async Task<IReadOnlyList<FeedbackFigures>> ByCourseAsync(AppDbContext db, CancellationToken ct)
    {
        var answers = await Answers(db).ToListAsync(ct);
        return answers.GroupBy(a => (a.CourseId, a.Course)).OrderBy(g => g.Key.Course).Select(g => Figures(g.Key.Course, g)).ToList();
    }

    /// <summary>Each trainer's sessions' feedback (a session with two trainers counts for both).</summary>
    public static async Task<IReadOnlyList<FeedbackFigures>> ByTrainerAsync(AppDbContext db, CancellationToken ct)
    {
        var answers = await Answers(db).ToListAsync(ct);
        var trainers = await db.Set<SessionTrainer>().AsNoTracking().Select(t => new { t.SessionId, t.PersonId, t.Person!.FullName }).ToListAsync(ct);
        return trainers.GroupBy(t => (t.PersonId, t.FullName)).OrderBy(g => g.Key.FullName)
            .Select(g =>
            {
                var sessions = g.Select(t => t.SessionId).ToHashSet();
                return Figures(g.Key.FullName, answers.Where(a => sessions.Contains(a.SessionId)));
            })
            .Where(f => f.Attended > 0)
            .ToList();
    }

    public static async Task<FeedbackFigures> ForSessionAsync(AppDbContext db, int sessionId, string name, CancellationToken ct) =>
        Figures(name, await Answers(db, sessionId: sessionId).ToListAsync(ct));
}
