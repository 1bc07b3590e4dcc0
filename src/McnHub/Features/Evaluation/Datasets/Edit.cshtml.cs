using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Datasets;

public sealed class EditModel(AppDbContext db) : PageModel, IDatasetFormPage
{
    [BindProperty]
    public DatasetInput Input { get; set; } = new();

    public string Heading { get; private set; } = "";

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var dataset = await db.Set<Dataset>().FindAsync([id], ct);
        if (dataset is null)
        {
            return NotFound();
        }

        Input = DatasetInput.From(dataset);
        Heading = dataset.Name;
        Id = id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var dataset = await db.Set<Dataset>().FindAsync([id], ct);
        if (dataset is null)
        {
            return NotFound();
        }

        Heading = dataset.Name;
        Id = id;
        await Input.ValidateAsync(db, dataset, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(dataset).Property(d => d.Version).OriginalValue = Input.Version;
        Input.ApplyTo(dataset);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<Dataset>().FindAsync([id], ct);
            if (saved is null)
            {
                return NotFound();
            }

            StaleEdit.Report(ModelState, "dataset", Input.Compare(saved));
            StaleEdit.TakeVersion(ModelState, "Input.Version");
            Input.Version = saved.Version;
            return Page();
        }

        TempData["Success"] = $"Changes to “{dataset.Name}” have been saved";
        return Redirect("/data/datasets");
    }
}
