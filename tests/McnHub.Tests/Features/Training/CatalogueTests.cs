using System.Net;
using System.Text.Json;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training;

/// <summary>The public catalogue, calendar, feeds, API and My learning.</summary>
public sealed class CatalogueTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task The_catalogue_lists_upcoming_sessions_filters_by_format_and_explains_a_bad_date()
    {
        var virtualOne = await factory.SessionAsync(change: s => s.Format = TrainingFormat.Virtual);
        var inPerson = await factory.SessionAsync();
        var client = factory.CreateBrowserClient();

        var all = await client.GetDocumentAsync("/training");
        var filtered = await client.GetDocumentAsync("/training?Format=Virtual");
        var bad = await client.GetDocumentAsync("/training?From=31/12/2026");

        Assert.Contains($"/training/sessions/{inPerson.Id}", all.Body!.InnerHtml);
        Assert.Contains($"/training/sessions/{virtualOne.Id}", filtered.Body!.InnerHtml);
        Assert.DoesNotContain($"/training/sessions/{inPerson.Id}\"", filtered.Body!.InnerHtml);
        Assert.Contains("The from date must be a date like 2026-12-31", bad.FieldError("From"));
    }

    [Fact]
    public async Task The_month_calendar_shows_a_session_on_its_day_without_javascript()
    {
        var session = await factory.SessionAsync();
        var month = McnHub.Features.Governance.Meetings.MeetingTime.UkDate(session.StartsAt).ToString("yyyy-MM");

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/training/calendar?month={month}");

        Assert.NotNull(page.QuerySelector($"table td a[href='/training/sessions/{session.Id}']"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task The_api_gives_places_left_and_waiting_list_length_and_refuses_bad_filters_with_problem_details()
    {
        var session = await factory.SessionAsync(capacity: 1, change: s => s.Format = TrainingFormat.Hybrid);
        var p = await factory.PeopleAsync(2, skip: 40);
        await factory.BookAsync(session.Id, p[0].Id);
        await factory.BookAsync(session.Id, p[1].Id, waitList: true);
        var client = factory.CreateClient();

        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/training/sessions?format=hybrid"));
        var bad = await client.GetAsync("/api/v1/training/sessions?format=carrier-pigeon&from=tomorrow");

        var row = json.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == session.Id);
        Assert.Equal(0, row.GetProperty("placesLeft").GetInt32());
        Assert.Equal(1, row.GetProperty("waitingListLength").GetInt32());
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.Equal("Hybrid", e.GetProperty("format").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("format", out _) && errors.TryGetProperty("from", out _));
    }

    [Fact]
    public async Task The_public_ics_feed_lists_sessions_and_the_personal_feed_needs_its_secret()
    {
        var session = await factory.SessionAsync();
        var member = await factory.PersonByEmailAsync(Member);
        await factory.BookAsync(session.Id, member.Id);
        var client = await factory.SignInAsync(Member);

        var all = await factory.CreateClient().GetStringAsync("/training/sessions.ics");
        var learning = await client.GetDocumentAsync("/my-learning");
        await client.SubmitFormAsync(learning, new Dictionary<string, string>(), "main form[action*='Feed']");
        var feedUrl = new Uri((await client.GetDocumentAsync("/my-learning")).QuerySelector("#feed-url")!.TextContent);
        var personal = await factory.CreateClient().GetStringAsync(feedUrl.PathAndQuery);
        var guessed = await factory.CreateClient().GetAsync("/training/calendar/notarealtoken.ics");

        Assert.Contains($"UID:training-session-{session.Id}@", all);
        Assert.Contains($"UID:training-session-{session.Id}@", personal);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task My_learning_lists_bookings_with_cpd_hours_and_exports_them_as_csv()
    {
        var session = await factory.SessionAsync();
        var member = await factory.PersonByEmailAsync(Member);
        await factory.BookAsync(session.Id, member.Id);
        var client = await factory.SignInAsync(Member);

        var page = await client.GetDocumentAsync("/my-learning");
        var csv = await client.GetStringAsync("/my-learning?handler=Export&format=csv");

        Assert.NotNull(page.QuerySelector($"a[href='/training/sessions/{session.Id}']"));
        Assert.Contains(session.Course!.Title, csv);
        Assert.StartsWith("Session,Date,Status", csv.TrimStart('\uFEFF'));
    }
}
