using System.Globalization;
using McnHub.Features.Directory.ReadModel;
using McnHub.Platform.Data;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using OrganisationSector = McnHub.Features.Members.Organisations.Sector;

namespace McnHub.Features.Directory.Search;

/// <summary>
/// The public directory: search and filters in a GET form (no JavaScript), results with paging. Everything is
/// bound as text and checked here, so a bad value gets a message in the error summary rather than a failure;
/// page numbers and sizes out of range are clamped instead.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = DirectoryResponseCache.Policy)]
public sealed class IndexModel(AppDbContext db, DirectoryReadModel readModel, DirectorySearch search) : PageModel
{
    public const int MaxTextLength = 200;
    public const int MaxAge = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? TypeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AreaId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Only24x7 { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool IncludeClosed { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "size")]
    public string? Size { get; set; }

    public IReadOnlyList<SelectListItem> TypeItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> AreaItems { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> SectorItems { get; } = [new("NHS", nameof(OrganisationSector.Nhs)), new("Non-NHS", nameof(OrganisationSector.NonNhs))];

    public static IReadOnlyList<SelectListItem> SortItems { get; } = [new("Best match", "relevance"), new("Name (A to Z)", "name")];

    /// <summary>Null when the filters had a problem (the page shows the error summary instead).</summary>
    public Page<DirectorySearchResult>? Results { get; private set; }

    public bool IsTextSearch => !SearchTerms.Parse(Q).IsEmpty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The filter lists come from the directory's read model, like the results (no query for them).
        var snapshot = await readModel.GetAsync(db, ct);
        var terms = snapshot.Terms;
        TypeItems = terms.Select(t => new SelectListItem(t.Label, Invariant(t.Id))).ToList();
        var areas = snapshot.Areas;
        AreaItems = snapshot.AreaOptions.Select(a => new SelectListItem(a.Text, Invariant(a.Id))).ToList();

        if (Q?.Length > MaxTextLength)
        {
            ModelState.AddModelError(nameof(Q), $"Search text must be {MaxTextLength} characters or fewer");
        }

        var typeId = ParseChoice(TypeId, terms.Select(t => t.Id), nameof(TypeId), "Choose a service type from the list");
        var areaId = ParseChoice(AreaId, areas.Select(a => a.Id), nameof(AreaId), "Choose an area from the list");
        int? age = null;
        if (!string.IsNullOrWhiteSpace(Age))
        {
            if (int.TryParse(Age.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= MaxAge)
            {
                age = years;
            }
            else
            {
                ModelState.AddModelError(nameof(Age), $"Enter the child's age as a whole number of years, from 0 to {MaxAge}");
            }
        }

        OrganisationSector? sector = null;
        if (!string.IsNullOrWhiteSpace(Sector))
        {
            if (Enum.TryParse<OrganisationSector>(Sector.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                sector = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Sector), "Choose NHS or non-NHS");
            }
        }

        DirectorySort? sort = Sort?.Trim().ToLowerInvariant() switch
        {
            "name" => DirectorySort.Name,
            "relevance" => DirectorySort.Relevance,
            _ => null,
        };
        // Keep "Best match" selected unless name order was asked for, so the next search with text is ranked;
        // without text, best match falls back to name order.
        Sort = sort == DirectorySort.Name ? "name" : "relevance";
        ModelState.Remove(nameof(Sort));

        if (!ModelState.IsValid)
        {
            return;
        }

        Results = await search.SearchAsync(
            snapshot,
            new DirectorySearchCriteria
            {
                Text = Q,
                TaxonomyTermId = typeId,
                AreaId = areaId,
                Age = age,
                Only24x7 = Only24x7,
                Sector = sector,
                IncludeTemporarilyClosed = IncludeClosed,
                Sort = sort,
                // Read directly: in Razor Pages the route value "page" (the page's path) would win over the query string.
                Page = ParseClamped(Request.Query["page"].FirstOrDefault(), 1),
                PageSize = ParseClamped(Size, Paging.DefaultPageSize),
            },
            ct);
    }

    private int? ParseChoice(string? value, IEnumerable<int> known, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && known.Contains(id))
        {
            return id;
        }

        ModelState.AddModelError(field, message);
        return null;
    }

    /// <summary>A whole number however large (the search clamps it to what exists); anything else gives the fallback.</summary>
    private static long ParseClamped(string? value, long fallback)
    {
        var digits = value?.Trim() ?? "";
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return digits.StartsWith('-') ? 1 : fallback;
        }

        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : long.MaxValue;
    }

    private static string Invariant(int id) => id.ToString(CultureInfo.InvariantCulture);
}
