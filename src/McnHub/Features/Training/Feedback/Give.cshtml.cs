using System.Globalization;
using McnHub.Features.Training.Model;
using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Feedback;

/// <summary>Feedback, signed in: only on one's own booking (anyone else is refused, audited).</summary>
public sealed class GiveModel(AppDbContext db, TimeProvider clock) : FeedbackPage(db, clock)
{
    public async Task<IActionResult> OnGetAsync(int bookingId, CancellationToken ct) => await CheckAsync(bookingId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int bookingId, CancellationToken ct) =>
        await CheckAsync(bookingId, ct) ?? await SaveAsync($"/training/feedback/{bookingId}", ct);

    private async Task<IActionResult?> CheckAsync(int bookingId, CancellationToken ct)
    {
        var owner = await Db.Set<Booking>().AsNoTracking().Where(b => b.Id == bookingId).Select(b => (int?)b.PersonId).FirstOrDefaultAsync(ct);
        if (owner is null || !await LoadAsync(bookingId, ct))
        {
            return NotFound();
        }

        if (owner != TrainingAccess.PersonId(User))
        {
            await Db.RecordRefusalAsync(nameof(Booking), bookingId.ToString(CultureInfo.InvariantCulture), "Tried to give feedback on someone else's booking", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return null;
    }
}
