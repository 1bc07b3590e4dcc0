using System.Globalization;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Outcomes;

/// <summary>The period an analysis covers, as UTC instants (end exclusive) and in words.</summary>
public sealed record AnalysisPeriod(string Label, DateTime FromUtc, DateTime ToUtc, string FileSuffix);

/// <summary>
/// An analysis page over a chosen period: the last 12 months (the default), a calendar year, or dates the user
/// chooses (UK dates, both inclusive). Plain GET forms, so it works without script and every view is a link;
/// downloads carry the same period. Bad input shows the error summary and no figures, never a silent fallback.
/// </summary>
public abstract class PeriodPageModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const string Last12Months = "last-12-months";

    protected AppDbContext Db => db;
    public const string Custom = "custom";

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>The period shown; null when the choice was not valid (the errors say why).</summary>
    public AnalysisPeriod? Chosen { get; private set; }

    public IReadOnlyList<SelectListItem> PeriodItems { get; private set; } = [];

    public bool IsCustom => Period == Custom;

    /// <summary>"&amp;Period=…" (and the dates) to append to a download link, so it holds the figures on screen.</summary>
    public string PeriodQuery => IsCustom
        ? new QueryBuilder { { nameof(Period), Custom }, { nameof(From), Iso(From) }, { nameof(To), Iso(To) } }.ToQueryString().Value!.Replace('?', '&')
        : new QueryBuilder { { nameof(Period), Period ?? Last12Months } }.ToQueryString().Value!.Replace('?', '&');

    /// <summary>Checks the choice and sets <see cref="Chosen"/>; false (with messages in ModelState) when it is not valid.</summary>
    protected async Task<bool> ChoosePeriodAsync(CancellationToken ct)
    {
        var today = UkDates.Today(clock);
        var first = await db.Set<TrainingSession>().MinAsync(s => (DateTime?)s.StartsAt, ct);
        var firstYear = Math.Min(first?.Year ?? today.Year, today.Year);
        PeriodItems =
        [
            new("Last 12 months", Last12Months),
            .. Enumerable.Range(firstYear, today.Year - firstYear + 1).Reverse()
                .Select(y => new SelectListItem(y == today.Year ? $"{y} so far" : y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))),
        ];

        if (Period is null && (From is not null || To is not null || ModelState.ContainsKey(nameof(From)) || ModelState.ContainsKey(nameof(To))))
        {
            Period = Custom;
        }

        Period ??= Last12Months;
        if (Period == Last12Months)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            Chosen = new AnalysisPeriod("the last 12 months", now.AddMonths(-12), now, "last-12-months");
            ClearDates();
            return true;
        }

        if (Period != Custom)
        {
            if (int.TryParse(Period, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= firstYear && year <= today.Year)
            {
                Chosen = Between(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture));
                ClearDates();
                return true;
            }

            ModelState.AddModelError(nameof(Period), "Choose a period from the list");
            return false;
        }

        Reword(nameof(From), "Enter the ‘from’ date as a real date, like 2026-04-01");
        Reword(nameof(To), "Enter the ‘to’ date as a real date, like 2027-03-31");
        if (From is null && !HasError(nameof(From)))
        {
            ModelState.AddModelError(nameof(From), "Enter the ‘from’ date, or choose a period from the list instead");
        }

        if (To is null && !HasError(nameof(To)))
        {
            ModelState.AddModelError(nameof(To), "Enter the ‘to’ date, or choose a period from the list instead");
        }

        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), "The ‘to’ date must be the same as or after the ‘from’ date");
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        Chosen = Between(From!.Value, To!.Value, $"the period from {UkDates.Format(From)} to {UkDates.Format(To)}", $"{Iso(From)}-to-{Iso(To)}");
        return true;
    }

    /// <summary>The table to download, named with the period so the file says what it covers.</summary>
    protected IActionResult Export(IReadOnlyList<Table> tables, int table, string? format)
    {
        if (Chosen is null)
        {
            return BadRequest();
        }

        return table >= 0 && table < tables.Count && format is "csv" or "xlsx"
            ? TabularExport.File(tables[table] with { Name = $"{tables[table].Name} {Chosen.FileSuffix}" }, format)
            : NotFound();
    }

    private static AnalysisPeriod Between(DateOnly from, DateOnly to, string label, string suffix) =>
        new(label, Audit.UkTime.StartOfDayUtc(from), Audit.UkTime.StartOfDayUtc(to.AddDays(1)), suffix);

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    /// <summary>Dates left in the query when a list period is chosen are not used: clear them so the form does not suggest they were.</summary>
    private void ClearDates()
    {
        ModelState.Remove(nameof(From));
        ModelState.Remove(nameof(To));
        From = null;
        To = null;
    }

    private void Reword(string key, string message)
    {
        if (HasError(key))
        {
            ModelState[key]!.Errors.Clear();
            ModelState.AddModelError(key, message);
        }
    }
}
