using McnHub.Features.Guidelines.Documents;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Reviews;

public sealed record DueReview(int Id, string Title, string OwnerName, string OwnerEmail, int OwnerId, DateOnly ReviewDate);

/// <summary>Approved documents whose review date has passed or is close: the reviews page, the dashboard and the reminders use it.</summary>
public static class ReviewQueries
{
    public const int DueWithinDays = 60;

    public static Task<List<DueReview>> DueAsync(AppDbContext db, DateOnly until, CancellationToken ct) =>
        db.Set<GuidelineDocument>().AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Approved && d.ReviewDate != null && d.ReviewDate <= until)
            .OrderBy(d => d.ReviewDate).ThenBy(d => d.Title)
            .Select(d => new DueReview(d.Id, d.Title, d.Owner!.FullName, d.Owner.Email, d.OwnerId, d.ReviewDate!.Value))
            .ToListAsync(ct);
}
