using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Groups;

/// <summary>Every version of a group's terms of reference, newest first.</summary>
public sealed class TermsModel(AppDbContext db) : PageModel
{
    public Group Group { get; private set; } = null!;

    public IReadOnlyList<TermsOfReference> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var group = await db.Set<Group>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return NotFound();
        }

        Group = group;
        Versions = await db.Set<TermsOfReference>().AsNoTracking().Where(t => t.GroupId == id).OrderByDescending(t => t.Number).ToListAsync(ct);
        return Page();
    }
}
