using System.Net;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training.Manage;

public sealed class CourseFormTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Educator = "educator@riverlands.example";

    private static Dictionary<string, string> Values(string title, string cpd = "3") => new()
    {
        ["Input.Title"] = title,
        ["Input.Description"] = "How to talk with families about what matters most.",
        ["Input.Level"] = nameof(CourseLevel.Core),
        ["Input.Format"] = nameof(TrainingFormat.Virtual),
        ["Input.CpdHours"] = cpd,
        ["Input.Cost"] = "0",
    };

    [Fact]
    public async Task Negative_cpd_hours_are_refused_next_to_the_field_keeping_everything_typed()
    {
        var title = "Negative hours " + Guid.NewGuid().ToString("N")[..8];
        var client = await factory.SignInAsync(Educator);
        var form = await client.GetDocumentAsync("/training/courses/new");

        var page = await PageOfAsync(await client.SubmitFormAsync(form, Values(title, cpd: "-2")));

        Assert.Contains("CPD hours cannot be negative", page.FieldError("Input_CpdHours"));
        Assert.Contains("CPD hours cannot be negative", page.ErrorSummary());
        Assert.Equal("-2", page.FieldValue("Input_CpdHours"));
        Assert.Equal(title, page.FieldValue("Input_Title"));
        Assert.False(await factory.WithDbAsync(db => db.Set<Course>().AnyAsync(c => c.Title == title)));
    }

    [Fact]
    public async Task A_new_course_is_saved_with_its_competencies_and_audience()
    {
        var title = "Advance care planning " + Guid.NewGuid().ToString("N")[..8];
        var competency = await factory.WithDbAsync(db => db.Set<Competency>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var client = await factory.SignInAsync(Educator);
        var form = await client.GetDocumentAsync("/training/courses/new");
        var values = Values(title, cpd: "1.5");
        values["Input.CompetencyIds"] = competency.ToString();
        values["Input.Audience"] = nameof(Discipline.Nurse);

        var response = await client.SubmitFormAsync(form, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Course>().Include(c => c.Competencies).Include(c => c.Audience).SingleAsync(c => c.Title == title));
        Assert.Equal(1.5m, saved.CpdHours);
        Assert.Equal(TrainingFormat.Virtual, saved.Format);
        Assert.Equal([competency], saved.Competencies.Select(c => c.CompetencyId));
        Assert.Equal([Discipline.Nurse], saved.Audience.Select(a => a.Discipline));
        Assert.Equal($"/training/courses/{saved.Id}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Editing_refuses_negative_hours_and_explains_a_stale_edit()
    {
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync(Educator);
        var url = $"/training/courses/{session.CourseId}/edit";
        var form = await client.GetDocumentAsync(url);
        var title = form.FieldValue("Input_Title")!;

        var negative = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.CpdHours"] = "-1" }));
        var saved = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.CpdHours"] = "4" });
        var stale = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.CpdHours"] = "6" }));

        Assert.Contains("CPD hours cannot be negative", negative.FieldError("Input_CpdHours"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Someone else saved changes to this course", stale.ErrorSummary());
        Assert.Contains("CPD hours is now saved as “4”; you entered “6”", stale.FieldError("Input_CpdHours"));
        Assert.Equal("6", stale.FieldValue("Input_CpdHours"));
        Assert.Equal(title, stale.FieldValue("Input_Title"));
        Assert.Equal(4m, await factory.WithDbAsync(db => db.Set<Course>().Where(c => c.Id == session.CourseId).Select(c => c.CpdHours).SingleAsync()));
    }

    [Theory]
    [InlineData("/training/manage")]
    [InlineData("/training/courses/new")]
    public async Task A_member_cannot_manage_courses(string url)
    {
        var client = await factory.SignInAsync(Member);

        var response = await client.GetAsync(url);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.ToString() ?? "access-denied");
    }

    [Fact]
    public async Task The_manage_page_lists_courses_and_upcoming_sessions_with_their_links()
    {
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var page = await client.GetDocumentAsync("/training/manage");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/training/courses/new", links);
        Assert.Contains($"/training/courses/{session.CourseId}/edit", links);
        Assert.Contains($"/training/courses/{session.CourseId}/sessions/new", links);
        Assert.Contains($"/training/sessions/{session.Id}/edit", links);
        Assert.Contains($"/training/sessions/{session.Id}/cancel", links);
    }
}
