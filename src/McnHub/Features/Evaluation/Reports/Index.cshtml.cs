using McnHub.Features.Evaluation.Indicators;
using McnHub.Features.Members.People;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Evaluation.Reports;

/// <summary>The quarterly reports of the last two years and the annual reports of the last three, newest first.</summary>
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<Period> Quarters { get; private set; } = [];

    public IReadOnlyList<Period> Years { get; private set; } = [];

    public int CurrentYear { get; private set; }

    public void OnGet()
    {
        var quarters = new List<Period> { IndicatorValues.LastCompleteQuarter() };
        while (quarters.Count < 8)
        {
            quarters.Add(quarters[^1].Previous);
        }

        Quarters = quarters;
        CurrentYear = UkDates.Today().Year;
        Years = [Period.OfYear(CurrentYear), Period.OfYear(CurrentYear - 1), Period.OfYear(CurrentYear - 2)];
    }
}
