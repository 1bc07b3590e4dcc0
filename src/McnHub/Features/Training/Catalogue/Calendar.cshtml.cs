using System.Globalization;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Training.Catalogue;

/// <summary>A month of sessions as a plain table (Monday first): works without JavaScript and reads as a table to screen readers.</summary>
public sealed class CalendarModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public DateOnly First { get; private set; }

    public List<DateOnly[]> Weeks { get; private set; } = [];

    public ILookup<DateOnly, SessionRow> ByDay { get; private set; } = Array.Empty<SessionRow>().ToLookup(r => default(DateOnly));

    public string MonthName => First.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public string Link(int months) => "/training/calendar?month=" + First.AddMonths(months).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = MeetingTime.UkDate(now);
        First = new DateOnly(today.Year, today.Month, 1);
        if (!string.IsNullOrWhiteSpace(Month))
        {
            if (DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen))
            {
                First = chosen;
            }
            else
            {
                ModelState.AddModelError(nameof(Month), "The month must be like 2026-12; showing this month instead");
            }
        }

        var start = First.AddDays(-(((int)First.DayOfWeek + 6) % 7));
        var last = First.AddMonths(1).AddDays(-1);
        for (var d = start; d <= last; d = d.AddDays(7))
        {
            Weeks.Add(Enumerable.Range(0, 7).Select(i => d.AddDays(i)).ToArray());
        }

        var from = MeetingTime.ToUtc(start, 0);
        var to = MeetingTime.ToUtc(start.AddDays(Weeks.Count * 7), 0);
        var rows = await SessionQuery.RowsAsync(
            db.Set<TrainingSession>().Where(s => s.StartsAt >= from && s.StartsAt < to && s.Course!.Active).OrderBy(s => s.StartsAt), now, ct);
        ByDay = rows.ToLookup(r => MeetingTime.UkDate(r.StartsAt));
        return Page();
    }
}
