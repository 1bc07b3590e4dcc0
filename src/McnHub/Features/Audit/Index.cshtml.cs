using System.Globalization;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Audit;

/// <summary>The audit trail for the co-ordinator: filter, read each entry's changes, export.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    /// <summary>Exports are built in memory; beyond this the filters should be narrowed.</summary>
    public const int MaxExportRows = 50_000;

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public Page<AuditEntry>? Entries { get; private set; }

    public IReadOnlyList<SelectListItem> EntityItems { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> ActionItems { get; } =
        Enum.GetValues<AuditAction>().Select(a => new SelectListItem(a.ToString(), a.ToString())).ToList();

    public bool Filtered => Entity is not null || Key is not null || UserName is not null || Action is not null || From is not null || To is not null;

    // "page" is also Razor Pages' own route value (the page's path), so it is read from the query explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        EntityItems = (await db.AuditEntries.Select(a => a.Entity).Distinct().ToListAsync(ct))
            .Order(StringComparer.Ordinal)
            .Select(e => new SelectListItem(DisplayName(e), e))
            .ToList();
        if (!CheckFilter())
        {
            return;
        }

        var query = Filter().Apply(db.AuditEntries.AsNoTracking());
        var size = Paging.DefaultPageSize;
        var total = await query.CountAsync(ct);
        var number = Math.Min(Paging.ClampPage(page), Math.Max(1, (int)Math.Ceiling(total / (double)size)));
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        Entries = new Page<AuditEntry>(items, number, size, total);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!CheckFilter())
        {
            return BadRequest();
        }

        var entries = await Filter().Apply(db.AuditEntries.AsNoTracking()).Take(MaxExportRows).ToListAsync(ct);
        var table = new Table(
            "audit-trail",
            ["Entry", "When (UTC)", "User", "Action", "Record type", "Record key", "Changes"],
            entries.Select(e => (IReadOnlyList<object?>)[e.Id, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), e.UserName, e.Action.ToString(), e.Entity, e.EntityKey, AuditChanges.Flatten(e.Changes)]));
        return TabularExport.File(table, format ?? "csv");
    }

    /// <summary>The current filters as a link to a download in <paramref name="format"/>.</summary>
    public string ExportLink(string format)
    {
        var query = Request.Query
            .Where(q => q.Key is not ("page" or "handler" or "format"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("handler", "export"))
            .Append(new("format", format));
        return Request.Path + new QueryBuilder(query!).ToQueryString().Value;
    }

    public static string RecordLink(AuditEntry entry) =>
        "/audit" + new QueryBuilder { { "Entity", entry.Entity }, { "Key", entry.EntityKey } }.ToQueryString().Value;

    public static string When(AuditEntry entry) =>
        UkTime.ToUk(entry.At).ToString("d MMM yyyy, HH:mm:ss", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>Generic entity types are recorded with their arity ("IdentityUserRole`1"); people need not see it.</summary>
    /// <summary>The record type in words: "ServiceLocation" reads "Service location"; Identity's own types get plain names.</summary>
    public static string DisplayName(string entity)
    {
        var name = entity.Split('`')[0];
        var known = name switch
        {
            "ApplicationUser" => "User account",
            "IdentityUserRole" => "Role membership",
            "IdentityUserClaim" => "User claim",
            "IdentityUserLogin" => "Single sign-on link",
            "IdentityUserToken" => "User security token",
            "IdentityRole" => "Role",
            _ => null,
        };
        return known ?? Humanise(name);
    }

    private static string Humanise(string name)
    {
        var words = System.Text.RegularExpressions.Regex.Split(name, "(?<=[a-z0-9])(?=[A-Z])");
        return string.Join(' ', words.Select((w, i) => i == 0 || (w.Length > 1 && w.All(char.IsUpper)) ? w : w.ToLowerInvariant()));
    }

    public static string TagColour(AuditAction action) => action switch
    {
        AuditAction.Insert => "nhsuk-tag--green",
        AuditAction.Update => "nhsuk-tag--blue",
        AuditAction.Delete => "nhsuk-tag--red",
        _ => "nhsuk-tag--orange",
    };

    private AuditFilter Filter() => new(Entity, Key, UserName, Action, From, To);

    /// <summary>Friendly messages for filters the binder could not read, and a date range that runs backwards.</summary>
    private bool CheckFilter()
    {
        Replace(nameof(From), "Enter the ‘from’ date as a real date, like 2026-11-26");
        Replace(nameof(To), "Enter the ‘to’ date as a real date, like 2026-11-26");
        Replace(nameof(Action), "Choose an action from the list");
        if (From is DateOnly from && To is DateOnly to && to < from)
        {
            ModelState.AddModelError(nameof(To), "The ‘to’ date must be the same as or after the ‘from’ date");
        }

        return ModelState.IsValid;
    }

    private void Replace(string field, string message)
    {
        if (ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0)
        {
            entry.Errors.Clear();
            entry.Errors.Add(message);
        }
    }
}
