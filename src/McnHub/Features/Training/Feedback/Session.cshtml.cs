using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Feedback;

/// <summary>One session's feedback: the figures and the free-text answers (anonymous: no names are shown).</summary>
public sealed class SessionModel(AppDbContext db) : PageModel
{
    public sealed record Comment(string? WentWell, string? CouldImprove, string? PracticeChange);

    public TrainingSession Session { get; private set; } = null!;

    public FeedbackFigures Figures { get; private set; } = null!;

    public IReadOnlyList<Comment> Comments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Course).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        Session = session;
        Figures = await FeedbackSummary.ForSessionAsync(db, id, session.DisplayTitle, ct);
        Comments = await db.Set<Model.Feedback>().AsNoTracking()
            .Where(f => f.Booking!.SessionId == id && (f.WentWell != null || f.CouldImprove != null || f.PracticeChange != null))
            .OrderBy(f => f.Id)
            .Select(f => new Comment(f.WentWell, f.CouldImprove, f.PracticeChange))
            .ToListAsync(ct);
        return Page();
    }
}
