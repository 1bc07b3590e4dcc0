using McnHub.Features.Members.People;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Governance.Dashboard;

/// <summary>The co-ordinator's one page of everything needing attention: every registered source, in order.</summary>
public sealed class IndexModel(IEnumerable<IDashboardSource> sources, TimeProvider clock) : PageModel
{
    public IReadOnlyList<DashboardSection> Sections { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = UkDates.Today(clock);
        var context = new DashboardContext(Today, clock.GetUtcNow().UtcDateTime);
        var sections = new List<DashboardSection>();

        // One at a time: they share the request's DbContext.
        foreach (var source in sources)
        {
            sections.Add(await source.LoadAsync(context, ct));
        }

        Sections = sections;
    }
}
