using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Groups;

public sealed class EditModel(AppDbContext db) : PageModel, IGroupFormPage
{
    [BindProperty]
    public GroupInput Input { get; set; } = new();

    public int Id { get; private set; }

    public string SavedName { get; private set; } = "";

    public IReadOnlyList<GroupNode> Groups { get; private set; } = [];

    public IEnumerable<SelectListItem> ParentItems => GroupForm.ParentItems(Groups, Id);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var group = await db.Set<Group>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return NotFound();
        }

        Input = GroupInput.From(group);
        await ShowAsync(group, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var group = await db.Set<Group>().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return NotFound();
        }

        await GroupForm.ValidateAsync(db, Input, ModelState, id, ct);
        if (!ModelState.IsValid)
        {
            await ShowAsync(group, ct);
            return Page();
        }

        if (group.Version != Input.Version)
        {
            return await StaleAsync(group, ct);
        }

        db.Entry(group).Property(g => g.Version).OriginalValue = Input.Version;
        Input.ApplyTo(group);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<Group>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
            return current is null ? NotFound() : await StaleAsync(current, ct);
        }

        TempData["Success"] = $"Changes to {group.Name} have been saved";
        return Redirect($"/governance/groups/{id}");
    }

    private async Task<IActionResult> StaleAsync(Group saved, CancellationToken ct)
    {
        await ShowAsync(saved, ct);
        StaleEdit.Report(ModelState, "group", Input.Compare(saved, Groups));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return Page();
    }

    private async Task ShowAsync(Group group, CancellationToken ct)
    {
        Id = group.Id;
        SavedName = group.Name;
        Groups = await GroupTree.LoadAsync(db, ct);
    }
}
