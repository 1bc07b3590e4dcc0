using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Training.Catalogue;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public List<SessionRow> Sessions { get; private set; } = [];

    public static IEnumerable<SelectListItem> FormatItems => Enum.GetValues<TrainingFormat>().Select(f => new SelectListItem(TrainingText.Format(f), f.ToString()));

    public static IEnumerable<SelectListItem> LevelItems => Enum.GetValues<CourseLevel>().Select(l => new SelectListItem(l.ToString(), l.ToString()));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (filter, errors) = SessionFilter.Parse(Format, Level, From, To);
        foreach (var (key, messages) in errors)
        {
            ModelState.AddModelError(char.ToUpperInvariant(key[0]) + key[1..], messages[0].Replace(key + " must", "The " + key + " date must", StringComparison.Ordinal));
        }

        Sessions = await SessionQuery.UpcomingAsync(db, filter, clock.GetUtcNow().UtcDateTime, ct);
    }
}
