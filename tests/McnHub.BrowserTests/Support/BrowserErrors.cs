using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace McnHub.BrowserTests.Support;

/// <summary>
/// What a page reports to the console as an error — a script exception, a resource that failed to load, something
/// the CSP refused — is a defect the person using the page would not see but would suffer.
/// </summary>
public static class BrowserErrors
{
    private static readonly ConditionalWeakTable<IPage, List<string>> Errors = [];

    public static void Watch(IPage page)
    {
        var errors = Errors.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"{message.Location}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add($"uncaught: {error}");
            }
        };
    }

    /// <summary>Fails if the page has reported any error since it was opened (or since the last check).</summary>
    public static void AssertNoBrowserErrors(this IPage page)
    {
        var found = Take(page);
        Assert.True(found.Count == 0, $"The browser reported errors on {page.Url}:\n" + string.Join('\n', found));
    }

    /// <summary>The errors the page has reported since it was opened (or since the last check), which are then forgotten.</summary>
    public static IReadOnlyList<string> Take(IPage page)
    {
        if (!Errors.TryGetValue(page, out var errors))
        {
            throw new InvalidOperationException("This page is not watched: open it with BrowserTest.NewPageAsync.");
        }

        lock (errors)
        {
            var found = errors.ToList();
            errors.Clear();
            return found;
        }
    }
}
