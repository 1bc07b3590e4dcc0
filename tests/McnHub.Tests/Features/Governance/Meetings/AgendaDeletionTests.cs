using System.Net;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Platform.Audit;
using McnHub.Platform.Files;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Meetings;

/// <summary>Deleting agenda papers and conflict declarations: asked first, officers only, audited, never after approval.</summary>
public sealed class AgendaDeletionTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Task<(int Paper, int Conflict)> PaperAndConflictAsync(int meetingId, int personId) =>
        factory.WithDbAsync(async db =>
        {
            var item = await db.Set<AgendaItem>().FirstAsync(a => a.MeetingId == meetingId);
            var paper = new AgendaPaper { AgendaItemId = item.Id, Title = "Budget paper", File = new StoredFile { FileName = "budget.pdf", ContentType = "application/pdf", Length = 1, Sha256 = "x" } };
            var conflict = new ConflictDeclaration { AgendaItemId = item.Id, PersonId = personId, Nature = "Trustee of a bidder" };
            db.AddRange(paper, conflict);
            await db.SaveChangesAsync();
            return (paper.Id, conflict.Id);
        });

    [Fact]
    public async Task The_chair_confirms_then_deletes_a_paper_and_a_declaration_and_both_deletions_are_audited()
    {
        var chair = await factory.CreatePersonAsync("Chair");
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1, (chair.Id, GroupRole.Chair));
        var meeting = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(10), ["Budget"]);
        var (paper, conflict) = await PaperAndConflictAsync(meeting, chair.Id);
        var client = await factory.SignInAsync(chair.Email);

        var agenda = await client.GetDocumentAsync($"/governance/meetings/{meeting}/agenda");
        var ask = await client.GetDocumentAsync($"/governance/papers/{paper}/delete");
        var deleted = await client.SubmitFormAsync(ask, new Dictionary<string, string>(), "form[data-form=delete]");
        var askConflict = await client.GetDocumentAsync($"/governance/conflicts/{conflict}/delete");
        var deletedConflict = await client.SubmitFormAsync(askConflict, new Dictionary<string, string>(), "form[data-form=delete]");

        Assert.NotNull(agenda.QuerySelector($"a[data-delete-paper='{paper}']"));
        Assert.NotNull(agenda.QuerySelector($"a[data-delete-conflict='{conflict}']"));
        Assert.Contains("Delete the paper \"Budget paper\"?", ask.QuerySelector("h1")!.TextContent);
        Assert.Contains("Trustee of a bidder", askConflict.Text());
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (deleted.StatusCode, deletedConflict.StatusCode));
        Assert.Equal($"/governance/meetings/{meeting}/agenda", deleted.Headers.Location!.OriginalString);
        Assert.False(await factory.WithDbAsync(db => db.Set<AgendaPaper>().AnyAsync(p => p.Id == paper)));
        Assert.False(await factory.WithDbAsync(db => db.Set<ConflictDeclaration>().AnyAsync(c => c.Id == conflict)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == nameof(AgendaPaper) && e.EntityKey == paper.ToString() && e.Action == AuditAction.Delete && e.UserName == chair.Email)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == nameof(ConflictDeclaration) && e.EntityKey == conflict.ToString() && e.Action == AuditAction.Delete)));
    }

    [Fact]
    public async Task A_member_who_is_not_an_officer_is_refused_and_the_attempt_audited()
    {
        var member = await factory.CreatePersonAsync("Member");
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1, (member.Id, GroupRole.Member));
        var meeting = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(10), ["Budget"]);
        var (paper, conflict) = await PaperAndConflictAsync(meeting, member.Id);
        var client = await factory.SignInAsync(member.Email);

        var paperPage = await client.GetAsync($"/governance/papers/{paper}/delete");
        var conflictPage = await client.GetAsync($"/governance/conflicts/{conflict}/delete");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (paperPage.StatusCode, conflictPage.StatusCode));
        Assert.Single(await factory.RefusalsAsync(nameof(AgendaPaper), paper));
        Assert.Single(await factory.RefusalsAsync(nameof(ConflictDeclaration), conflict));
        Assert.True(await factory.WithDbAsync(db => db.Set<AgendaPaper>().AnyAsync(p => p.Id == paper)));
    }

    [Fact]
    public async Task Nothing_can_be_deleted_once_the_meetings_minutes_are_approved()
    {
        var chair = await factory.CreatePersonAsync("Chair");
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1, (chair.Id, GroupRole.Chair));
        var meeting = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(-40), ["Budget"], chair.Id);
        var next = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(-5), ["Minutes"], chair.Id);
        var (paper, conflict) = await PaperAndConflictAsync(meeting, chair.Id);
        var client = await factory.SignInAsync(chair.Email);
        var ask = await client.GetDocumentAsync($"/governance/papers/{paper}/delete");
        var askConflict = await client.GetDocumentAsync($"/governance/conflicts/{conflict}/delete");
        await factory.WithDbAsync(async db =>
        {
            var item = await db.Set<AgendaItem>().FirstAsync(a => a.MeetingId == meeting);
            var minutes = new MeetingMinutes { MeetingId = meeting };
            minutes.Write(item.Id, "Agreed.", "test", DateTime.UtcNow.AddDays(-30));
            minutes.Circulate(DateTime.UtcNow.AddDays(-29));
            minutes.Approve(await db.Set<Meeting>().SingleAsync(m => m.Id == next), chair.Id, true, DateTime.UtcNow.AddDays(-5));
            db.Add(minutes);
            return await db.SaveChangesAsync();
        });

        var refused = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(ask, new Dictionary<string, string>(), "form[data-form=delete]"));
        var refusedConflict = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(askConflict, new Dictionary<string, string>(), "form[data-form=delete]"));
        var later = await client.GetDocumentAsync($"/governance/papers/{paper}/delete");

        Assert.Contains(AgendaRecordDeletion.MinutesApprovedMessage, refused.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Contains(AgendaRecordDeletion.MinutesApprovedMessage, refusedConflict.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.NotNull(later.QuerySelector("[data-refused]"));
        Assert.Null(later.QuerySelector("form[data-form=delete]"));
        Assert.True(await factory.WithDbAsync(db => db.Set<AgendaPaper>().AnyAsync(p => p.Id == paper)));
        Assert.True(await factory.WithDbAsync(db => db.Set<ConflictDeclaration>().AnyAsync(c => c.Id == conflict)));
    }
}
