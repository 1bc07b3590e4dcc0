using McnHub.Features.Guidelines.Demo;
using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Guidelines;

/// <summary>The demo network plus the demo guidelines (the demo seeder calls DemoGuidelines once merged; tests seed it themselves, idempotently).</summary>
public class GuidelinesFactory : McnHubFactory
{
    private readonly SemaphoreSlim _seeded = new(1, 1);
    private bool _done;

    public async Task<GuidelinesFactory> SeededAsync()
    {
        await _seeded.WaitAsync();
        try
        {
            if (!_done)
            {
                await WithDbAsync(async db => { await DemoGuidelines.SeedAsync(db, UkDates.Today()); return 0; });
                _done = true;
            }
        }
        finally
        {
            _seeded.Release();
        }

        return this;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _seeded.Dispose();
        }
    }
}

/// <summary>Documents made for one test, so tests that change them do not disturb each other.</summary>
public static class GuidelineTestData
{
    public const string Coordinator = "coordinator@riverlands.example";
    public const string Member = "member@riverlands.example";
    public const string Lead = "lead@riverlands.example";
    public const string Educator = "educator@riverlands.example";

    /// <summary>A document owned by <paramref name="ownerEmail"/> whose single version has the given status (approved ones are current).</summary>
    public static async Task<GuidelineDocument> AddAsync(McnHubFactory factory, string title, VersionStatus status = VersionStatus.Draft,
        DocumentAudience audience = DocumentAudience.Public, string ownerEmail = Member, string? body = null, string topics = "", DateOnly? reviewDate = null)
    {
        // The demo guidelines seed only into an empty library: seed them first so they are there for every test of the class.
        if (factory is GuidelinesFactory guidelines)
        {
            await guidelines.SeededAsync();
        }

        return await factory.WithDbAsync(async db =>
        {
            var owner = await db.Set<Person>().SingleAsync(p => p.Email == ownerEmail);
            var today = UkDates.Today();
            var document = new GuidelineDocument
            {
                Title = title,
                Summary = "Summary of " + title,
                Kind = DocumentKind.Guideline,
                Topics = GuidelineTopics.Parse(topics),
                OwnerId = owner.Id,
                Audience = audience,
                Status = status switch
                {
                    VersionStatus.Approved => DocumentStatus.Approved,
                    VersionStatus.Consultation => DocumentStatus.Consultation,
                    _ => DocumentStatus.Draft,
                },
            };
            var version = new GuidelineVersion
            {
                Document = document,
                Number = 1,
                Status = status,
                Body = body ?? "## Purpose\n\nWhy it exists.\n\n## Recommendations\n\nWhat to do.",
                ChangeSummary = "First version",
                EffectiveDate = today.AddDays(-30),
                ReviewDate = today.AddYears(1),
            };
            if (status == VersionStatus.Approved)
            {
                version.ApprovedOn = today.AddDays(-31);
                document.ReviewDate = reviewDate ?? today.AddYears(1);
            }

            if (status == VersionStatus.Consultation)
            {
                version.ConsultationOpensOn = today.AddDays(-1);
                version.ConsultationClosesOn = today.AddDays(14);
            }

            db.AddRange(document, version);
            await db.SaveChangesAsync();
            if (status == VersionStatus.Approved)
            {
                document.CurrentVersionId = version.Id;
                await db.SaveChangesAsync();
            }

            return document;
        });
    }
}
