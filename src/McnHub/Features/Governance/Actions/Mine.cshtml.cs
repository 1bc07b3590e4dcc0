using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Actions;

/// <summary>"My actions": the signed-in person's actions, open and in progress first.</summary>
public sealed class MineModel(AppDbContext db) : PageModel
{
    public const string CurrentCaption = "Your open and in-progress actions, soonest due first";
    public const string ClosedCaption = "Your done and dropped actions";

    public DateOnly Today { get; } = UkDates.Today();

    public bool HasPerson { get; private set; }

    public IReadOnlyList<ActionRow> Current { get; private set; } = [];

    public IReadOnlyList<ActionRow> Closed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var personId = GovernanceAccess.PersonId(User);
        HasPerson = personId is not null;
        if (personId is null)
        {
            return;
        }

        var rows = await new ActionsQuery { Owner = personId }.Apply(db.Set<ActionItem>().AsNoTracking(), Today).ToListAsync(ct);
        Current = rows.Where(r => !ActionRules.IsClosed(r.Status)).ToList();
        Closed = rows.Where(r => ActionRules.IsClosed(r.Status)).OrderByDescending(r => r.CompletedOn ?? r.DueOn).ToList();
    }
}
