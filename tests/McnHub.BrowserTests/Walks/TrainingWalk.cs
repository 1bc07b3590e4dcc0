using McnHub.BrowserTests.Support;
using McnHub.Features.Training.Model;
using McnHub.Platform.Accounts;
using Microsoft.EntityFrameworkCore;
using static McnHub.BrowserTests.Support.BrowserTest;

namespace McnHub.BrowserTests.Walks;

/// <summary>The training programme's pages, on the demo courses, sessions and bookings.</summary>
public static class TrainingWalk
{
    public static readonly ModuleWalk Walk = new(async app =>
    {
        var now = DateTime.UtcNow;
        var ids = await app.WithDbAsync(async db =>
        {
            var member = await db.Users.Where(u => u.Email == Member).Select(u => u.PersonId).SingleAsync();
            var course = await db.Set<Course>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var future = await db.Set<TrainingSession>().Where(s => s.StartsAt > now && s.Status == SessionStatus.Open).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync();
            var past = await db.Set<TrainingSession>().Where(s => s.EndsAt < now && s.Bookings.Any(b => b.Attendance == AttendanceOutcome.Attended)).OrderByDescending(s => s.StartsAt).Select(s => s.Id).FirstAsync();
            var certificate = await db.Set<Booking>().Where(b => b.CertificateCode != null && b.CertificateRevokedAt == null).OrderBy(b => b.Id).Select(b => b.CertificateCode!).FirstAsync();
            var booked = await db.Set<Booking>().Where(b => b.PersonId == member && b.Status == BookingStatus.Booked && b.Session!.StartsAt > now).Select(b => b.Id).FirstAsync();
            var news = await db.Set<NewsPost>().OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
            var material = await db.Set<CourseMaterial>().OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
            var programme = await db.Set<ProgrammeItem>().OrderBy(p => p.Id).Select(p => new { p.Id, p.SessionId }).FirstAsync();
            return (course, future, past, certificate, booked, news, material, programme.SessionId, programmeItem: programme.Id);
        });
        return
        [
            ("anonymous", "/Training/Catalogue/Index", new Visit("/training")),
            ("anonymous", "/Training/Catalogue/Calendar", new Visit("/training/calendar")),
            ("anonymous", "/Training/Catalogue/Course", new Visit($"/training/courses/{ids.course}")),
            ("anonymous", "/Training/Catalogue/Session", new Visit($"/training/sessions/{ids.future}")),
            ("anonymous", "/Training/News/Index", new Visit("/training/news")),
            ("anonymous", "/Training/Certificates/Certificate", new Visit($"/training/certificates/{ids.certificate}")),
            ("anonymous", "/Training/Certificates/Verify", new Visit($"/certificates/verify/{ids.certificate}")),
            ("anonymous", "/Training/Certificates/Verify", new Visit("/certificates/verify/not-a-real-code")),
            (Member, "/Training/MyLearning/Index", new Visit("/my-learning")),
            (Member, "/Training/Catalogue/Session", new Visit($"/training/sessions/{ids.future}")),
            (Member, "/Training/Bookings/Cancel", new Visit($"/training/bookings/{ids.booked}/cancel")),
            (Lead, "/Training/Bookings/BookStaff", new Visit($"/training/sessions/{ids.future}/book-staff")),
            (Educator, "/Training/Manage/SessionEdit", new Visit($"/training/sessions/{ids.future}/edit")),
            (Educator, "/Training/Manage/Index", new Visit("/training/manage")),
            (Educator, "/Training/Manage/CourseCreate", new Visit("/training/courses/new")),
            (Educator, "/Training/Manage/CourseEdit", new Visit($"/training/courses/{ids.course}/edit")),
            (Educator, "/Training/Manage/SessionCreate", new Visit($"/training/courses/{ids.course}/sessions/new")),
            (Educator, "/Training/Manage/SessionCancel", new Visit($"/training/sessions/{ids.future}/cancel")),
            (Educator, "/Training/Attendance/Register", new Visit($"/training/sessions/{ids.past}/register")),
            (Educator, "/Training/Feedback/Index", new Visit("/training/feedback")),
            (Educator, "/Training/Feedback/Session", new Visit($"/training/sessions/{ids.past}/feedback")),
            (Educator, "/Training/Barriers/Index", new Visit("/training/barriers")),
            (Educator, "/Training/Coverage/Index", new Visit("/training/coverage")),
            (Educator, "/Training/Barriers/Index", new Visit("/training/barriers?Period=custom&From=2026-06-30&To=2026-01-01")),
            (Educator, "/Training/Coverage/Index", new Visit(FormattableString.Invariant($"/training/coverage?Period=custom&From={now.AddMonths(-6):yyyy-MM-dd}&To={now:yyyy-MM-dd}"))),
            (Educator, "/Training/News/Create", new Visit("/training/news/create")),
            (Educator, "/Training/News/Edit", new Visit($"/training/news/{ids.news}/edit")),
            (Educator, "/Training/News/Digest", new Visit("/training/digest")),
            // Training materials, programme and trainers.
            (Educator, "/Training/Materials/Index", new Visit($"/training/courses/{ids.course}/materials")),
            (Educator, "/Training/Materials/Edit", new Visit($"/training/materials/{ids.material}/edit")),
            (Educator, "/Training/Materials/Delete", new Visit($"/training/materials/{ids.material}/delete")),
            (Educator, "/Training/Manage/Programme", new Visit($"/training/sessions/{ids.SessionId}/programme")),
            (Educator, "/Training/Manage/ProgrammeItemEdit", new Visit($"/training/sessions/{ids.SessionId}/programme/{ids.programmeItem}/edit")),
            (Educator, "/Training/Manage/Trainers", new Visit($"/training/sessions/{ids.future}/trainers")),
        ];
    }, new Dictionary<string, string>
    {
        ["/Training/Bookings/Offer"] = "needs a live waiting-list offer, which the demo does not hold: McnHub.Tests waiting-list tests accept and decline offers through it",
        ["/Training/Feedback/Link"] = "needs a signed link from a feedback email: McnHub.Tests feedback tests open it",
        ["/Training/Materials/Open"] = "not a page: it downloads a material's file or redirects to its link; McnHub.Tests materials tests open it, refused and allowed",
        ["/Training/Feedback/Give"] = "needs an attended booking without feedback for a demo account: McnHub.Tests feedback tests post it",
    });
}
