using System.Globalization;
using McnHub.Features.Members.Network;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

/// <summary>The public list of organisations: search, filters, sort, paging and downloads, all in the query string.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const string AllStatuses = "all";

    /// <summary>Who the list shows unless asked otherwise: the network as it is now.</summary>
    public static readonly MembershipStatus[] DefaultStatuses = [MembershipStatus.Member, MembershipStatus.Prospective];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sector")]
    public string? SectorFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public string? AreaFilter { get; set; }

    /// <summary>Empty: members and prospective members; "all"; or one status.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortBy { get; set; }

    [BindProperty(SupportsGet = true, Name = "dir")]
    public string? Direction { get; set; }

    /// <summary>From the query string by hand: "page" is also the route value naming the Razor page, which model binding would take first.</summary>
    public int? PageNumber => int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public sealed record Row(int Id, string Name, string? OdsCode, OrganisationType Type, Sector Sector, string? Town, MembershipStatus Status, DateOnly? JoinedOn);

    public Page<Row> Results { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public OrganisationQuery Query { get; private set; } = new();

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public string StatusDescription => Query.Statuses switch
    {
        null => "any status",
        { Count: 1 } one => OrganisationRules.Describe(one.First()).ToLowerInvariant() + " organisations",
        _ => "members and prospective members",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filtered = await BuildAsync(ct);
        var total = await filtered.CountAsync(ct);
        var size = Paging.DefaultPageSize;
        var lastPage = Math.Max(1, (int)Math.Ceiling(total / (double)size));
        var page = Math.Min(Paging.ClampPage(PageNumber), lastPage);
        var rows = await filtered.Skip((page - 1) * size).Take(size)
            .Select(o => new Row(o.Id, o.Name, o.OdsCode, o.Type, o.Sector, o.Town, o.Status, o.JoinedOn))
            .ToListAsync(ct);
        Results = new Page<Row>(rows, page, size, total);
    }

    /// <summary>The whole filtered list (every page) as CSV or Excel; contact details only for signed-in users.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var filtered = await BuildAsync(ct);
        var table = await OrganisationExport.TableAsync(filtered, User.Identity?.IsAuthenticated == true, ct);
        return TabularExport.File(table, format == "xlsx" ? "xlsx" : "csv");
    }

    private async Task<IQueryable<Organisation>> BuildAsync(CancellationToken ct)
    {
        var areas = await db.Set<Area>().AsNoTracking().OrderBy(a => a.ParentId != null).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.ParentId }).ToListAsync(ct);
        AreaOptions = areas.Select(a => new SelectListItem(
            areas.Any(c => c.ParentId == a.Id) ? $"{a.Name} (all its areas)" : a.Name,
            a.Id.ToString(CultureInfo.InvariantCulture))).ToList();

        // Unknown values in a hand-edited address are ignored rather than refused: the page should always answer.
        Query = new OrganisationQuery
        {
            Search = Q,
            Type = OrganisationRules.TryParseType(TypeFilter, out var type) ? type : null,
            Sector = OrganisationRules.TryParseSector(SectorFilter, out var sector) ? sector : null,
            AreaId = int.TryParse(AreaFilter, CultureInfo.InvariantCulture, out var areaId) && areas.Any(a => a.Id == areaId) ? areaId : null,
            Statuses = StatusFilter == AllStatuses ? null
                : OrganisationRules.TryParseStatus(StatusFilter, out var status) ? [status]
                : DefaultStatuses,
            Sort = Enum.TryParse<OrganisationSort>(SortBy, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(SortBy, out _) ? sort : OrganisationSort.Name,
            Descending = string.Equals(Direction, "desc", StringComparison.OrdinalIgnoreCase),
        };
        return await Query.ApplyAsync(db, ct);
    }

    /// <summary>A link to this list with the current search and filters, changing what is given.</summary>
    public string Link(OrganisationSort? sort = null, bool? descending = null, int? page = null, string? format = null)
    {
        var query = new QueryBuilder();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(key, value);
            }
        }

        if (format is not null)
        {
            Add("handler", "export");
            Add("format", format);
        }

        Add("q", Q?.Trim());
        Add("type", Query.Type?.ToString());
        Add("sector", Query.Sector?.ToString());
        Add("area", Query.AreaId?.ToString(CultureInfo.InvariantCulture));
        Add("status", Query.Statuses is null ? AllStatuses : Query.Statuses.Count == 1 ? Query.Statuses.First().ToString() : null);
        var s = sort ?? Query.Sort;
        var d = descending ?? Query.Descending;
        Add("sort", s == OrganisationSort.Name ? null : s.ToString().ToLowerInvariant());
        Add("dir", d ? "desc" : null);
        if (page is > 1)
        {
            Add("page", page.Value.ToString(CultureInfo.InvariantCulture));
        }

        return "/organisations" + query.ToQueryString().Value;
    }

    /// <summary>The header link of a sortable column: sorts by it ascending, or flips the direction if it is the current sort.</summary>
    public string SortLink(OrganisationSort column) => Link(column, Query.Sort == column && !Query.Descending, page: 1);

    public string AriaSort(OrganisationSort column) =>
        Query.Sort != column ? "none" : Query.Descending ? "descending" : "ascending";
}
