using System.ComponentModel.DataAnnotations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace McnHub.Features.Members.Network;

public sealed class EditModel(AppDbContext db, IMemoryCache cache) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the network's name")]
        [StringLength(200, ErrorMessage = "The network's name must be 200 characters or fewer")]
        public string? Name { get; set; }

        [StringLength(120, ErrorMessage = "Region must be 120 characters or fewer")]
        public string? Region { get; set; }

        [StringLength(4000, ErrorMessage = "Aims must be 4,000 characters or fewer")]
        public string? Aims { get; set; }

        [StringLength(4000, ErrorMessage = "Objectives must be 4,000 characters or fewer in all")]
        public string? Objectives { get; set; }

        [StringLength(256, ErrorMessage = "Contact email address must be 256 characters or fewer")]
        [RegularExpression(PersonRules.EmailPattern, ErrorMessage = "Enter a contact email address in the correct format, like network@example.org")]
        public string? ContactEmail { get; set; }

        [Range(1, 12, ErrorMessage = "Choose the month the reporting year starts from the list")]
        public int? ReportingYearStartMonth { get; set; }

        public int Version { get; set; }

        public static IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Months { get; } =
            Enumerable.Range(1, 12).Select(m => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(
                System.Globalization.CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(m),
                m.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        public static InputModel From(NetworkSettings n) => new()
        {
            Name = n.Name,
            Region = n.Region,
            Aims = n.Aims,
            Objectives = n.Objectives,
            ContactEmail = n.ContactEmail,
            ReportingYearStartMonth = n.ReportingYearStart,
            Version = n.Version,
        };

        public void ApplyTo(NetworkSettings n)
        {
            n.Name = Name!.Trim();
            n.Region = Blank(Region);
            n.Aims = Aims?.Trim() ?? "";

            // One objective per line: blank lines and stray spaces are dropped.
            n.Objectives = string.Join('\n', (Objectives ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            n.ContactEmail = Blank(ContactEmail);
            n.ReportingYearStartMonth = ReportingYearStartMonth ?? NetworkSettings.DefaultReportingYearStartMonth;
        }

        public IEnumerable<FieldValues> Compare(NetworkSettings saved) =>
        [
            new("Input.Name", "Name", Name, saved.Name),
            new("Input.Region", "Region", Region, saved.Region),
            new("Input.Aims", "Aims", Aims, saved.Aims),
            new("Input.Objectives", "Objectives", Objectives, saved.Objectives),
            new("Input.ContactEmail", "Contact email address", ContactEmail, saved.ContactEmail),
            new("Input.ReportingYearStartMonth", "Reporting year starts in", Month(ReportingYearStartMonth), Month(saved.ReportingYearStart)),
        ];

        private static string? Month(int? month) =>
            month is >= 1 and <= 12 ? System.Globalization.CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(month.Value) : null;

        private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var network = await db.Set<NetworkSettings>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new NetworkSettings();
        Input = InputModel.From(network);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var network = await db.Set<NetworkSettings>().FirstOrDefaultAsync(ct);
        if (network is null)
        {
            // A database started without the demo seed has no settings row yet: the first save creates it.
            network = new NetworkSettings();
            db.Add(network);
        }
        else if (network.Version != Input.Version)
        {
            return Stale(network);
        }
        else
        {
            db.Entry(network).Property(n => n.Version).OriginalValue = Input.Version;
        }

        Input.ApplyTo(network);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.Set<NetworkSettings>().AsNoTracking().FirstAsync(ct));
        }

        // The header shows the network's name from a short cache: drop it so the new name shows at once.
        cache.Remove(LayoutModel.CacheKey);
        TempData["Success"] = "The network's details have been saved";
        return Redirect("/network");
    }

    private PageResult Stale(NetworkSettings saved)
    {
        StaleEdit.Report(ModelState, "network's details", Input.Compare(saved));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return Page();
    }
}
