using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Training.Feedback;

/// <summary>Feedback per course and per trainer: mean ratings (1–5), response rates and the change in confidence.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<FeedbackFigures> Courses { get; private set; } = [];

    public IReadOnlyList<FeedbackFigures> Trainers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Courses = await FeedbackSummary.ByCourseAsync(db, ct);
        Trainers = await FeedbackSummary.ByTrainerAsync(db, ct);
    }
}
