using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Evaluation.Datasets;

public sealed class CreateModel(AppDbContext db) : PageModel, IDatasetFormPage
{
    [BindProperty]
    public DatasetInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Input.ValidateAsync(db, null, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var dataset = new Dataset();
        Input.ApplyTo(dataset);
        db.Add(dataset);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The dataset “{dataset.Name}” has been added: now add its sections and data elements";
        return Redirect($"/data/datasets/{dataset.Id}/sections");
    }
}
