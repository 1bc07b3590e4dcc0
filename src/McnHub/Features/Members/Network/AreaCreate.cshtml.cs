using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Members.Network;

public sealed class AreaCreateModel(AppDbContext db) : PageModel, IAreaFormPage
{
    [BindProperty]
    public AreaInput Input { get; set; } = new() { Kind = AreaKind.LocalAuthority };

    public IReadOnlyList<AreaNode> Areas { get; private set; } = [];

    public IEnumerable<SelectListItem> ParentItems => AreaForm.ParentItems(Areas, null);

    public async Task OnGetAsync(int? parentId, CancellationToken ct)
    {
        Input.ParentId = parentId;
        Areas = await AreaTree.LoadAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await AreaForm.ValidateAsync(db, Input, ModelState, areaId: null, ct);
        if (!ModelState.IsValid)
        {
            Areas = await AreaTree.LoadAsync(db, ct);
            return Page();
        }

        var area = new Area();
        Input.ApplyTo(area);
        db.Add(area);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"{area.Name} has been added";
        return Redirect("/network/areas");
    }
}
