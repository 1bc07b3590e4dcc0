using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Governance.Risks;

public sealed class CreateModel(AppDbContext db, TimeProvider clock) : PageModel, IRiskFormPage
{
    [BindProperty]
    public RiskInput Input { get; set; } = new();

    public IReadOnlyList<Choice> People { get; private set; } = [];

    public IReadOnlyList<Choice> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.ReviewDate = UkDates.Today(clock).AddMonths(3);
        await LoadChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await RiskForm.ValidateAsync(db, Input, ModelState, ct);
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(ct);
            return Page();
        }

        var risk = new Risk();
        Input.ApplyTo(risk);
        db.Add(risk);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The risk “{risk.Title}” has been added";
        return Redirect("/governance/risks");
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        People = await RiskForm.PeopleAsync(db, ct);
        Groups = await RiskForm.GroupsAsync(db, ct);
    }
}
