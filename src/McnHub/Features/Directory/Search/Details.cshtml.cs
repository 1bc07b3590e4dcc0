using McnHub.Features.Directory.Services;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Directory.Search;

/// <summary>One service, with everything a family or professional needs to act on it. Defunct services are gone (404).</summary>
public sealed class DetailsModel(AppDbContext db, IOptions<DirectoryOptions> options, TimeProvider clock) : PageModel
{
    public Service Service { get; private set; } = null!;

    public bool IsStale { get; private set; }

    public int StaleAfterMonths => options.Value.StaleAfterMonths;

    /// <summary>The signed-in user may edit this service (co-ordinator, or a lead of its organisation).</summary>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var service = await db.Set<Service>().AsNoTracking().AsSplitQuery()
            .Include(s => s.Organisation)
            .Include(s => s.Types).ThenInclude(t => t.Term)
            .Include(s => s.Areas).ThenInclude(a => a.Area)
            .Include(s => s.Locations)
            .Include(s => s.Hours)
            .SingleOrDefaultAsync(s => s.Id == id && s.Status != ServiceStatus.Defunct, ct);
        if (service is null)
        {
            return NotFound();
        }

        Service = service;
        IsStale = Freshness.IsStale(service, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), options.Value);
        return Page();
    }

    public IEnumerable<string> TypeLabels => Service.Types.Where(t => t.Term is not null)
        .OrderBy(t => t.Term!.SortOrder).ThenBy(t => t.Term!.Label).Select(t => t.Term!.Label);

    public IEnumerable<string> AreaNames => Service.Areas.Where(a => a.Area is not null)
        .Select(a => a.Area!.Name).Order(StringComparer.CurrentCultureIgnoreCase);

    /// <summary>Opening periods of one day, in time order, as "9am to 5pm"; empty when closed that day.</summary>
    public IReadOnlyList<string> HoursOn(DayOfWeek day) => Service.Hours
        .Where(h => h.Day == day)
        .OrderBy(h => h.Opens)
        .Select(h => $"{DirectoryFormat.Time(h.Opens)} to {DirectoryFormat.Time(h.Closes)}")
        .ToList();

    public static IEnumerable<string> AddressLines(ServiceLocation l) =>
        new[] { l.AddressLine1, l.AddressLine2, l.Town, l.Postcode }.Where(s => !string.IsNullOrWhiteSpace(s))!;

    /// <summary>Links only to web addresses; anything else typed in the website field is shown as text.</summary>
    public static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
