using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Actions;

/// <summary>The network's action log, soonest due first; private groups' actions only for their members.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ActionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Owner { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool DueSoon { get; set; }

    public DateOnly Today { get; } = UkDates.Today();

    public Page<ActionRow> Results { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public IEnumerable<SelectListItem> OwnerItems { get; private set; } = [];

    public IEnumerable<SelectListItem> GroupItems { get; private set; } = [];

    public bool CanAdd { get; private set; }

    public string Caption => $"Actions, page {Results.PageNumber} of {Results.TotalPages}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = (await QueryAsync(ct)).Apply(db.Set<ActionItem>().AsNoTracking(), Today);
        var total = await rows.CountAsync(ct);
        var size = Paging.DefaultPageSize;
        var number = Math.Min(Paging.ClampPage(int.TryParse(Request.Query["page"], out var n) ? n : null), Math.Max(1, (int)Math.Ceiling(total / (double)size)));
        Results = new Page<ActionRow>(await rows.Skip((number - 1) * size).Take(size).ToListAsync(ct), number, size, total);
        var owners = await db.Set<ActionItem>().Select(a => new { a.OwnerPersonId, a.Owner!.FullName }).Distinct().OrderBy(o => o.FullName).ToListAsync(ct);
        OwnerItems = ActionRules.Items(owners.Select(o => new Choice(o.OwnerPersonId, o.FullName)));
        var hidden = await GovernanceAccess.HiddenGroupsAsync(db, User, ct);
        GroupItems = ActionRules.Items(await db.Set<Group>().Where(g => !hidden.Contains(g.Id)).OrderBy(g => g.Name).Select(g => new Choice(g.Id, g.Name)).ToListAsync(ct));
        CanAdd = GovernanceAccess.IsCoordinator(User) || (await GovernanceAccess.OfficerOfAsync(db, GovernanceAccess.PersonId(User), ct)).Count > 0;
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var rows = await (await QueryAsync(ct)).Apply(db.Set<ActionItem>().AsNoTracking(), Today).ToListAsync(ct);
        var table = new Table(
            "actions",
            ["Description", "Owner", "Raised on", "Due on", "Status", "Overdue", "Completed on", "Group", "Source meeting"],
            rows.Select(a => (IReadOnlyList<object?>)
            [
                a.Description, a.Owner, a.RaisedOn, a.DueOn, ActionRules.Describe(a.Status), a.IsOverdue(Today) ? "Yes" : "No",
                a.CompletedOn, a.Group, a.SourceMeeting,
            ]));
        return TabularExport.File(table, format ?? "csv");
    }

    public string ExportLink(string format)
    {
        var query = Request.Query.Where(q => q.Key is not ("page" or "handler" or "format"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).ToList();
        query.Add(new("handler", "export"));
        query.Add(new("format", format));
        return Request.Path + new QueryBuilder(query!).ToQueryString().Value;
    }

    private async Task<ActionsQuery> QueryAsync(CancellationToken ct) => new()
    {
        Status = Status,
        Owner = Owner,
        Group = Group,
        Overdue = Overdue,
        DueSoon = DueSoon,
        HiddenGroups = await GovernanceAccess.HiddenGroupsAsync(db, User, ct),
    };
}
