using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Rules;

public sealed class EditModel(AppDbContext db, ExpressionService expressions) : PageModel, IRuleFormPage
{
    [BindProperty]
    public RuleInput Input { get; set; } = new();

    public IReadOnlySet<string> Codes { get; private set; } = new HashSet<string>();

    public ValidationRule Rule { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = RuleInput.From(Rule);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await Input.ValidateAsync(db, Rule.DatasetId, expressions, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Rule).Property(r => r.Version).OriginalValue = Input.Version;
        Input.ApplyTo(Rule);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            StaleEdit.Report(ModelState, "rule", Input.Compare(Rule));
            StaleEdit.TakeVersion(ModelState, "Input.Version");
            Input.Version = Rule.Version;
            return Page();
        }

        TempData["Success"] = $"Changes to the rule “{Rule.Name}” have been saved";
        return Redirect($"/data/datasets/{Rule.DatasetId}/rules");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var rule = await db.Set<ValidationRule>().Include(r => r.Dataset).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return false;
        }

        Rule = rule;
        Codes = await RuleInput.KnownCodesAsync(db, rule.DatasetId, ct);
        return true;
    }
}
