using System.Net;
using McnHub.Features.Training.Model;
using McnHub.Platform.Audit;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Training.Outcomes;

/// <summary>The register (trainers mark attendance, walk-ins), certificates and their public check.</summary>
public sealed class RegisterAndCertificateTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_trainer_marks_a_booked_person_attended_and_their_certificate_is_valid_at_the_public_check()
    {
        var trainer = await factory.CreatePersonAsync("Trainer");
        var course = await factory.CreateCourseAsync(cpdHours: 3.5m);
        var session = await factory.CreateSessionAsync(course, DateTime.UtcNow.AddHours(-2), trainers: [trainer.Id]);
        var learner = await factory.CreatePlainPersonAsync("Attendee");
        var booking = await factory.CreateBookingAsync(session, learner);
        var client = await factory.SignInAsync(trainer.Email);

        var page = await client.GetDocumentAsync($"/training/sessions/{session}/register");
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["outcome"] = "Attended" }, $"form[data-form='mark-{booking}']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var marked = await factory.LoadBookingAsync(booking);
        Assert.Equal(AttendanceOutcome.Attended, marked.Attendance);
        Assert.Equal(trainer.Id, marked.AttendanceMarkedByPersonId);
        Assert.False(marked.WalkIn);
        Assert.NotNull(marked.CertificateCode);
        Assert.True(marked.CertificateCode!.Length >= 20);
        var audited = await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Entity == nameof(Booking) && a.EntityKey == booking.ToString() && a.Changes.Contains("Attendance")));
        Assert.True(audited);

        var anonymous = factory.CreateBrowserClient();
        var verify = await anonymous.GetDocumentAsync($"/certificates/verify/{marked.CertificateCode}");
        Assert.NotNull(verify.QuerySelector("[data-verdict='valid']"));
        Assert.Contains("3.5", verify.Text());
        var certificate = await anonymous.GetDocumentAsync($"/training/certificates/{marked.CertificateCode}");
        Assert.NotNull(certificate.QuerySelector("[data-certificate] img[src^='data:image/png;base64,']"));
        var pdf = await anonymous.GetAsync($"/training/certificates/{marked.CertificateCode}.pdf");
        Assert.True(pdf.StatusCode == HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
    }

    [Fact]
    public async Task Marking_someone_who_has_no_place_records_them_as_a_walk_in_who_attended()
    {
        var course = await factory.CreateCourseAsync();
        var session = await factory.CreateSessionAsync(course, DateTime.UtcNow.AddHours(-1));
        var walkIn = await factory.CreatePlainPersonAsync("Walk-in");
        var client = await factory.SignInAsync("educator@riverlands.example");

        var page = await client.GetDocumentAsync($"/training/sessions/{session}/register");
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["WalkInPersonId"] = walkIn.ToString() }, "form[data-form='walk-in']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var booking = await factory.WithDbAsync(db => db.Set<Booking>().SingleAsync(b => b.SessionId == session && b.PersonId == walkIn));
        Assert.True(booking.WalkIn);
        Assert.Equal(BookingStatus.Booked, booking.Status);
        Assert.Equal(AttendanceOutcome.Attended, booking.Attendance);
        var after = await client.GetDocumentAsync($"/training/sessions/{session}/register");
        Assert.NotNull(after.QuerySelector($"[data-booking='{booking.Id}'] [data-walk-in]"));
    }

    [Fact]
    public async Task Someone_who_does_not_teach_the_session_is_refused_and_nothing_is_marked()
    {
        var course = await factory.CreateCourseAsync();
        var session = await factory.CreateSessionAsync(course, DateTime.UtcNow.AddHours(-1));
        var learner = await factory.CreatePlainPersonAsync();
        var booking = await factory.CreateBookingAsync(session, learner);
        var outsider = await factory.CreatePersonAsync("Not a trainer");
        var client = await factory.SignInAsync(outsider.Email);

        var get = await client.GetAsync($"/training/sessions/{session}/register");
        // A post with the outsider's own valid antiforgery token, so only the record check can stop it.
        var token = (await client.GetDocumentAsync("/account/change-password")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var post = await client.PostAsync(
            $"/training/sessions/{session}/register?handler=mark&bookingId={booking}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["outcome"] = "Attended", ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null((await factory.LoadBookingAsync(booking)).Attendance);
        var refusal = await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Entity == nameof(TrainingSession) && a.EntityKey == session.ToString() && a.Action == AuditAction.Refused));
        Assert.True(refusal);
    }

    [Fact]
    public async Task A_forged_code_a_cancelled_booking_and_a_corrected_mark_are_all_not_valid_with_the_same_answer()
    {
        var course = await factory.CreateCourseAsync();
        var session = await factory.CreateSessionAsync(course, DateTime.UtcNow.AddDays(-3));
        var cancelled = await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(), b => (b.Status, b.Attendance, b.CertificateCode) = (BookingStatus.Cancelled, AttendanceOutcome.Attended, "cancelledcode234567890abc"));
        var revoked = await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(), b => (b.Attendance, b.CertificateCode, b.CertificateRevokedAt) = (AttendanceOutcome.Attended, "revokedcode2345678990abcd", DateTime.UtcNow));
        Assert.True(cancelled > 0 && revoked > 0);
        var client = factory.CreateBrowserClient();

        var answers = new List<string>();
        foreach (var code in new[] { "forgedcode23456789abcdefg", "cancelledcode234567890abc", "revokedcode2345678990abcd", "<script>" })
        {
            var response = await client.GetAsync($"/certificates/verify/{Uri.EscapeDataString(code)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var document = await HttpExtensions.ParseAsync(response);
            Assert.NotNull(document.QuerySelector("[data-verdict='not-valid']"));
            Assert.Null(document.QuerySelector("[data-verdict='valid']"));
            answers.Add(document.QuerySelector("[data-verdict]")!.OuterHtml);
        }

        Assert.Single(answers.Distinct());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/training/certificates/cancelledcode234567890abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/training/certificates/forgedcode23456789abcdefg.pdf")).StatusCode);
    }
}
