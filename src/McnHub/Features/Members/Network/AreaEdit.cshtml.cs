using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Network;

public sealed class AreaEditModel(AppDbContext db) : PageModel, IAreaFormPage
{
    [BindProperty]
    public AreaInput Input { get; set; } = new();

    public int Id { get; private set; }

    public string SavedName { get; private set; } = "";

    public IReadOnlyList<AreaNode> Areas { get; private set; } = [];

    public IEnumerable<SelectListItem> ParentItems => AreaForm.ParentItems(Areas, Id);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var area = await db.Set<Area>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
        {
            return NotFound();
        }

        Input = AreaInput.From(area);
        await ShowAsync(area, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var area = await db.Set<Area>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
        {
            return NotFound();
        }

        await AreaForm.ValidateAsync(db, Input, ModelState, id, ct);
        if (!ModelState.IsValid)
        {
            await ShowAsync(area, ct);
            return Page();
        }

        if (area.Version != Input.Version)
        {
            return await StaleAsync(area, ct);
        }

        db.Entry(area).Property(a => a.Version).OriginalValue = Input.Version;
        Input.ApplyTo(area);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<Area>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
            return current is null ? NotFound() : await StaleAsync(current, ct);
        }

        TempData["Success"] = $"Changes to {area.Name} have been saved";
        return Redirect("/network/areas");
    }

    /// <summary>Deletes an area only when nothing refers to it; otherwise says what does.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        // The delete button posts no area fields: their (empty) validation is not this handler's business.
        ModelState.Clear();
        var area = await db.Set<Area>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
        {
            return NotFound();
        }

        var children = await db.Set<Area>().Where(a => a.ParentId == id).OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(ct);
        var served = await db.Set<OrganisationArea>().CountAsync(x => x.AreaId == id, ct);
        var reasons = new List<string>();
        if (children.Count > 0)
        {
            reasons.Add($"it contains {children.Count} smaller {(children.Count == 1 ? "area" : "areas")} ({string.Join(", ", children)}): move or delete {(children.Count == 1 ? "it" : "them")} first");
        }

        if (served > 0)
        {
            reasons.Add($"{served} {(served == 1 ? "organisation serves" : "organisations serve")} it: change their areas served first");
        }

        if (reasons.Count == 0)
        {
            db.Remove(area);
            try
            {
                await db.SaveChangesAsync(ct);
                TempData["Success"] = $"{area.Name} has been deleted";
                return Redirect("/network/areas");
            }
            catch (DbUpdateException)
            {
                // Another record (added since, or from another module) still refers to it.
                db.ChangeTracker.Clear();
                reasons.Add("other records refer to it");
            }
        }

        ModelState.AddModelError("", $"{area.Name} cannot be deleted because {string.Join("; and ", reasons)}.");
        var saved = await db.Set<Area>().AsNoTracking().FirstAsync(a => a.Id == id, ct);
        Input = AreaInput.From(saved);
        await ShowAsync(saved, ct);
        return Page();
    }

    private async Task<IActionResult> StaleAsync(Area saved, CancellationToken ct)
    {
        await ShowAsync(saved, ct);
        People.StaleEdit.Report(ModelState, "area", Input.Compare(saved, Areas));
        People.StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return Page();
    }

    private async Task ShowAsync(Area area, CancellationToken ct)
    {
        Id = area.Id;
        SavedName = area.Name;
        Areas = await AreaTree.LoadAsync(db, ct);
    }
}
