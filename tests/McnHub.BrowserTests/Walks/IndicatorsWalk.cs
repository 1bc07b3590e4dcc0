using McnHub.BrowserTests.Support;
using McnHub.Features.Evaluation;
using Microsoft.EntityFrameworkCore;
using static McnHub.BrowserTests.Support.BrowserTest;

namespace McnHub.BrowserTests.Walks;

/// <summary>Indicators, their dashboards and the network's reports, on the demo indicators and returns.</summary>
public static class IndicatorsWalk
{
    public static readonly ModuleWalk Walk = new(async app =>
    {
        var indicator = await app.WithDbAsync(db => db.Set<Indicator>().OrderBy(i => i.Id).Select(i => new { i.Id, i.Code }).FirstAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var quarter = (today.Month - 1) / 3;
        var lastQuarter = quarter == 0 ? $"{today.Year - 1}Q4" : $"{today.Year}Q{quarter}";
        return
        [
            (Member, "/Evaluation/Dashboards/Index", new Visit("/indicators")),
            (Member, "/Evaluation/Dashboards/Details", new Visit($"/indicators/{indicator.Code}")),
            (Member, "/Evaluation/Reports/Index", new Visit("/reports")),
            (Member, "/Evaluation/Reports/Report", new Visit($"/reports/quarterly/{lastQuarter}")),
            (Coordinator, "/Evaluation/Dashboards/Details", new Visit($"/indicators/{indicator.Code}")),
            (Coordinator, "/Evaluation/Reports/Report", new Visit($"/reports/annual/{today.Year - 1}")),
            (Coordinator, "/Evaluation/Indicators/Manage", new Visit("/indicators/manage")),
            (Coordinator, "/Evaluation/Indicators/Create", new Visit("/indicators/manage/new")),
            (Coordinator, "/Evaluation/Indicators/Edit", new Visit($"/indicators/manage/{indicator.Id}/edit")),
        ];
    }, new Dictionary<string, string>());
}
