using System.Net;
using McnHub.Features.Training.Model;
using McnHub.Platform.Audit;
using McnHub.Tests.Features.Training.Materials;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training.Manage;

public sealed class TrainersTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Educator = "educator@riverlands.example";

    private Task<List<int>> TrainersAsync(int sessionId) =>
        factory.WithDbAsync(db => db.Set<SessionTrainer>().Where(t => t.SessionId == sessionId).Select(t => t.PersonId).ToListAsync());

    private Task<int> VersionAsync(int sessionId) =>
        factory.WithDbAsync(db => db.Set<TrainingSession>().Where(s => s.Id == sessionId).Select(s => s.Version).FirstAsync());

    [Fact]
    public async Task A_trainer_added_after_creation_can_mark_the_register_until_removed()
    {
        var session = await factory.SessionAsync();
        var member = await factory.PersonByEmailAsync(Member);
        var memberClient = await factory.SignInAsync(Member);
        var client = await factory.SignInAsync(Educator);
        var before = await memberClient.GetAsync($"/training/sessions/{session.Id}/register");

        var added = await client.SubmitFormAsync(await client.GetDocumentAsync($"/training/sessions/{session.Id}/trainers"),
            new Dictionary<string, string> { ["PersonId"] = member.Id.ToString() }, "form[data-form=add-trainer]");
        var during = await memberClient.GetAsync($"/training/sessions/{session.Id}/register");
        var shown = (await factory.CreateBrowserClient().GetDocumentAsync($"/training/sessions/{session.Id}")).Text();
        var removed = await client.SubmitFormAsync(await client.GetDocumentAsync($"/training/sessions/{session.Id}/trainers"), new Dictionary<string, string>(), "form[data-form=remove-trainer]");
        var after = await memberClient.GetAsync($"/training/sessions/{session.Id}/register");

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Contains(member.FullName, shown);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Empty(await TrainersAsync(session.Id));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Entity == nameof(SessionTrainer) && a.Changes.Contains($"\"{session.Id}\"")
            && (a.Action == AuditAction.Insert || a.Action == AuditAction.Delete))));
    }

    [Fact]
    public async Task Choosing_nobody_an_unknown_person_or_a_current_trainer_is_refused_with_a_message()
    {
        var people = await factory.PeopleAsync(1, skip: 60);
        var session = await factory.SessionAsync(change: s => s.Trainers = [new SessionTrainer { PersonId = people[0].Id }]);
        var client = await factory.SignInAsync(Educator);
        var page = await client.GetDocumentAsync($"/training/sessions/{session.Id}/trainers");

        async Task<string> Error(string value) =>
            (await PageOfAsync(await client.SubmitFormAsync(page, new Dictionary<string, string> { ["PersonId"] = value }, "form[data-form=add-trainer]"))).FieldError("PersonId");

        Assert.Contains("Select the person to add as a trainer", await Error(""));
        Assert.Contains("Select the person to add as a trainer", await Error("999999"));
        Assert.Contains("Select the person to add as a trainer", await Error("not-a-number"));
        Assert.Contains($"{people[0].FullName} is already a trainer of this session", await Error(people[0].Id.ToString()));
        Assert.Equal([people[0].Id], await TrainersAsync(session.Id));
    }

    [Fact]
    public async Task An_add_or_remove_from_a_page_shown_before_someone_else_changed_the_trainers_is_refused_and_changes_nothing()
    {
        var people = await factory.PeopleAsync(3, skip: 40);
        var session = await factory.SessionAsync(change: s => s.Trainers = [new SessionTrainer { PersonId = people[0].Id }]);
        var client = await factory.SignInAsync(Educator);
        var stale = await client.GetDocumentAsync($"/training/sessions/{session.Id}/trainers");
        var versionBefore = await VersionAsync(session.Id);

        var added = await client.SubmitFormAsync(await client.GetDocumentAsync($"/training/sessions/{session.Id}/trainers"),
            new Dictionary<string, string> { ["PersonId"] = people[1].Id.ToString() }, "form[data-form=add-trainer]");
        var versionAfter = await VersionAsync(session.Id);
        var staleAdd = await PageOfAsync(await client.SubmitFormAsync(stale,
            new Dictionary<string, string> { ["PersonId"] = people[2].Id.ToString() }, "form[data-form=add-trainer]"));
        var staleRemove = await PageOfAsync(await client.SubmitFormAsync(stale, new Dictionary<string, string>(), "form[data-form=remove-trainer]"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(versionAfter > versionBefore, $"A trainer change should bump the session's version ({versionBefore} → {versionAfter})");
        Assert.Contains("Someone else changed this session's trainers", staleAdd.ErrorSummary());
        Assert.Equal(people[2].Id.ToString(), staleAdd.FieldValue("PersonId"));
        Assert.Contains("Someone else changed this session's trainers", staleRemove.ErrorSummary());
        Assert.Contains(people[1].FullName, staleRemove.QuerySelector("[data-trainers]")!.TextContent);
        Assert.Equal([people[0].Id, people[1].Id], (await TrainersAsync(session.Id)).Order());
        Assert.Equal(versionAfter, await VersionAsync(session.Id));
    }

    [Fact]
    public async Task A_trainer_page_reshown_after_a_stale_refusal_works_again()
    {
        var people = await factory.PeopleAsync(2, skip: 50);
        var session = await factory.SessionAsync(change: s => s.Trainers = [new SessionTrainer { PersonId = people[0].Id }]);
        var client = await factory.SignInAsync(Educator);
        var stale = await client.GetDocumentAsync($"/training/sessions/{session.Id}/trainers");
        await factory.WithDbAsync(async db =>
        {
            var s = await db.Set<TrainingSession>().FirstAsync(x => x.Id == session.Id);
            s.Notes = "Changed by someone else";
            return await db.SaveChangesAsync();
        });

        var refused = await PageOfAsync(await client.SubmitFormAsync(stale, new Dictionary<string, string>(), "form[data-form=remove-trainer]"));
        var retried = await client.SubmitFormAsync(refused, new Dictionary<string, string>(), "form[data-form=remove-trainer]");

        Assert.Contains("Someone else changed this session's trainers", refused.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Empty(await TrainersAsync(session.Id));
    }

    [Fact]
    public async Task Members_who_do_not_run_the_programme_cannot_change_trainers()
    {
        var member = await factory.PersonByEmailAsync(Member);
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync(Member);

        Assert.True(MaterialTests.Refused(await client.GetAsync($"/training/sessions/{session.Id}/trainers")));
        Assert.True(MaterialTests.Refused(await client.PostAsync($"/training/sessions/{session.Id}/trainers?handler=add", new FormUrlEncodedContent([new("PersonId", member.Id.ToString())]))));
        Assert.Empty(await TrainersAsync(session.Id));
    }
}
