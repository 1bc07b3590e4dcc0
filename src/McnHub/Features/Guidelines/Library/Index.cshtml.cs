using McnHub.Features.Guidelines.Documents;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Guidelines.Library;

/// <summary>The library: search and filters in a GET form; filters are bound as text and checked, so a bad value gets a message, not an error.</summary>
public sealed class IndexModel(LibrarySearch search) : PageModel
{
    public const int MaxTextLength = 200;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Audience { get; set; }

    /// <summary>Read from the query by hand: "page" is also Razor Pages' own route value (the page path).</summary>
    public int PageNumber => int.TryParse(Request.Query["page"].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    public IReadOnlyList<SelectListItem> TopicItems { get; private set; } = [];

    public Page<LibraryResult>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        TopicItems = [.. (await search.TopicsAsync(User, ct)).Select(t => new SelectListItem(t, t))];
        if (Q?.Length > MaxTextLength)
        {
            ModelState.AddModelError(nameof(Q), $"Search text must be {MaxTextLength} characters or fewer");
        }

        var kind = Parse<DocumentKind>(Kind, nameof(Kind), "Choose a kind of document from the list");
        var status = Parse<DocumentStatus>(Status, nameof(Status), "Choose a status from the list");
        var audience = Parse<DocumentAudience>(Audience, nameof(Audience), "Choose an audience from the list");
        if (!ModelState.IsValid)
        {
            return;
        }

        Results = await search.SearchAsync(new LibraryCriteria(Q, kind, Topic, status, audience, PageNumber), User, ct);
    }

    private T? Parse<T>(string? value, string key, string message)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        ModelState.AddModelError(key, message);
        return null;
    }
}
