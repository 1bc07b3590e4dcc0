using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>
/// A meeting's agenda: add, remove and reorder items (a numbered order field, no script), upload papers through
/// <see cref="FileStore"/>, and record conflicts of interest per item. Each form has its own handler.
/// </summary>
public sealed class AgendaModel(AppDbContext db, FileStore files, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AgendaItemInput Item { get; set; } = new();

    [BindProperty]
    public PaperInput Paper { get; set; } = new();

    [BindProperty]
    public ConflictInput Conflict { get; set; } = new();

    /// <summary>Agenda item id → the position typed for it (fields "Orders[id]", read from the form by the reorder handler).</summary>
    private Dictionary<int, string> Orders { get; set; } = [];

    public MeetingView View { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> PersonItems { get; private set; } = [];

    public IEnumerable<SelectListItem> ItemItems => View.Agenda.Select((a, i) => new SelectListItem($"{i + 1}. {a.Title}", a.Id.ToString()));

    public static readonly IEnumerable<SelectListItem> PurposeItems =
        Enum.GetValues<AgendaPurpose>().Select(p => new SelectListItem(MeetingView.Describe(p), p.ToString()));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(Item.Title))
        {
            ModelState.AddModelError("Item.Title", "Enter the agenda item's title");
        }
        else if (Item.Title.Trim().Length > 300)
        {
            ModelState.AddModelError("Item.Title", "Title must be 300 characters or fewer");
        }

        if (Item.DurationMinutes is < 1 or > 600)
        {
            ModelState.AddModelError("Item.DurationMinutes", "Minutes must be between 1 and 600");
        }

        if (Item.OwnerPersonId is { } owner && !await db.Set<Person>().AnyAsync(p => p.Id == owner, ct))
        {
            ModelState.AddModelError("Item.OwnerPersonId", "Select a person from the list");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var order = View.Agenda.Count == 0 ? 1 : View.Agenda.Max(a => a.Order) + 1;
        db.Add(new AgendaItem { MeetingId = id, Order = order, Title = Item.Title!.Trim(), OwnerPersonId = Item.OwnerPersonId, DurationMinutes = Item.DurationMinutes, Purpose = Item.Purpose });
        await db.SaveChangesAsync(ct);
        return Done(id, "The agenda item has been added");
    }

    /// <summary>Renumbers the items by the positions typed (ties keep their current order).</summary>
    public async Task<IActionResult> OnPostReorderAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        foreach (var (key, value) in Request.Form)
        {
            if (key.StartsWith("Orders[", StringComparison.Ordinal) && key.EndsWith(']') && int.TryParse(key[7..^1], out var itemId))
            {
                Orders[itemId] = value.ToString().Trim();
            }
        }

        var items = await db.Set<AgendaItem>().Where(a => a.MeetingId == id).OrderBy(a => a.Order).ThenBy(a => a.Id).ToListAsync(ct);
        foreach (var item in items)
        {
            if (Orders.TryGetValue(item.Id, out var typed) && !int.TryParse(typed, out _))
            {
                ModelState.AddModelError($"Orders[{item.Id}]", $"The position of \"{item.Title}\" must be a whole number, like 2");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var position = 1;
        foreach (var item in items.Select((a, i) => (a, i))
                     .OrderBy(x => Orders.TryGetValue(x.a.Id, out var t) && int.TryParse(t, out var n) ? n : x.i + 1).ThenBy(x => x.i).Select(x => x.a))
        {
            item.Order = position++;
        }

        await db.SaveChangesAsync(ct);
        return Done(id, "The agenda has been reordered");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int itemId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var item = await db.Set<AgendaItem>().FirstOrDefaultAsync(a => a.Id == itemId && a.MeetingId == id, ct);
        if (item is null)
        {
            return NotFound();
        }

        db.Remove(item);
        await db.SaveChangesAsync(ct);
        return Done(id, $"\"{item.Title}\" has been removed from the agenda");
    }

    public async Task<IActionResult> OnPostPaperAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (Paper.ItemId is not { } itemId || View.Agenda.All(a => a.Id != itemId))
        {
            ModelState.AddModelError("Paper.ItemId", "Select the agenda item the paper is for");
        }

        if (string.IsNullOrWhiteSpace(Paper.Title) || Paper.Title.Trim().Length > 300)
        {
            ModelState.AddModelError("Paper.Title", "Enter the paper's title (300 characters or fewer)");
        }

        if (Paper.File is null)
        {
            ModelState.AddModelError("Paper.File", "Select the paper to upload");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        StoredFile stored;
        try
        {
            stored = await files.SaveAsync(Paper.File!, ct);
        }
        catch (UploadRejectedException rejected)
        {
            ModelState.AddModelError("Paper.File", rejected.Message);
            return Page();
        }

        db.Add(new AgendaPaper { AgendaItemId = Paper.ItemId!.Value, Title = Paper.Title!.Trim(), FileId = stored.Id });
        await db.SaveChangesAsync(ct);
        return Done(id, "The paper has been uploaded");
    }

    public async Task<IActionResult> OnPostConflictAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (Conflict.ItemId is not { } itemId || View.Agenda.All(a => a.Id != itemId))
        {
            ModelState.AddModelError("Conflict.ItemId", "Select the agenda item the conflict is about");
        }

        if (Conflict.PersonId is not { } personId || !await db.Set<Person>().AnyAsync(p => p.Id == personId, ct))
        {
            ModelState.AddModelError("Conflict.PersonId", "Select who declared the conflict");
        }

        if (string.IsNullOrWhiteSpace(Conflict.Nature))
        {
            ModelState.AddModelError("Conflict.Nature", "Describe the nature of the conflict");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Add(new ConflictDeclaration { AgendaItemId = Conflict.ItemId!.Value, PersonId = Conflict.PersonId!.Value, Nature = Conflict.Nature!.Trim(), Handling = string.IsNullOrWhiteSpace(Conflict.Handling) ? null : Conflict.Handling.Trim() });
        await db.SaveChangesAsync(ct);
        return Done(id, "The conflict of interest has been recorded");
    }

    private RedirectResult Done(int id, string message)
    {
        TempData["Success"] = message;
        return Redirect($"/governance/meetings/{id}/agenda");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var view = await MeetingView.LoadAsync(db, User, id, GroupClock.Today(clock), clock.GetUtcNow().UtcDateTime, ct);
        if (view is null)
        {
            return NotFound();
        }

        if (!view.CanEdit)
        {
            return await MeetingRefusal.RefuseAsync(db, nameof(Meeting), id, "Tried to change the agenda of a meeting of a group they do not chair or clerk", ct);
        }

        View = view;
        PersonItems = await db.Set<Person>().AsNoTracking().Where(p => p.Active).OrderBy(p => p.FullName)
            .Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToListAsync(ct);
        return null;
    }
}
