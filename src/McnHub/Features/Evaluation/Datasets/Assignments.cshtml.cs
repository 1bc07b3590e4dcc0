using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Datasets;

/// <summary>Which organisations return a dataset; saved as one change. Returns already made stay when an organisation is taken off.</summary>
public sealed class AssignmentsModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public List<int> Selected { get; set; } = [];

    public Dataset Dataset { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Name, MembershipStatus Status)> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Selected = Dataset.Assignments.Select(a => a.OrganisationId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var wanted = Selected.Where(s => Organisations.Any(o => o.Id == s)).ToHashSet();
        db.RemoveRange(Dataset.Assignments.Where(a => !wanted.Contains(a.OrganisationId)));
        var existing = Dataset.Assignments.Select(a => a.OrganisationId).ToHashSet();
        db.AddRange(wanted.Where(o => !existing.Contains(o)).Select(o => new DatasetAssignment { DatasetId = id, OrganisationId = o }));
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"{wanted.Count} organisations now return “{Dataset.Name}”";
        return Redirect("/data/datasets");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var dataset = await db.Set<Dataset>().Include(d => d.Assignments).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (dataset is null)
        {
            return false;
        }

        Dataset = dataset;
        Organisations = (await db.Set<Organisation>().AsNoTracking().Where(o => o.Status != MembershipStatus.Left).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Status }).ToListAsync(ct)).Select(o => (o.Id, o.Name, o.Status)).ToList();
        return true;
    }
}
