using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Rules;

public sealed class CreateModel(AppDbContext db, ExpressionService expressions) : PageModel, IRuleFormPage
{
    [BindProperty]
    public RuleInput Input { get; set; } = new();

    public IReadOnlySet<string> Codes { get; private set; } = new HashSet<string>();

    public string DatasetName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int datasetId, CancellationToken ct) => await ShowAsync(datasetId, ct);

    public async Task<IActionResult> OnPostAsync(int datasetId, CancellationToken ct)
    {
        if (await ShowAsync(datasetId, ct) is NotFoundResult notFound)
        {
            return notFound;
        }

        await Input.ValidateAsync(db, datasetId, expressions, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var rule = new ValidationRule { DatasetId = datasetId };
        Input.ApplyTo(rule);
        db.Add(rule);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The rule “{rule.Name}” has been added";
        return Redirect($"/data/datasets/{datasetId}/rules");
    }

    private async Task<IActionResult> ShowAsync(int datasetId, CancellationToken ct)
    {
        var name = await db.Set<Dataset>().Where(d => d.Id == datasetId).Select(d => d.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }

        DatasetName = name;
        Codes = await RuleInput.KnownCodesAsync(db, datasetId, ct);
        return Page();
    }
}
