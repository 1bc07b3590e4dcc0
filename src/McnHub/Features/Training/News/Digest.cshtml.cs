using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.News;

/// <summary>The digest's sendings, a preview of this week's, and the "send now" button (at most once a week).</summary>
public sealed class DigestModel(AppDbContext db, TrainingDigest digest, TimeProvider clock) : PageModel
{
    public IReadOnlyList<DigestRun> Runs { get; private set; } = [];

    public string Preview { get; private set; } = "";

    public bool SentThisWeek { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (from, to) = TrainingDigest.Week(DateOnly.FromDateTime(now));
        Runs = await db.Set<DigestRun>().AsNoTracking().OrderByDescending(r => r.PeriodFrom).Take(20).ToListAsync(ct);
        SentThisWeek = Runs.Any(r => r.PeriodFrom == from && r.PeriodTo == to);
        Preview = await digest.ComposeAsync(db, now, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var sent = await digest.SendAsync(clock.GetUtcNow().UtcDateTime, ct);
        TempData["Success"] = sent is { } n ? $"This week's digest was sent to {n} people" : "This week's digest had already been sent: it was not sent again";
        return Redirect("/training/digest");
    }
}
