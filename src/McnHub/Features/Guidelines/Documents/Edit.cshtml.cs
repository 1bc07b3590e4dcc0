using McnHub.Features.Guidelines.Library;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>The document's details (not a version's content): its owner or the co-ordinator. Retiring has its own confirmation page (Retire).</summary>
public sealed class EditModel(AppDbContext db) : PageModel, IDocumentFormPage
{
    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> OwnerItems { get; private set; } = [];

    public GuidelineDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        Input = DocumentInput.From(Document);
        OwnerItems = await DocumentForm.OwnerItemsAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        await DocumentForm.ValidateAsync(db, Input, ModelState, ct);
        if (ModelState.IsValid && Document.Version != Input.Version)
        {
            return await StaleAsync(Document, ct);
        }

        if (!ModelState.IsValid)
        {
            OwnerItems = await DocumentForm.OwnerItemsAsync(db, ct);
            return Page();
        }

        db.Entry(Document).Property(d => d.Version).OriginalValue = Input.Version;
        Input.ApplyTo(Document);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<GuidelineDocument>().AsNoTracking().SingleAsync(d => d.Id == id, ct);
            return await StaleAsync(saved, ct);
        }

        TempData["Success"] = "Changes to the document have been saved";
        return Redirect($"/guidelines/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (document, refused) = await GuidelineAccess.FindManagedAsync(db, User, id, "Not the owner of the document nor the co-ordinator: may not change it", ct);
        if (document is null)
        {
            return refused;
        }

        Document = document;
        return null;
    }

    private async Task<IActionResult> StaleAsync(GuidelineDocument saved, CancellationToken ct)
    {
        OwnerItems = await DocumentForm.OwnerItemsAsync(db, ct);
        StaleEdit.Report(ModelState, "document", Input.Compare(saved));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return Page();
    }
}
