using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Governance.Groups;

public sealed class CreateModel(AppDbContext db) : PageModel, IGroupFormPage
{
    [BindProperty]
    public GroupInput Input { get; set; } = new();

    public IReadOnlyList<GroupNode> Groups { get; private set; } = [];

    public IEnumerable<SelectListItem> ParentItems => GroupForm.ParentItems(Groups, null);

    public async Task OnGetAsync(int? parentId, CancellationToken ct)
    {
        Input.ParentId = parentId;
        Groups = await GroupTree.LoadAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await GroupForm.ValidateAsync(db, Input, ModelState, groupId: null, ct);
        if (!ModelState.IsValid)
        {
            Groups = await GroupTree.LoadAsync(db, ct);
            return Page();
        }

        var group = new Group();
        Input.ApplyTo(group);
        db.Add(group);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"{group.Name} has been added: add its members, then its terms of reference";
        return Redirect($"/governance/groups/{group.Id}");
    }
}
