using McnHub.BrowserTests.Support;
using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.Organisations;
using Microsoft.EntityFrameworkCore;
using static McnHub.BrowserTests.Support.BrowserTest;

namespace McnHub.BrowserTests.Walks;

/// <summary>The guideline library's pages, on the demo documents looked up by title and state.</summary>
public static class GuidelinesWalk
{
    public static readonly ModuleWalk Walk = new(async app =>
    {
        var ids = await app.WithDbAsync(async db =>
        {
            var symptoms = await db.Set<GuidelineDocument>().Where(d => d.Title == "Symptom management at the end of life at home").Select(d => d.Id).SingleAsync();
            var consultation = await db.Set<GuidelineVersion>().Where(v => v.DocumentId == symptoms && v.Status == VersionStatus.Consultation).Select(v => v.Number).FirstAsync();
            var draft = await db.Set<GuidelineVersion>().Where(v => v.Status == VersionStatus.Draft).OrderBy(v => v.Id).Select(v => new { v.DocumentId, v.Number }).FirstAsync();
            var kingfisher = await db.Set<Organisation>().Where(o => o.Name == DemoIds.LeadsOrganisationName).Select(o => o.Id).SingleAsync();
            return (symptoms, consultation, draft.DocumentId, draft.Number, kingfisher);
        });
        var (doc, consultationNumber, draftDoc, draftNumber, org) = ids;
        return
        [
            ("anonymous", "/Guidelines/Library/Index", new Visit("/guidelines")),
            ("anonymous", "/Guidelines/Library/Index", new Visit("/guidelines?q=advance+care+plan")),
            (Member, "/Guidelines/Library/Details", new Visit($"/guidelines/{doc}")),
            (Member, "/Guidelines/Library/Versions", new Visit($"/guidelines/{doc}/versions")),
            (Member, "/Guidelines/Library/Version", new Visit($"/guidelines/{doc}/versions/1")),
            (Member, "/Guidelines/Library/Compare", new Visit($"/guidelines/{doc}/compare?from=1&to=2")),
            (Member, "/Guidelines/Consultation/Comments", new Visit($"/guidelines/{doc}/versions/{consultationNumber}/comments")),
            (Member, "/Guidelines/Reviews/Index", new Visit("/guidelines/reviews")),
            (Member, "/Guidelines/Adoption/Index", new Visit("/guidelines/adoption")),
            (Member, "/Guidelines/Adoption/Document", new Visit($"/guidelines/{doc}/adoption")),
            (Member, "/Guidelines/Adoption/Organisation", new Visit($"/guidelines/adoption/organisations/{org}")),
            (Lead, "/Guidelines/Adoption/Record", new Visit($"/guidelines/{doc}/adoption/{org}")),
            (Coordinator, "/Guidelines/Documents/Create", new Visit("/guidelines/new")),
            (Coordinator, "/Guidelines/Documents/Edit", new Visit($"/guidelines/{doc}/edit")),
            (Coordinator, "/Guidelines/Documents/Retire", new Visit($"/guidelines/{doc}/retire")),
            (Coordinator, "/Guidelines/Documents/NewVersion", new Visit($"/guidelines/{draftDoc}/versions/new")),
            (Coordinator, "/Guidelines/Documents/EditVersion", new Visit($"/guidelines/{draftDoc}/versions/{draftNumber}/edit")),
            (Coordinator, "/Guidelines/Documents/Approve", new Visit($"/guidelines/{draftDoc}/versions/{draftNumber}/approve")),
            (Coordinator, "/Guidelines/Consultation/Open", new Visit($"/guidelines/{draftDoc}/versions/{draftNumber}/consultation")),
            (Coordinator, "/Guidelines/Reviews/Review", new Visit($"/guidelines/{doc}/review")),
        ];
    }, new Dictionary<string, string>());
}
