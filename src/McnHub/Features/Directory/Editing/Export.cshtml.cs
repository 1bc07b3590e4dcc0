using McnHub.Features.Directory.Services;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Directory.Editing;

/// <summary>Every service, with what the co-ordinator checks coverage and freshness by, as CSV or Excel.</summary>
public sealed class ExportModel(AppDbContext db, IOptionsSnapshot<DirectoryOptions> options) : PageModel
{
    public static readonly string[] Headings =
    [
        "Id", "Organisation", "ODS code", "Name", "Types", "Areas", "Minimum age", "Maximum age", "24/7", "Status",
        "Last verified", "Last verified by", "Stale", "Phone", "Email", "Website", "Updated",
    ];

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        format = (format ?? "csv").ToLowerInvariant();
        if (format is not ("csv" or "xlsx"))
        {
            return BadRequest("format must be csv or xlsx");
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var services = await db.Set<Service>().AsNoTracking()
            .Include(s => s.Organisation)
            .Include(s => s.Types).ThenInclude(t => t.Term)
            .Include(s => s.Areas).ThenInclude(a => a.Area)
            .AsSplitQuery()
            .OrderBy(s => s.Organisation!.Name).ThenBy(s => s.Name)
            .ToListAsync(ct);
        var rows = services.Select(s => (IReadOnlyList<object?>)
        [
            s.Id,
            s.Organisation?.Name,
            s.Organisation?.OdsCode,
            s.Name,
            string.Join("; ", s.Types.Select(t => t.Term?.Label).Order(StringComparer.Ordinal)),
            string.Join("; ", s.Areas.Select(a => a.Area?.Name).Order(StringComparer.Ordinal)),
            s.MinimumAge,
            s.MaximumAge,
            s.Is24x7,
            ServiceRules.Describe(s.Status),
            s.LastVerifiedOn,
            s.LastVerifiedBy,
            Freshness.IsStale(s, today, options.Value),
            s.Phone,
            s.Email,
            s.Website,
            s.UpdatedAt,
        ]);
        return TabularExport.File(new Table("services", Headings, rows), format);
    }
}
