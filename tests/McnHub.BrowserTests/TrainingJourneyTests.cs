using System.Globalization;
using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;

namespace McnHub.BrowserTests;

/// <summary>
/// A professional's training journey end to end: a one-place session the lead books first, so the member joins the
/// waiting list; the lead cancels, the member is offered the place by email and accepts it through the link; on the
/// day the educator marks them attended (on a 320px phone, from the keyboard); the member gives feedback, opens their
/// certificate and downloads it as a PDF, and the public check says it is valid. Axe checks every page on the way; screenshots keep the key ones.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TrainingJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string MemberName = "Sam Patel";

    [Fact]
    public async Task Member_is_wait_listed_promoted_by_email_attends_gives_feedback_and_gets_a_valid_certificate()
    {
        var title = "Journey session " + Guid.NewGuid().ToString("N")[..6];
        var tomorrow = DateTime.UtcNow.Date.AddDays(1);
        var sessionId = await AddSessionAsync(title, tomorrow.AddHours(10));

        // The lead takes the only place.
        var lead = await NewPageAsync(signedInAs: Lead);
        await lead.GotoAsync($"/training/sessions/{sessionId}");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Book a place" }).ClickAsync();
        await Expect(lead.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("booked on");

        // The member finds the session in the catalogue: it is full, so they join the waiting list.
        var page = await NewPageAsync(signedInAs: Member);
        var day = tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GotoAsync($"/training?from={day}&to={day}");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "catalogue");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/training/sessions/{sessionId}$"));
        await page.GetByLabel("Where will you travel from? (optional)").FillAsync("RV3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join the waiting list" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("number 1 on the waiting list");
        await Expect(page.Locator("main")).ToContainTextAsync("You are number 1 on the waiting list");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "wait-listed");

        // The lead cancels, with a reason: the place is offered to the member by email.
        await lead.GotoAsync($"/training/sessions/{sessionId}");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Cancel your booking" }).ClickAsync();
        await lead.GetByLabel("Why are you cancelling?").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await lead.AssertNoAxeViolationsAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Cancel the booking" }).ClickAsync();
        await Expect(lead.Locator(".nhsuk-notification-banner--success")).ToBeVisibleAsync();

        var offer = OfferLink(title);
        await page.GotoAsync(offer);
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "offer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept the place" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("is yours");
        await Expect(page.Locator("main")).ToContainTextAsync("You are booked on this session");

        await page.GotoAsync("/my-learning");
        await Expect(page.Locator("main")).ToContainTextAsync(title);
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "my-learning-booked");

        // The day comes: the session has started, and the educator marks the register on a phone, from the keyboard:
        // each button's name says whom it marks, so "Attended" is found (and pressed) for the member alone.
        await StartNowAsync(sessionId);
        var educator = await NewPageAsync(width: 320, height: 640, signedInAs: Educator);
        await educator.GotoAsync($"/training/sessions/{sessionId}/register");
        var row = educator.Locator("[data-register] li").Filter(new() { HasText = MemberName });
        await Expect(row.Locator("[data-outcome]")).ToHaveAttributeAsync("data-outcome", "none");
        var attended = educator.GetByRole(AriaRole.Button, new() { Name = $"Attended for {MemberName}", Exact = true });
        await Expect(attended).ToHaveCountAsync(1);
        await Expect(educator.GetByRole(AriaRole.Button, new() { Name = $"Did not attend for {MemberName}", Exact = true })).ToHaveCountAsync(1);
        Assert.True(await educator.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320, "The register scrolls sideways at 320px");
        await attended.FocusAsync();
        await educator.Keyboard.PressAsync("Enter");
        await Expect(educator.Locator(".nhsuk-notification-banner--success")).ToBeVisibleAsync();
        await Expect(row.Locator("[data-outcome]")).ToHaveAttributeAsync("data-outcome", "Attended");
        await educator.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(educator, "register-320px");

        // The member gives feedback.
        var bookingId = await Fixture.App.WithDbAsync(db => db.Set<Booking>()
            .Where(b => b.SessionId == sessionId && b.Person!.FullName == MemberName).Select(b => b.Id).SingleAsync());
        await page.GotoAsync($"/training/feedback/{bookingId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        var fours = page.Locator("input.nhsuk-radios__input[value='4']");
        for (var i = await fours.CountAsync() - 1; i >= 0; i--)
        {
            await fours.Nth(i).CheckAsync();
        }

        await page.GetByLabel("What went well?").FillAsync("Practising the conversation with a family in small groups.");
        await ScreenshotAsync(page, "feedback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("Thank you for your feedback");

        // The certificate, from My learning, and the public check of its code.
        await page.GotoAsync("/my-learning");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Certificate for {title}" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/training/certificates/[^/]+$"));
        await Expect(page.Locator("main")).ToContainTextAsync(MemberName);
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "certificate");
        var code = new Uri(page.Url).Segments[^1];
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as PDF" }).ClickAsync());
        await using (var pdf = await download.CreateReadStreamAsync())
        {
            var head = new byte[4];
            await pdf.ReadExactlyAsync(head);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(head));
        }

        Assert.EndsWith(".pdf", download.SuggestedFilename);

        var anyone = await NewPageAsync();
        await anyone.GotoAsync($"/certificates/verify/{code}");
        await Expect(anyone.Locator("[data-verdict]")).ToHaveAttributeAsync("data-verdict", "valid");
        await Expect(anyone.Locator("main")).ToContainTextAsync(MemberName);
        await anyone.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(anyone, "verified");
        foreach (var p in new[] { page, lead, educator, anyone })
        {
            p.AssertNoBrowserErrors();
        }
    }

    /// <summary>A one-place in-person session of a demo course, taught by the educator.</summary>
    private Task<int> AddSessionAsync(string title, DateTime startsAt) => Fixture.App.WithDbAsync(async db =>
    {
        var course = await db.Set<Course>().Where(c => c.Active && c.CpdHours > 0).OrderBy(c => c.Id).FirstAsync();
        var educator = await db.Set<Person>().Where(p => p.FullName == "Chris Okafor").Select(p => p.Id).SingleAsync();
        var session = new TrainingSession
        {
            CourseId = course.Id,
            Title = title,
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(3),
            Format = TrainingFormat.InPerson,
            VenueName = "Riverlands House",
            VenueAddress = "1 River Street, Riverlands",
            VenuePostcode = "RV1 2AB",
            Capacity = 1,
            Trainers = [new SessionTrainer { PersonId = educator }],
        };
        db.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    });

    /// <summary>Moves the session to have started a minute ago, as if its day had come.</summary>
    private Task StartNowAsync(int sessionId) => Fixture.App.WithDbAsync(async db =>
    {
        var session = await db.Set<TrainingSession>().SingleAsync(s => s.Id == sessionId);
        session.StartsAt = DateTime.UtcNow.AddMinutes(-1);
        session.EndsAt = session.StartsAt.AddHours(1);
        await db.SaveChangesAsync();
        return session.Id;
    });

    /// <summary>The offer link (as a path on this server) in the email offering the freed place.</summary>
    private string OfferLink(string title)
    {
        var offers = System.IO.Directory.GetFiles(Fixture.App.MailFolder, "*.eml")
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.Subject == $"A place is free for you: {title}")
            .ToList();
        var message = Assert.Single(offers);
        return OfferPath().Match(message.TextBody ?? "").Value;
    }

    [GeneratedRegex(@"/training/offers/[A-Za-z0-9_\-]+")]
    private static partial Regex OfferPath();
}
