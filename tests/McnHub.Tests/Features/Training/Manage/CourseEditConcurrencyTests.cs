using System.Net;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training.Manage;

/// <summary>A course edit that only changes ticks (audience, competencies) is still checked for staleness.</summary>
public sealed class CourseEditConcurrencyTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Educator = "educator@riverlands.example";

    [Fact]
    public async Task A_stale_edit_that_only_changes_the_audience_ticks_is_refused_and_explained()
    {
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync(Educator);
        var form = await client.GetDocumentAsync($"/training/courses/{session.CourseId}/edit");

        var first = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Audience"] = nameof(Discipline.Nurse) });
        var stale = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Audience"] = nameof(Discipline.Pharmacist) }));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Someone else saved changes to this course", stale.ErrorSummary());
        Assert.Contains("Audience is now saved as “Nurse”; you ticked “Pharmacist”", stale.ErrorSummary());
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)stale.QuerySelector($"#audience-{nameof(Discipline.Pharmacist)}")!).IsChecked);
        var saved = await factory.WithDbAsync(db => db.Set<Course>().Include(c => c.Audience).SingleAsync(c => c.Id == session.CourseId));
        Assert.Equal([Discipline.Nurse], saved.Audience.Select(a => a.Discipline));
    }

    [Fact]
    public async Task A_stale_edit_that_only_changes_the_competency_ticks_is_refused()
    {
        var session = await factory.SessionAsync();
        var competencies = await factory.WithDbAsync(db => db.Set<Competency>().OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync());
        var client = await factory.SignInAsync(Educator);
        var form = await client.GetDocumentAsync($"/training/courses/{session.CourseId}/edit");

        var first = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.CompetencyIds"] = competencies[0].ToString() });
        var stale = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.CompetencyIds"] = competencies[1].ToString() }));
        var again = await client.SubmitFormAsync(stale, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Someone else saved changes to this course", stale.ErrorSummary());
        Assert.Contains("Competencies", stale.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Course>().Include(c => c.Competencies).SingleAsync(c => c.Id == session.CourseId));
        Assert.Equal([competencies[1]], saved.Competencies.Select(c => c.CompetencyId));
    }
}
