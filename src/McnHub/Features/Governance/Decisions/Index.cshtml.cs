using McnHub.Features.Governance.Actions;
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

namespace McnHub.Features.Governance.Decisions;

/// <summary>The decisions log across the network, newest first; private groups' decisions only for their members.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public DecisionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool DueForReview { get; set; }

    public DateOnly Today { get; } = UkDates.Today();

    public Page<DecisionRow> Results { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public IEnumerable<SelectListItem> GroupItems { get; private set; } = [];

    public bool CanAdd { get; private set; }

    public string Caption => $"Decisions, page {Results.PageNumber} of {Results.TotalPages}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = (await QueryAsync(ct)).Apply(db.Set<Decision>().AsNoTracking(), Today);
        var total = await rows.CountAsync(ct);
        var size = Paging.DefaultPageSize;
        var number = Math.Min(Paging.ClampPage(int.TryParse(Request.Query["page"], out var n) ? n : null), Math.Max(1, (int)Math.Ceiling(total / (double)size)));
        Results = new Page<DecisionRow>(await rows.Skip((number - 1) * size).Take(size).ToListAsync(ct), number, size, total);
        var hidden = await GovernanceAccess.HiddenGroupsAsync(db, User, ct);
        GroupItems = ActionRules.Items(await db.Set<Group>().Where(g => !hidden.Contains(g.Id)).OrderBy(g => g.Name).Select(g => new Choice(g.Id, g.Name)).ToListAsync(ct));
        CanAdd = GovernanceAccess.IsCoordinator(User) || (await GovernanceAccess.OfficerOfAsync(db, GovernanceAccess.PersonId(User), ct)).Count > 0;
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var rows = await (await QueryAsync(ct)).Apply(db.Set<Decision>().AsNoTracking(), Today).ToListAsync(ct);
        var table = new Table(
            "decisions",
            ["Statement", "Group", "Decided on", "Status", "Review date", "Due for review"],
            rows.Select(d => (IReadOnlyList<object?>)[d.Statement, d.Group, d.DecidedOn, DecisionRules.Describe(d.Status), d.ReviewDate, d.IsDueForReview(Today) ? "Yes" : "No"]));
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

    private async Task<DecisionsQuery> QueryAsync(CancellationToken ct) => new()
    {
        Search = Q,
        Group = Group,
        Status = Status,
        From = From,
        To = To,
        DueForReview = DueForReview,
        HiddenGroups = await GovernanceAccess.HiddenGroupsAsync(db, User, ct),
    };
}
