using System.Net;
using McnHub.Features.Members.Agreements;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Members.People;

/// <summary>The queries of the people, agreements and areas pages on a real PostgreSQL server (case, dates, tree).</summary>
public sealed class MembersOnPostgresTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    [Fact]
    public async Task People_search_filters_privacy_and_duplicate_emails_work_on_postgres()
    {
        var listed = await factory.WithDbAsync(db => db.Set<Person>().CountAsync(p => p.ListedInDirectory && p.Active));
        var coordinator = await factory.SignInAsync(Coordinator);
        var member = await factory.SignInAsync(Member);

        var search = await coordinator.GetDocumentAsync("/people?Search=NETWORK+co-ordinator");
        var directory = await member.GetDocumentAsync("/people?Status=all");
        var duplicate = await PageOfAsync(await coordinator.SubmitFormAsync(await coordinator.GetDocumentAsync("/people/new"), new Dictionary<string, string>
        {
            ["Input.FullName"] = "Sam Again",
            ["Input.Email"] = "Member@RIVERLANDS.example",
            ["Input.Discipline"] = "Nurse",
        }));

        Assert.Equal(["Alex Morgan"], search.QuerySelectorAll("[data-list=people] tbody td:first-child a").Select(a => a.TextContent));
        Assert.StartsWith($"{listed} people found", directory.QuerySelector("main h2.nhsuk-heading-m")!.TextContent.Trim());
        Assert.Contains("Someone else already has this email address", duplicate.FieldError("Input_Email"));
    }

    [Fact]
    public async Task Agreement_renewal_filters_compare_dates_on_postgres()
    {
        var today = UkDates.Today();
        var overdue = await factory.WithDbAsync(db => db.Set<Agreement>().CountAsync(a => a.RenewalDue < today));
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync("/agreements?Due=overdue&Sort=organisation");

        Assert.True(overdue > 0);
        Assert.Equal(overdue, page.QuerySelectorAll("[data-list=agreements] tbody tr").Length);
    }

    [Fact]
    public async Task Areas_refuse_a_cycle_and_a_delete_in_use_on_postgres()
    {
        var (icb, northbrook) = await factory.WithDbAsync(async db => (
            await db.Set<Area>().SingleAsync(a => a.Name == "Riverlands Integrated Care Board"),
            await db.Set<Area>().SingleAsync(a => a.Name == "Northbrook")));
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync($"/network/areas/{icb.Id}/edit");

        var cycle = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.ParentId"] = northbrook.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var delete = await PageOfAsync(await client.SubmitFormAsync(await client.GetDocumentAsync($"/network/areas/{northbrook.Id}/edit"), new Dictionary<string, string>(), "#delete-form"));
        var renamed = await client.SubmitFormAsync(await client.GetDocumentAsync($"/network/areas/{northbrook.Id}/edit"), new Dictionary<string, string> { ["Input.Name"] = "Northbrook Borough" });

        Assert.Contains("cannot be part of one of its own smaller areas", cycle.FieldError("Input_ParentId"));
        Assert.Contains("Northbrook cannot be deleted", delete.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Northbrook Borough", await factory.WithDbAsync(db => db.Set<Area>().Where(a => a.Id == northbrook.Id).Select(a => a.Name).SingleAsync()));
    }
}
