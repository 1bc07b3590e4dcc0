using McnHub.Features.Training.Model;
using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.News;

/// <summary>Network news, newest first; the education lead and the co-ordinator also see drafts.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<NewsPost> Posts { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanEdit = TrainingAccess.IsEducationLead(User);
        var query = db.Set<NewsPost>().AsNoTracking();
        if (!CanEdit)
        {
            query = query.Where(p => p.PublishedAt != null);
        }

        var posts = await query.ToListAsync(ct);
        Posts = posts.OrderBy(p => p.PublishedAt is null ? 0 : 1).ThenByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(30).ToList();
    }
}
