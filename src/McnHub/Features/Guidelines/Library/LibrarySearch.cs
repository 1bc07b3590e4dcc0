using System.Security.Claims;
using McnHub.Features.Directory.Search;
using McnHub.Features.Guidelines.Documents;
using McnHub.Platform.Data;
using McnHub.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Library;

public sealed record LibraryCriteria(string? Text, DocumentKind? Kind, string? Topic, DocumentStatus? Status, DocumentAudience? Audience, int Page = 1, int PageSize = 20);

public sealed record LibraryResult(int Id, string Title, string Summary, DocumentKind Kind, DocumentStatus Status, DocumentAudience Audience, IReadOnlyList<string> Topics, int? VersionNumber, DateOnly? ReviewDate);

/// <summary>
/// The library query: what the user may see (<see cref="GuidelineAccess.Visible"/>), filtered, and ranked by the
/// full-text index when there is text — the directory's approach (docs/adr/0007): the same <see cref="SearchTerms"/>,
/// so FTS and tsquery syntax typed by users is only ever words.
/// </summary>
public sealed class LibrarySearch(AppDbContext db)
{
    public async Task<Page<LibraryResult>> SearchAsync(LibraryCriteria criteria, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var size = Math.Clamp(criteria.PageSize, 1, 100);
        var terms = SearchTerms.Parse(criteria.Text);
        var documents = GuidelineAccess.Visible(db.Set<GuidelineDocument>().AsNoTracking(), user);
        if (criteria.Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(criteria.Topic))
        {
            var marker = GuidelineTopics.Marker(criteria.Topic);
            documents = documents.Where(d => d.Topics.Contains(marker));
        }

        if (criteria.Status is { } status)
        {
            documents = documents.Where(d => d.Status == status);
        }

        if (criteria.Audience is { } audience)
        {
            documents = documents.Where(d => d.Audience == audience);
        }

        IQueryable<Ranked> ranked = terms.IsEmpty
            ? documents.Select(d => new Ranked { Document = d, Score = 0 })
            : from hit in GuidelineFullText.Hits(db, terms)
              join d in documents on hit.DocumentId equals d.Id
              select new Ranked { Document = d, Score = hit.Score };
        var total = await ranked.CountAsync(ct);
        var lastPage = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(criteria.Page, 1, lastPage);
        var rows = await ranked
            .OrderByDescending(r => r.Score).ThenBy(r => r.Document.Title).ThenBy(r => r.Document.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(r => new
            {
                r.Document.Id,
                r.Document.Title,
                r.Document.Summary,
                r.Document.Kind,
                r.Document.Status,
                r.Document.Audience,
                r.Document.Topics,
                Number = (int?)r.Document.CurrentVersion!.Number,
                r.Document.ReviewDate,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new LibraryResult(r.Id, r.Title, r.Summary, r.Kind, r.Status, r.Audience, GuidelineTopics.Split(r.Topics), r.Number, r.ReviewDate)).ToList();
        return new Page<LibraryResult>(items, page, size, total);
    }

    /// <summary>Every topic in use among the documents the user may see, for the filter.</summary>
    public async Task<IReadOnlyList<string>> TopicsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var stored = await GuidelineAccess.Visible(db.Set<GuidelineDocument>().AsNoTracking(), user).Select(d => d.Topics).ToListAsync(ct);
        return [.. stored.SelectMany(GuidelineTopics.Split).Distinct().Order(StringComparer.Ordinal)];
    }

    private sealed class Ranked
    {
        public required GuidelineDocument Document { get; init; }

        public double Score { get; init; }
    }
}
