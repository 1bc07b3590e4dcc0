using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Datasets;

/// <summary>
/// A dataset's layout: its sections in order and the data elements in each, compulsory or not. Each button is
/// its own small form (no JavaScript), saved as one change. Nothing that stored values depend on can be removed.
/// </summary>
public sealed class SectionsModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public string? SectionName { get; set; }

    [BindProperty]
    public int? ElementId { get; set; }

    [BindProperty]
    public int? SectionId { get; set; }

    [BindProperty]
    public bool Compulsory { get; set; }

    /// <summary>The dataset's version when the page was shown (each form posts it back).</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The layout the page showed (<see cref="LayoutChanges"/>), to say what changed if the version has moved.</summary>
    [BindProperty]
    public string? Seen { get; set; }

    public string CurrentLayout => currentLayout ??= LayoutChanges.Encode(Dataset);

    private string? currentLayout;

    public Dataset Dataset { get; private set; } = null!;

    /// <summary>Data elements (by id) with values stored in returns of this dataset.</summary>
    public IReadOnlySet<int> ElementsWithValues { get; private set; } = new HashSet<int>();

    public IReadOnlyList<SelectListItem> AvailableElements { get; private set; } = [];

    public IReadOnlyList<SelectListItem> SectionChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddSectionAsync(int id, CancellationToken ct)
    {
        if (await LoadForChangeAsync(id, ct) is { } early)
        {
            return early;
        }

        var name = SectionName?.Trim() ?? "";
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(SectionName), "Enter the name of the section");
        }
        else if (name.Length > 200)
        {
            ModelState.AddModelError(nameof(SectionName), "The section name must be 200 characters or fewer");
        }
        else if (Dataset.Sections.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(SectionName), $"There is already a section called “{name}”");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Add(new DatasetSection { DatasetId = id, Name = name, SortOrder = Dataset.Sections.Select(s => s.SortOrder).DefaultIfEmpty(0).Max() + 1 });
        return await SavedAsync(id, $"The section “{name}” has been added", ct);
    }

    public async Task<IActionResult> OnPostRenameSectionAsync(int id, int section, CancellationToken ct)
    {
        if (await LoadForChangeAsync(id, ct) is { } early)
        {
            return early;
        }

        var target = Dataset.Sections.SingleOrDefault(s => s.Id == section);
        var name = SectionName?.Trim() ?? "";
        if (target is null)
        {
            return await RefusedAsync("That section is no longer in this dataset", ct);
        }

        if (name.Length is 0 or > 200)
        {
            return RenameRefused(section, $"Enter a new name for “{target.Name}” of 200 characters or fewer");
        }

        if (Dataset.Sections.Any(s => s.Id != section && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return RenameRefused(section, $"There is already a section called “{name}”");
        }

        target.Name = name;
        return await SavedAsync(id, $"The section has been renamed “{name}”", ct);
    }

    public async Task<IActionResult> OnPostMoveSectionAsync(int id, int section, bool up, CancellationToken ct)
    {
        if (await LoadForChangeAsync(id, ct) is { } early)
        {
            return early;
        }

        var ordered = Dataset.Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToList();
        var index = ordered.FindIndex(s => s.Id == section);
        if (index < 0)
        {
            return await RefusedAsync("That section is no longer in this dataset", ct);
        }

        Swap(ordered, index, up ? index - 1 : index + 1);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].SortOrder = i + 1;
        }

        return await SavedAsync(id, $"The section “{ordered.First(s => s.Id == section).Name}” has been moved {(up ? "up" : "down")}", ct);
    }

    public async Task<IActionResult> OnPostRemoveSectionAsync(int id, int section, CancellationToken ct)
    {
        if (await LoadForChangeAsync(id, ct) is { } early)
        {
            return early;
        }

        var target = Dataset.Sections.SingleOrDefault(s => s.Id == section);
        if (target is null)
        {
            return await RefusedAsync("That section is no longer in this dataset", ct);
        }

        var kept = target.Elements.Where(e => ElementsWithValues.Contains(e.DataElementId)).Select(e => e.DataElement!.Name).ToList();
        if (kept.Count > 0)
        {
            return await RefusedAsync($"“{target.Name}” cannot be removed: returns of this dataset hold values for {string.Join(", ", kept)}. Rename it instead if it is no longer right.", ct);
        }

        db.RemoveRange(target.Elements);
        db.Remove(target);
        return await SavedAsync(id, $"The section “{target.Name}” has been removed", ct);
    }

    public async Task<IActionResult> OnPostAddElementAsync(int id, CancellationToken ct)
    {
        if (await LoadForChangeAsync(id, ct) is { } early)
        {
            return early;
        }

        var section = Dataset.Sections.SingleOrDefault(s => s.Id == SectionId);
        if (section is null)
        {
            ModelState.AddModelError(nameof(SectionId), Dataset.Sections.Count == 0 ? "Add a section first" : "Choose a section from the list");
        }

        if (ElementId is not int elementId || !await db.Set<DataElement>().AnyAsync(e => e.Id == elementId, ct))
        {
            ModelState.AddModelError(nameof(ElementId), "Choose a data element from the list");
        }
        else if (Dataset.Elements.Any(e => e.DataElementId == elementId))
        {
            ModelState.AddModelError(nameof(ElementId), "That data element is already in this dataset");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Add(new DatasetElement
        {
            DatasetId = id, DatasetSectionId = section!.Id, DataElementId = ElementId!.Value, Compulsory = Compulsory,
            SortOrder = section.Elements.Select(e => e.SortOrder).DefaultIfEmpty(0).Max() + 1,
        });
        return await SavedAsync(id, $"The data element has been added to “{section.Name}”", ct);
    }

    public async Task<IActionResult> OnPostMoveElementAsync(int id, int item, bool up, CancellationToken ct)
    {
        if (await LoadForChangeAsync(id, ct) is { } early)
        {
            return early;
        }

        var target = Dataset.Elements.SingleOrDefault(e => e.Id == item);
        if (target is null)
        {
            return await RefusedAsync("That data element is no longer in this dataset", ct);
        }

        var ordered = target.Section!.Elements.OrderBy(e => e.SortOrder).ThenBy(e => e.Id).ToList();
        var index = ordered.IndexOf(target);
        Swap(ordered, index, up ? index - 1 : index + 1);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].SortOrder = i + 1;
        }

        return await SavedAsync(id, $"“{target.DataElement!.Name}” has been moved {(up ? "up" : "down")}", ct);
    }

    public async Task<IActionResult> OnPostCompulsoryAsync(int id, int item, bool compulsory, CancellationToken ct)
    {
        if (await LoadForChangeAsync(id, ct) is { } early)
        {
            return early;
        }

        var target = Dataset.Elements.SingleOrDefault(e => e.Id == item);
        if (target is null)
        {
            return await RefusedAsync("That data element is no longer in this dataset", ct);
        }

        target.Compulsory = compulsory;
        return await SavedAsync(id, $"“{target.DataElement!.Name}” is now {(compulsory ? "compulsory" : "optional")}", ct);
    }

    public async Task<IActionResult> OnPostRemoveElementAsync(int id, int item, CancellationToken ct)
    {
        if (await LoadForChangeAsync(id, ct) is { } early)
        {
            return early;
        }

        var target = Dataset.Elements.SingleOrDefault(e => e.Id == item);
        if (target is null)
        {
            return await RefusedAsync("That data element is no longer in this dataset", ct);
        }

        if (ElementsWithValues.Contains(target.DataElementId))
        {
            return await RefusedAsync($"“{target.DataElement!.Name}” cannot be removed: returns of this dataset hold values for it", ct);
        }

        db.Remove(target);
        return await SavedAsync(id, $"“{target.DataElement!.Name}” has been removed from this dataset", ct);
    }

    private static void Swap<T>(List<T> items, int from, int to)
    {
        if (to >= 0 && to < items.Count)
        {
            (items[from], items[to]) = (items[to], items[from]);
        }
    }

    /// <summary>The section whose rename was refused: its field shows the error and keeps what was typed.</summary>
    public int? RenameRefusedFor { get; private set; }

    public string? RenameError { get; private set; }

    private PageResult RenameRefused(int section, string message)
    {
        RenameRefusedFor = section;
        RenameError = message;
        ModelState.AddModelError("", message);
        return Page();
    }

    /// <summary>A change refused (the item has gone, or stored values depend on it): shown, and audited like other modules' refusals.</summary>
    private async Task<PageResult> RefusedAsync(string message, CancellationToken ct)
    {
        ModelState.AddModelError("", message);
        await db.RecordRefusalAsync(nameof(Dataset), Dataset.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Dataset layout change refused: {message}", ct);
        return Page();
    }

    /// <summary>Loads the dataset for a change, refusing it when the layout has moved on since the page was shown.</summary>
    private async Task<IActionResult?> LoadForChangeAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        return Version != Dataset.Version ? await StaleAsync(ct) : null;
    }

    private async Task<PageResult> StaleAsync(CancellationToken ct)
    {
        var now = LayoutChanges.Snapshot(Dataset);
        var seen = LayoutChanges.Decode(Seen);
        var ids = (seen ?? []).SelectMany(s => s.Elements.Select(e => e[1])).Concat(now.SelectMany(s => s.Elements.Select(e => e[1]))).Distinct().ToList();
        var names = await db.Set<DataElement>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var changes = LayoutChanges.Describe(seen, now, i => names.GetValueOrDefault(i, "A data element"));
        ModelState.AddModelError("", $"Someone else changed this dataset's layout while you had this page open, so nothing has been changed: {string.Join("; ", changes)}. The layout below is the one now saved: check it and try again.");
        ModelState.Remove(nameof(Version));
        ModelState.Remove(nameof(Seen));
        return Page();
    }

    private async Task<IActionResult> SavedAsync(int id, string message, CancellationToken ct)
    {
        // Every layout change moves the dataset's version, so a page opened before it is caught as stale.
        db.Entry(Dataset).Property(d => d.Version).OriginalValue = Version;
        db.Entry(Dataset).Property(d => d.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return await StaleAsync(ct);
        }

        TempData["Success"] = message;
        return Redirect($"/data/datasets/{id}/sections");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var dataset = await db.Set<Dataset>()
            .Include(d => d.Sections).ThenInclude(s => s.Elements).ThenInclude(e => e.DataElement)
            .Include(d => d.Elements)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, ct);
        if (dataset is null)
        {
            return false;
        }

        Dataset = dataset;
        ElementsWithValues = (await db.Set<DataValue>().Where(v => v.DataReturn!.DatasetId == id).Select(v => v.DataElementId).Distinct().ToListAsync(ct)).ToHashSet();
        var inDataset = dataset.Elements.Select(e => e.DataElementId).ToList();
        AvailableElements = (await db.Set<DataElement>().AsNoTracking().Where(e => !inDataset.Contains(e.Id)).OrderBy(e => e.Name)
            .Select(e => new { e.Id, e.Name, e.Code }).ToListAsync(ct))
            .Select(e => new SelectListItem($"{e.Name} ({e.Code})", e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        SectionChoices = dataset.Sections.OrderBy(s => s.SortOrder)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return true;
    }
}
