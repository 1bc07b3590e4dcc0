using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace McnHub.BrowserTests.Support;

/// <summary>
/// Visits pages one after another in the same (usually signed-in) page: each must answer 200, pass axe and
/// leave a screenshot, and the browser must report no error (script, CSP, missing asset). Extend the lists in WalkTests as pages land.
/// </summary>
public static class PageWalk
{
    public static async Task WalkAsync(this IPage page, IEnumerable<string> urls, string label = "", [CallerMemberName] string test = "")
    {
        foreach (var url in urls)
        {
            var response = await page.GotoAsync(url) ?? throw new InvalidOperationException($"No response for {url}");
            Assert.True(response.Status == 200, $"GET {url} answered {response.Status}");
            Assert.True(response.Request.RedirectedFrom is null, $"GET {url} was redirected to {page.Url}");
            await page.AssertNoAxeViolationsAsync();
            page.AssertNoBrowserErrors();
            await Screenshots.SaveAsync(page, test, $"{label}-{url}");
        }
    }
}
