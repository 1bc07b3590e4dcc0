using McnHub.Features.Governance.Meetings;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Manage;

public sealed class NewSessionInput
{
    public string? Title { get; set; }

    public string? StartsAt { get; set; }

    public string? EndsAt { get; set; }

    public TrainingFormat? Format { get; set; }

    public string? VenueName { get; set; }

    public string? VenueAddress { get; set; }

    public string? VenuePostcode { get; set; }

    public string? VideoLink { get; set; }

    public int? Capacity { get; set; }

    public string? BookingDeadline { get; set; }

    /// <summary>Up to three trainers; blank choices are ignored.</summary>
    public List<int?> TrainerIds { get; set; } = [null, null, null];
}

/// <summary>The education lead adds a session (a date) to a course: times in UK local time, place or link, places, trainers.</summary>
public sealed class SessionCreateModel(AppDbContext db) : PageModel
{
    public const int TrainerChoices = 3;

    [BindProperty]
    public NewSessionInput Input { get; set; } = new();

    public Course Course { get; private set; } = null!;

    public List<SelectListItem> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Format = Course.Format;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        while (Input.TrainerIds.Count < TrainerChoices)
        {
            Input.TrainerIds.Add(null);
        }

        var (starts, startError) = MeetingTime.Parse(Input.StartsAt, "starts");
        var (ends, endError) = MeetingTime.Parse(Input.EndsAt, "ends");
        AddError("Input.StartsAt", startError?.Replace("the meeting", "the session", StringComparison.Ordinal));
        AddError("Input.EndsAt", endError?.Replace("the meeting", "the session", StringComparison.Ordinal));
        if (starts is not null && ends is not null && ends <= starts)
        {
            AddError("Input.EndsAt", "The session must end after it starts");
        }

        DateTime? deadline = null;
        if (!string.IsNullOrWhiteSpace(Input.BookingDeadline))
        {
            var (d, error) = MeetingTime.Parse(Input.BookingDeadline, "closes for booking");
            AddError("Input.BookingDeadline", error?.Replace("the meeting", "the session", StringComparison.Ordinal));
            deadline = d;
            if (d is not null && starts is not null && d > starts)
            {
                AddError("Input.BookingDeadline", "The booking deadline must not be after the session starts");
            }
        }

        BindingErrors.Reword(ModelState, "Input.Capacity", "Enter the number of places as a whole number, 1 or more");
        if (Input.Capacity is { } capacity && capacity < 1)
        {
            AddError("Input.Capacity", "Enter the number of places, 1 or more");
        }
        else if (Input.Capacity is null && !(ModelState.TryGetValue("Input.Capacity", out var c) && c.Errors.Count > 0))
        {
            AddError("Input.Capacity", "Enter the number of places, 1 or more");
        }

        CheckPlace();
        var trainers = Input.TrainerIds.OfType<int>().Distinct().ToList();
        var known = await db.Set<Person>().Where(p => trainers.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (known.Count != trainers.Count)
        {
            AddError("Input.TrainerIds[0]", "Choose trainers from the list of people");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var session = new TrainingSession
        {
            CourseId = id, Title = Blank(Input.Title), StartsAt = starts!.Value, EndsAt = ends!.Value, Format = Input.Format!.Value,
            VenueName = Blank(Input.VenueName), VenueAddress = Blank(Input.VenueAddress), VenuePostcode = Blank(Input.VenuePostcode)?.ToUpperInvariant(),
            VideoLink = Blank(Input.VideoLink), Capacity = Input.Capacity!.Value, BookingDeadline = deadline, Status = SessionStatus.Open,
            Trainers = trainers.Select(t => new SessionTrainer { PersonId = t }).ToList(),
        };
        db.Add(session);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The session of {Course.Title} has been added and is open for booking";
        return Redirect($"/training/sessions/{session.Id}");
    }

    /// <summary>In person needs a venue, virtual a video link, hybrid both; e-learning neither.</summary>
    private void CheckPlace()
    {
        if (Input.Format is null)
        {
            AddError("Input.Format", "Choose how the session is delivered");
            return;
        }

        var format = Input.Format.Value;
        if (format is TrainingFormat.InPerson or TrainingFormat.Hybrid && string.IsNullOrWhiteSpace(Input.VenueName))
        {
            AddError("Input.VenueName", $"Enter the venue: a session {(format == TrainingFormat.Hybrid ? "that is hybrid" : "in person")} needs one");
        }

        if (format is TrainingFormat.Virtual or TrainingFormat.Hybrid && string.IsNullOrWhiteSpace(Input.VideoLink))
        {
            AddError("Input.VideoLink", $"Enter the video link: a {(format == TrainingFormat.Hybrid ? "hybrid" : "virtual")} session needs one");
        }

        if (!string.IsNullOrWhiteSpace(Input.VideoLink)
            && !(Uri.TryCreate(Input.VideoLink.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            AddError("Input.VideoLink", "Enter the video link as a full web address starting https://");
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var course = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return false;
        }

        Course = course;
        People = await db.Set<Person>().AsNoTracking().Where(p => p.Active).OrderBy(p => p.FullName)
            .Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToListAsync(ct);
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void AddError(string key, string? message)
    {
        if (message is not null)
        {
            ModelState.AddModelError(key, message);
        }
    }
}
