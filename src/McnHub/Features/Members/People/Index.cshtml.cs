using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.People;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public Discipline? Discipline { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganisationRole? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool DirectoryOnly { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public Page<PersonRow> Results { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    /// <summary>The co-ordinator sees everyone, phones and statuses; members see the professional directory.</summary>
    public bool SeesEveryone => User.IsInRole(Roles.Coordinator);

    public IEnumerable<SelectListItem> OrganisationItems => Organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static IEnumerable<SelectListItem> StatusItems =>
    [
        new("Active", "active"),
        new("Retired", "retired"),
        new("Active and retired", "all"),
    ];

    public static IEnumerable<SelectListItem> SortItems =>
    [
        new("Name", "name"),
        new("Discipline", "discipline"),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var people = Query().Apply(db.Set<Person>().AsNoTracking(), SeesEveryone);
        var total = await people.CountAsync(ct);
        var size = Paging.DefaultPageSize;
        var number = Math.Min(RequestedPage(), Math.Max(1, (int)Math.Ceiling(total / (double)size)));
        var rows = await PeopleQuery.Rows(people.Skip((number - 1) * size).Take(size), SeesEveryone).ToListAsync(ct);
        Results = new Page<PersonRow>(rows, number, size, total);
        Organisations = await PeopleQuery.OrganisationChoicesAsync(db, ct);
    }

    /// <summary>CSV or Excel of every person matching the filters: personal data, so the co-ordinator's only.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!SeesEveryone)
        {
            return Forbid();
        }

        var rows = await PeopleQuery.Rows(Query().Apply(db.Set<Person>().AsNoTracking(), seesEveryone: true), showPhone: true).ToListAsync(ct);
        var table = new Table(
            "people",
            ["Full name", "Email", "Phone", "Discipline", "Job title", "Organisations and roles", "Listed in directory", "Active", "Retired on"],
            rows.Select(p => (IReadOnlyList<object?>)
            [
                p.FullName, p.Email, p.Phone, PersonRules.Describe(p.Discipline), p.JobTitle,
                string.Join("; ", p.Affiliations.Select(a => $"{a.Organisation} ({PersonRules.Describe(a.Role)})")),
                p.ListedInDirectory, p.Active, p.RetiredOn,
            ]));
        return TabularExport.File(table, format ?? "csv");
    }

    public string ExportLink(string format)
    {
        var query = Request.Query.Where(q => q.Key is not ("page" or "handler" or "format"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).ToList();
        query.Add(new("handler", "export"));
        query.Add(new("format", format));
        return Request.Path + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(query!).ToQueryString().Value;
    }

    private PeopleQuery Query() => new()
    {
        Search = Search,
        Organisation = Organisation,
        Discipline = Discipline,
        Role = Role,
        Status = Status,
        DirectoryOnly = DirectoryOnly,
        Sort = Sort,
    };

    // "page" is Razor Pages' own route value, so the page number is read from the query string directly.
    private int RequestedPage() => Paging.ClampPage(int.TryParse(Request.Query["page"], out var n) ? n : null);
}
