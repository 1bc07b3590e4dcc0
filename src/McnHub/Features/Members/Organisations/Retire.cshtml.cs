using System.Globalization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

/// <summary>
/// The co-ordinator records that an organisation has left the network. Nothing is deleted: its history stays,
/// and editing its status undoes this.
/// </summary>
public sealed class RetireModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? LeftOn { get; set; }

        public int Version { get; set; }
    }

    public Organisation Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organisation = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Input = new InputModel { LeftOn = OrganisationInput.Iso(Today), Version = organisation.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var organisation = await db.Set<Organisation>().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        const string field = "Input.LeftOn";
        DateOnly leftOn = default;
        if (string.IsNullOrWhiteSpace(Input.LeftOn))
        {
            ModelState.AddModelError(field, "Enter the date the organisation left");
        }
        else if (!OrganisationRules.TryParseDate(Input.LeftOn, out leftOn) || leftOn.Year < 1900)
        {
            ModelState.AddModelError(field, "Date left must be a real date, like 31/03/2024");
        }
        else if (leftOn > Today)
        {
            ModelState.AddModelError(field, "Date left must be today or in the past");
        }
        else if (organisation.JoinedOn is { } joined && leftOn < joined)
        {
            ModelState.AddModelError(field, $"Date left must be the same as or after the date it joined ({joined.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(organisation).Property(o => o.Version).OriginalValue = Input.Version;
        organisation.Status = MembershipStatus.Left;
        organisation.LeftOn = leftOn;
        organisation.StatusSince = leftOn;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
            if (saved is null)
            {
                return NotFound();
            }

            Organisation = saved;
            Input.Version = saved.Version;
            ModelState.AddModelError("", $"Someone else changed this organisation while you were on this page: its status is now {OrganisationRules.Describe(saved.Status)}. Check the details, then select the button again if it has still left.");
            return Page();
        }

        TempData["Success"] = $"{organisation.Name} has been recorded as having left the network. To undo this, edit its membership status.";
        return Redirect($"/organisations/{id}");
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
