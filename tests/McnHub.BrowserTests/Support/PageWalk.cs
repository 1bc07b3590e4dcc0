using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace McnHub.BrowserTests.Support;

/// <summary>
/// A page to visit, the status it must answer (a few pages answer 403 or 404 by design) and, for an address that
/// sends the visitor on, where it must land.
/// </summary>
public sealed record Visit(string Url, int Status = 200, string? RedirectsTo = null);

/// <summary>
/// Visits pages one after another in the same (usually signed-in) page: each must answer its status without a
/// redirect, pass axe, fit the viewport's width (a wide table scrolls inside its own wrapper, never the page), and
/// leave a screenshot; the browser must report no error (script, CSP, missing asset). Every page is visited before
/// the test fails, so one run lists every problem.
/// </summary>
public static class PageWalk
{
    public static Task WalkAsync(this IPage page, IEnumerable<string> urls, string label = "", [CallerMemberName] string test = "") =>
        page.WalkAsync(urls.Select(u => new Visit(u)), label, test);

    public static async Task WalkAsync(this IPage page, IEnumerable<Visit> visits, string label = "", [CallerMemberName] string test = "")
    {
        var problems = new List<string>();
        foreach (var visit in visits)
        {
            problems.AddRange(await CheckAsync(page, visit));
            await Screenshots.SaveAsync(page, test, $"{label}-{visit.Url}");
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) walking as {label}:\n" + string.Join("\n", problems));
    }

    private static async Task<List<string>> CheckAsync(IPage page, Visit visit)
    {
        var problems = new List<string>();
        var response = await page.GotoAsync(visit.Url);
        if (response is null)
        {
            return [$"GET {visit.Url}: no response"];
        }

        if (response.Status != visit.Status)
        {
            problems.Add($"GET {visit.Url} answered {response.Status}, not {visit.Status}");
        }

        var landedOn = new Uri(page.Url).PathAndQuery;
        if (visit.RedirectsTo is null && response.Request.RedirectedFrom is not null)
        {
            problems.Add($"GET {visit.Url} was redirected to {landedOn}");
        }
        else if (visit.RedirectsTo is not null && landedOn != visit.RedirectsTo)
        {
            problems.Add($"GET {visit.Url} landed on {landedOn}, not {visit.RedirectsTo}");
        }

        var violations = await Axe.RunAsync(page);
        if (violations.Count > 0)
        {
            problems.Add(Axe.Describe(visit.Url, violations));
        }

        // Chromium reports a page answered with an error status as a resource that failed to load: expected here.
        var expected = $"the server responded with a status of {visit.Status} ";
        problems.AddRange(BrowserErrors.Take(page)
            .Where(e => visit.Status == 200 || !e.Contains(expected, StringComparison.Ordinal))
            .Select(e => $"{visit.Url}: browser error {e}"));
        var overflow = await page.SidewaysOverflowAsync();
        if (overflow is not null)
        {
            problems.Add($"{visit.Url}: {overflow}");
        }

        return problems;
    }

    /// <summary>
    /// Null when the page fits the viewport's width; otherwise how wide it is and the widest elements that stick out
    /// (a table inside a scrolling wrapper does not count: the wrapper scrolls, the page does not).
    /// </summary>
    public static async Task<string?> SidewaysOverflowAsync(this IPage page)
    {
        var found = await page.EvaluateAsync<string?>(
            """
            () => {
              const root = document.documentElement;
              if (root.scrollWidth <= root.clientWidth) return null;
              // What sticks out and is not clipped by a scrolling wrapper (an absolutely positioned element escapes
              // a wrapper that is not itself positioned).
              const clipped = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible') return getComputedStyle(e).position !== 'absolute' || getComputedStyle(a).position !== 'static';
                }
                return false;
              };
              // An element sticks out with its box or with its content (a long word overflows its paragraph).
              const right = e => { const r = e.getBoundingClientRect(); return Math.max(r.right, r.left + e.scrollWidth); };
              const out = [...document.body.querySelectorAll('*')].filter(e => right(e) > root.clientWidth + 1 && !clipped(e));
              const culprits = out.filter(e => !out.some(o => o !== e && e.contains(o)))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                  + ' (' + Math.round(right(e)) + 'px)');
              return `the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px viewport; sticking out: ${culprits.join(', ')}`;
            }
            """);
        return found;
    }
}
