using System.Globalization;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Minutes;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Governance.Decisions;

/// <summary>What the create and edit pages share: the input, the choices and the fields partial.</summary>
public abstract class DecisionFormPage(AppDbContext db) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public DecisionChoices Choices { get; private set; } = new([], [], []);

    public IEnumerable<SelectListItem> GroupItems => ActionRules.Items(Choices.Groups);

    public IEnumerable<SelectListItem> MeetingItems => ActionRules.Items(Choices.Meetings);

    public IEnumerable<SelectListItem> DecisionItems => ActionRules.Items(Choices.Decisions);

    protected AppDbContext Db => db;

    protected async Task<IActionResult> ShowAsync(int? decisionId, CancellationToken ct)
    {
        Choices = await DecisionChoices.LoadAsync(db, decisionId, ct);
        return Page();
    }

    protected async Task<IActionResult?> RefuseAsync(Decision decision, CancellationToken ct)
    {
        if (await GovernanceAccess.CanManageAsync(db, User, decision.GroupId, ct))
        {
            return null;
        }

        await db.RecordRefusalAsync(nameof(Decision), decision.Id.ToString(CultureInfo.InvariantCulture), "Tried to edit a decision without being the co-ordinator or the chair or secretary of its group", ct);
        return StatusCode(StatusCodes.Status403Forbidden);
    }
}
