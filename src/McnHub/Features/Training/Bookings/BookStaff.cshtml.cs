using System.Globalization;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Bookings;

/// <summary>An organisation lead books their staff (people affiliated with the organisations they lead); the education lead anyone.</summary>
public sealed class BookStaffModel(AppDbContext db, BookingService bookings) : PageModel
{
    [BindProperty]
    public int? PersonId { get; set; }

    [BindProperty]
    public bool WaitList { get; set; }

    public TrainingSession Session { get; private set; } = null!;

    public List<SelectListItem> PeopleItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var allowed = PeopleItems.Select(i => i.Value).ToHashSet();
        if (PersonId is not { } personId || !allowed.Contains(personId.ToString(CultureInfo.InvariantCulture)))
        {
            ModelState.AddModelError(nameof(PersonId), TrainingUser.RunsProgramme(User) ? "Select who to book" : "Select a member of your staff to book");
            return Page();
        }

        var orgs = TrainingUser.LeadOf(User);
        var onBehalfOf = await db.Set<Affiliation>().Where(a => a.PersonId == personId && orgs.Contains(a.OrganisationId))
            .Select(a => (int?)a.OrganisationId).FirstOrDefaultAsync(ct);
        var outcome = await bookings.BookAsync(new BookingRequest(id, personId, TrainingUser.PersonId(User), WaitList, onBehalfOf), ct);
        if (!outcome.Done)
        {
            ModelState.AddModelError(nameof(PersonId), outcome.Message);
            return Page();
        }

        TempData["Success"] = outcome.Message;
        return Redirect($"/training/sessions/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Course).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return false;
        }

        Session = session;
        var people = TrainingUser.RunsProgramme(User)
            ? await db.Set<Person>().AsNoTracking().Where(p => p.Active).OrderBy(p => p.FullName).ToListAsync(ct)
            : await TrainingUser.StaffAsync(db, User, ct);
        PeopleItems = people.Select(p => new SelectListItem($"{p.FullName} ({p.Email})", p.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return true;
    }
}
