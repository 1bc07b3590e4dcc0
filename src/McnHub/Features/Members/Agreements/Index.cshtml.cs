using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Agreements;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public AgreementKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Due { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public DateOnly Today { get; } = UkDates.Today();

    public Page<AgreementRow> Results { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public IEnumerable<SelectListItem> OrganisationItems => Organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static IEnumerable<SelectListItem> SortItems =>
    [
        new("Renewal date, soonest first", "renewal"),
        new("Renewal date, latest first", "renewal-desc"),
        new("Organisation", "organisation"),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = Query().Apply(db.Set<Agreement>().AsNoTracking(), Today);
        var total = await rows.CountAsync(ct);
        var size = Paging.DefaultPageSize;
        var number = Math.Min(Paging.ClampPage(int.TryParse(Request.Query["page"], out var n) ? n : null), Math.Max(1, (int)Math.Ceiling(total / (double)size)));
        Results = new Page<AgreementRow>(await rows.Skip((number - 1) * size).Take(size).ToListAsync(ct), number, size, total);
        Organisations = await PeopleQuery.OrganisationChoicesAsync(db, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var rows = await Query().Apply(db.Set<Agreement>().AsNoTracking(), Today).ToListAsync(ct);
        var table = new Table(
            "agreements",
            ["Organisation", "Kind", "Signed on", "Renewal due", "Status", "Signatories", "Document"],
            rows.Select(a => (IReadOnlyList<object?>)
            [
                a.Organisation, AgreementRules.Describe(a.Kind), a.SignedOn, a.RenewalDue,
                AgreementRules.Describe(a.Status(Today)), a.Signatories, a.DocumentName,
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

    private AgreementsQuery Query() => new() { Organisation = Organisation, Kind = Kind, Due = Due, Sort = Sort };
}
