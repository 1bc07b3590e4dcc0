using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;

namespace McnHub.Features.Training.Feedback;

/// <summary>Feedback from the emailed link, without signing in: the protected token names the booking.</summary>
public sealed class LinkModel(AppDbContext db, TimeProvider clock, FeedbackLinks links) : FeedbackPage(db, clock)
{
    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) =>
        links.BookingId(token) is { } id && await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct) =>
        links.BookingId(token) is { } id && await LoadAsync(id, ct) ? await SaveAsync($"/training/feedback/link/{Uri.EscapeDataString(token)}", ct) : NotFound();
}
