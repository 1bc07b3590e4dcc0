using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.News;

/// <summary>Writes a news post (new or existing); ticking "publish" puts it on the news page and in the next digest.</summary>
public sealed class EditModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NewsInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }

        var post = await db.Set<NewsPost>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (post is null)
        {
            return NotFound();
        }

        Input = new NewsInput { Title = post.Title, Body = post.Body, Publish = post.PublishedAt is not null, Version = post.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        NewsPost? post;
        if (id is null)
        {
            post = new NewsPost { CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = User.Identity?.Name };
        }
        else
        {
            post = await db.Set<NewsPost>().FirstOrDefaultAsync(p => p.Id == id, ct);
            if (post is null)
            {
                return NotFound();
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (id is not null)
        {
            db.Entry(post).Property(p => p.Version).OriginalValue = Input.Version;
        }
        else
        {
            db.Add(post);
        }

        post.Title = Input.Title!.Trim();
        post.Body = Input.Body!.Trim();
        post.PublishedAt = Input.Publish ? post.PublishedAt ?? clock.GetUtcNow().UtcDateTime : null;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Keep what they typed; show what is saved now, field by field, and take the new version so saving again keeps theirs.
            var current = await db.Set<NewsPost>().AsNoTracking().FirstAsync(p => p.Id == id, ct);
            if (current.Title != Input.Title!.Trim())
            {
                ModelState.AddModelError("Input.Title", $"Someone else changed this post while you were editing. Title: yours \"{Input.Title}\", saved \"{current.Title}\"");
            }

            if (current.Body != Input.Body!.Trim())
            {
                ModelState.AddModelError("Input.Body", "Someone else changed this post's text while you were editing: the saved text is on the news page. Save again to keep yours.");
            }

            if (ModelState.IsValid)
            {
                ModelState.AddModelError(string.Empty, "Someone else saved this post while you were editing. Save again to keep your version.");
            }

            ModelState.Remove("Input.Version");
            Input.Version = current.Version;
            return Page();
        }

        TempData["Success"] = post.PublishedAt is null ? $"Draft \"{post.Title}\" saved" : $"\"{post.Title}\" is published";
        return Redirect("/training/news");
    }
}
