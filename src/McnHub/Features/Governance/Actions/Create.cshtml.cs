using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;

namespace McnHub.Features.Governance.Actions;

public sealed class CreateModel(AppDbContext db) : ActionFormPage(db)
{
    public async Task<IActionResult> OnGetAsync(int? group, int? meeting, int? decision, CancellationToken ct)
    {
        var today = UkDates.Today();
        Input = new ActionInput { RaisedOn = today, DueOn = today.AddDays(28), GroupId = group, SourceMeetingId = meeting, DecisionId = decision };
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await ActionForm.ValidateAsync(Db, User, Input, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }

        var action = new ActionItem();
        Input.ApplyTo(action, UkDates.Today());
        Db.Add(action);
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = "The action has been added";
        return Redirect($"/governance/actions/{action.Id}");
    }
}
