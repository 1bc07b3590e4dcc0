using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Catalogue;

/// <summary>A session in the public API.</summary>
public sealed record TrainingSessionDto(
    int Id, string Title, int CourseId, string Course, string Level, string Format, DateTime StartsAt, DateTime EndsAt,
    string Where, int Capacity, int PlacesLeft, int WaitingListLength, string Status, decimal CpdHours, string Url);

/// <summary>
/// <c>GET /api/v1/training/sessions</c> (upcoming sessions with places left and waiting-list length), the iCalendar
/// of all upcoming sessions, and a person's own bookings by the secret token in the URL (calendar apps send no cookie).
/// </summary>
public static class TrainingEndpoints
{
    public static IEndpointRouteBuilder MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/training").AllowAnonymous().WithTags("Training")
            .MapGet("/sessions", SessionsAsync)
            .WithSummary("Upcoming training sessions, with places left and waiting-list length. Filters: format, level, from, to (yyyy-MM-dd, UK dates).");
        var calendars = app.MapGroup("/training").AllowAnonymous().ExcludeFromDescription();
        calendars.MapGet("/sessions.ics", AllAsync);
        calendars.MapGet("/calendar/{token}.ics", PersonalAsync);
        return app;
    }

    private static async Task<Results<Ok<List<TrainingSessionDto>>, ValidationProblem>> SessionsAsync(
        string? format, string? level, string? from, string? to, AppDbContext db, TimeProvider clock, TrainingMail mail, CancellationToken ct)
    {
        var (filter, errors) = SessionFilter.Parse(format, level, from, to);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The filter is not valid");
        }

        var rows = await SessionQuery.UpcomingAsync(db, filter, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.Ok(rows.Select(r => ToDto(r, mail.BaseUrl)).ToList());
    }

    private static TrainingSessionDto ToDto(SessionRow r, string baseUrl) => new(
        r.Id, r.Title, r.CourseId, r.CourseTitle, r.Level.ToString(), r.Format.ToString(), r.StartsAt, r.EndsAt, r.Where,
        r.Capacity, r.PlacesLeft, r.Waiting, r.Availability.ToString(), r.CpdHours, $"{baseUrl}/training/sessions/{r.Id}");

    private static async Task<IResult> AllAsync(AppDbContext db, TimeProvider clock, TrainingMail mail, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Course)
            .Where(s => s.EndsAt >= now && s.Course!.Active).OrderBy(s => s.StartsAt).ToListAsync(ct);
        return Results.Text(TrainingCalendar.Serialize(sessions, "Riverlands training", mail.BaseUrl), TrainingCalendar.ContentType);
    }

    private static async Task<IResult> PersonalAsync(string token, AppDbContext db, TrainingMail mail, CancellationToken ct)
    {
        var personId = await db.Set<LearnerCalendarToken>().Where(t => t.Token == token).Select(t => (int?)t.PersonId).FirstOrDefaultAsync(ct);
        if (personId is null)
        {
            return Results.NotFound();
        }

        var sessions = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Course)
            .Where(s => s.Bookings.Any(b => b.PersonId == personId && b.Status == BookingStatus.Booked))
            .OrderBy(s => s.StartsAt).ToListAsync(ct);
        return Results.Text(TrainingCalendar.Serialize(sessions, "My training", mail.BaseUrl), TrainingCalendar.ContentType);
    }
}
