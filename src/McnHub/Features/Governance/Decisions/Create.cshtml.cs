using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;

namespace McnHub.Features.Governance.Decisions;

public sealed class CreateModel(AppDbContext db) : DecisionFormPage(db)
{
    public async Task<IActionResult> OnGetAsync(int? group, int? meeting, CancellationToken ct)
    {
        Input = new DecisionInput { GroupId = group, MeetingId = meeting, DecidedOn = UkDates.Today() };
        return await ShowAsync(null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await DecisionForm.ValidateAsync(Db, User, Input, null, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(null, ct);
        }

        var decision = new Decision();
        Input.ApplyTo(decision);
        Db.Add(decision);
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = "The decision has been recorded";
        return Redirect($"/governance/decisions/{decision.Id}");
    }
}
