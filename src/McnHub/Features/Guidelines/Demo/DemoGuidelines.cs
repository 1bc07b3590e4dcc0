using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Guidelines.Adoption;
using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Demo;

/// <summary>
/// About 25 demo documents in every status: several versions, a pending draft and consultation on approved ones,
/// consultations with comments (some answered), adoption records across the member organisations over the past
/// year and a half, and a few overdue reviews. Idempotent (does nothing when any document exists); runs after the
/// people and governance seeds (it borrows their people, groups and decisions when present).
/// </summary>
public static partial class DemoGuidelines
{
    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        if (await db.Set<GuidelineDocument>().AnyAsync(ct))
        {
            return;
        }

        var people = await db.Set<Person>().Where(p => p.Active).OrderBy(p => p.Id).Select(p => new { p.Id, p.Email, p.FullName }).ToListAsync(ct);
        if (people.Count == 0)
        {
            return;
        }

        int Owner(string email, int fallback) => people.FirstOrDefault(p => p.Email == email)?.Id ?? people[fallback % people.Count].Id;
        var owners = new[] { Owner("member@riverlands.example", 0), Owner("lead@riverlands.example", 1), Owner("coordinator@riverlands.example", 2), Owner("educator@riverlands.example", 3) };
        var groups = await db.Set<Group>().OrderBy(g => g.Id).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var approver = groups.FirstOrDefault(g => g.Name == "Clinical leads group")?.Id ?? groups.FirstOrDefault()?.Id;
        var decision = await db.Set<Decision>().Where(d => d.Statement.Contains("guideline")).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        var organisations = await db.Set<Organisation>().Where(o => o.Status == MembershipStatus.Member).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct);

        var documents = new List<GuidelineDocument>();
        var current = new Dictionary<GuidelineDocument, GuidelineVersion>();
        for (var i = 0; i < Catalogue.Length; i++)
        {
            var e = Catalogue[i];
            var document = new GuidelineDocument
            {
                Title = e.Title,
                Summary = $"Network {Kind(e.Kind)} on {e.Title.ToLowerInvariant()}: what every member organisation does, and when to ask for specialist advice.",
                Kind = e.Kind,
                Topics = GuidelineTopics.Parse(e.Topics),
                OwnerId = owners[i % owners.Length],
                Audience = e.Audience,
                Status = e.Status,
                CreatedAt = DateTime.UtcNow.AddDays(-700 + (i * 10)),
            };
            var approvedStart = today.AddDays(-600 + (i * 13));
            var locked = e.Status is DocumentStatus.Approved or DocumentStatus.Retired;
            for (var n = 1; n <= e.Versions; n++)
            {
                var isLast = n == e.Versions;
                var approvedOn = approvedStart.AddDays((n - 1) * 150);
                var version = new GuidelineVersion
                {
                    Document = document,
                    Number = n,
                    Body = Body(e.Title, e.Topics, n),
                    ChangeSummary = n == 1 ? "First version" : $"Updated recommendations after the {approvedOn.Year} evidence review",
                    CreatedBy = "Demo data",
                };
                if (locked)
                {
                    version.Status = isLast ? VersionStatus.Approved : VersionStatus.Superseded;
                    version.ApprovedOn = approvedOn;
                    version.ApprovedByGroupId = approver;
                    version.DecisionId = i == 0 && isLast ? decision : null;
                    version.ApprovedBy = "Alex Morgan";
                    version.EffectiveDate = approvedOn.AddDays(7);
                    version.ReviewDate = version.EffectiveDate.Value.AddYears(2);
                    if (isLast)
                    {
                        current[document] = version;
                    }
                }
                else
                {
                    version.Status = e.Status == DocumentStatus.Consultation ? VersionStatus.Consultation : VersionStatus.Draft;
                    Consult(version, e.Status == DocumentStatus.Consultation, today, i);
                }

                document.Versions.Add(version);
            }

            if (e.Pending is { } pending)
            {
                var next = new GuidelineVersion
                {
                    Document = document,
                    Number = e.Versions + 1,
                    Status = pending,
                    Body = Body(e.Title, e.Topics, e.Versions + 1) + "\n\n## Changes under discussion\n\nDoses updated after the regional formulary review.",
                    ChangeSummary = "Doses updated after the regional formulary review",
                    CreatedBy = "Demo data",
                };
                Consult(next, pending == VersionStatus.Consultation, today, i);
                document.Versions.Add(next);
            }

            if (locked)
            {
                document.ReviewDate = today.AddDays(e.ReviewInDays);
                document.LastReviewedOn = e.ReviewInDays > 300 && i % 3 == 0 ? today.AddDays(-60) : null;
            }

            documents.Add(document);
        }

        db.AddRange(documents);
        db.AddRange(Adoptions(documents.Where(d => d.Status == DocumentStatus.Approved).ToList(), organisations, today));
        await db.SaveChangesAsync(ct);

        // The current version points back at its document: set once both rows exist (EF cannot order the cycle in one batch).
        foreach (var (document, version) in current)
        {
            document.CurrentVersionId = version.Id;
        }

        await db.SaveChangesAsync(ct);
    }

    private static string Kind(DocumentKind kind) => GuidelineText.Kind(kind).ToLowerInvariant();

    /// <summary>A consultation window around today, with comments from members on different sections, the first ones answered.</summary>
    private static void Consult(GuidelineVersion version, bool open, DateOnly today, int seed)
    {
        if (!open)
        {
            return;
        }

        version.ConsultationOpensOn = today.AddDays(-10 - (seed % 5));
        version.ConsultationClosesOn = today.AddDays(18 + (seed % 7));
        string[] sections = ["Recommendations", "Scope", "General", "Evidence"];
        string[] authors = ["Sam Patel", "Jo Fletcher", "Priya Shah", "Chris Okafor"];
        string[] texts =
        [
            "Could the recommendations say who is responsible out of hours?",
            "Please include young adults up to 25 who are still under children's services.",
            "Clear and practical. A one-page summary for families would help.",
            "The evidence section should cite the 2024 update.",
        ];
        var count = 2 + (seed % 3);
        for (var c = 0; c < count; c++)
        {
            version.Comments.Add(new ConsultationComment
            {
                Section = sections[c % sections.Length],
                Text = texts[c % texts.Length],
                AuthorName = authors[(c + seed) % authors.Length],
                PostedAt = DateTime.UtcNow.AddDays(-8 + c),
                Answer = c < count - 1 ? "Thank you: we have changed the text to cover this." : null,
                AnsweredBy = c < count - 1 ? "Document owner" : null,
                AnsweredAt = c < count - 1 ? DateTime.UtcNow.AddDays(-2) : null,
            });
        }
    }

    /// <summary>Most organisations move from "in progress" to "adopted" over time; some never adopt or find it not applicable.</summary>
    private static IEnumerable<AdoptionRecord> Adoptions(List<GuidelineDocument> documents, List<int> organisations, DateOnly today)
    {
        for (var d = 0; d < documents.Count; d++)
        {
            var approved = documents[d].Versions.Where(v => v.ApprovedOn != null).Min(v => v.ApprovedOn!.Value);
            for (var o = 0; o < organisations.Count; o++)
            {
                var pattern = (d + (2 * o)) % 6;
                if (pattern == 5)
                {
                    continue;
                }

                var first = approved.AddDays(20 + (o * 9));
                if (first > today)
                {
                    continue;
                }

                var record = (AdoptionStatus status, DateOnly on, string? note) => new AdoptionRecord
                {
                    Document = documents[d],
                    OrganisationId = organisations[o],
                    Status = status,
                    RecordedOn = on,
                    Note = note,
                    LocalLead = o % 2 == 0 ? "Clinical nurse specialist" : "Consultant paediatrician",
                    RecordedBy = "Demo data",
                };
                switch (pattern)
                {
                    case 0 or 1 or 2:
                        yield return record(AdoptionStatus.InProgress, first, "Going through our clinical governance committee");
                        var adopted = first.AddDays(60 + (o * 11));
                        if (adopted <= today)
                        {
                            yield return record(AdoptionStatus.Adopted, adopted, "Ratified and in use");
                        }

                        break;
                    case 3:
                        yield return record(AdoptionStatus.NotAdopted, first, "Our local policy covers this; under review");
                        break;
                    default:
                        yield return record(AdoptionStatus.NotApplicable, first, "We do not provide this service");
                        break;
                }
            }
        }
    }
}
