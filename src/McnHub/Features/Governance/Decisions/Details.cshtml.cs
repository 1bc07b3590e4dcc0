using System.Globalization;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Decisions;

/// <summary>One decision, what superseded it (or what it superseded), and the actions that follow from it.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public Decision Decision { get; private set; } = null!;

    public IReadOnlyList<ActionRow> Actions { get; private set; } = [];

    public IReadOnlyList<DecisionRow> Supersedes { get; private set; } = [];

    public DateOnly Today { get; } = UkDates.Today();

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var decision = await db.Set<Decision>().AsNoTracking()
            .Include(d => d.Group).Include(d => d.Meeting).Include(d => d.SupersededBy)
            .FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null)
        {
            return NotFound();
        }

        if (!await GovernanceAccess.CanReadGroupAsync(db, User, decision.GroupId, ct))
        {
            await db.RecordRefusalAsync(nameof(Decision), id.ToString(CultureInfo.InvariantCulture), "Tried to read a decision of a private group they are not a member of", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Decision = decision;
        var hidden = await GovernanceAccess.HiddenGroupsAsync(db, User, ct);
        Actions = await new ActionsQuery { HiddenGroups = hidden }.Apply(db.Set<ActionItem>().AsNoTracking().Where(a => a.DecisionId == id), Today).ToListAsync(ct);
        Supersedes = await new DecisionsQuery { HiddenGroups = hidden }.Apply(db.Set<Decision>().AsNoTracking().Where(d => d.SupersededByDecisionId == id), Today).ToListAsync(ct);
        CanEdit = await GovernanceAccess.CanManageAsync(db, User, decision.GroupId, ct);
        return Page();
    }
}
