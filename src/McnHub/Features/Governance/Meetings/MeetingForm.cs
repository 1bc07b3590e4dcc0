using System.ComponentModel.DataAnnotations;
using McnHub.Features.Account;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>What the meeting forms post. Times are text in UK local time so anything typed comes back as typed.</summary>
public sealed class MeetingInput
{
    [Required(ErrorMessage = "Enter the meeting's title")]
    [StringLength(200, ErrorMessage = "Title must be 200 characters or fewer")]
    public string? Title { get; set; }

    public string? StartsAt { get; set; }

    public string? EndsAt { get; set; }

    [StringLength(300, ErrorMessage = "Place must be 300 characters or fewer")]
    public string? Place { get; set; }

    [StringLength(500, ErrorMessage = "Video link must be 500 characters or fewer")]
    public string? VideoLink { get; set; }

    /// <summary>
    /// All a co-ordinator decides about a meeting's status: whether it goes ahead. Held and the minutes' stage follow
    /// from its date and its minutes (<see cref="MeetingProgress"/>), so the form no longer offers them.
    /// </summary>
    public bool Cancelled { get; set; }

    public int Version { get; set; }

    public static MeetingInput From(Meeting m) => new()
    {
        Title = m.Title, StartsAt = MeetingTime.ToInput(m.StartsAt), EndsAt = MeetingTime.ToInput(m.EndsAt),
        Place = m.Place, VideoLink = m.VideoLink, Cancelled = m.Status == MeetingStatus.Cancelled, Version = m.Version,
    };
}

public static class MeetingForm
{
    /// <summary>Checks the input; returns the UTC start and end when they are valid.</summary>
    public static async Task<(DateTime Start, DateTime End)?> ValidateAsync(AppDbContext db, MeetingInput input, ModelStateDictionary state, int groupId, int? meetingId, CancellationToken ct)
    {
        var (start, startError) = MeetingTime.Parse(input.StartsAt, "starts");
        var (end, endError) = MeetingTime.Parse(input.EndsAt, "ends");
        if (startError is not null)
        {
            state.AddModelError("Input.StartsAt", startError);
        }

        if (endError is not null)
        {
            state.AddModelError("Input.EndsAt", endError);
        }

        if (!string.IsNullOrWhiteSpace(input.VideoLink)
            && !(Uri.TryCreate(input.VideoLink.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal)))
        {
            state.AddModelError("Input.VideoLink", "Video link must be a web address starting with https://, like https://meet.example.org/board");
        }

        if (string.IsNullOrWhiteSpace(input.Place) && string.IsNullOrWhiteSpace(input.VideoLink))
        {
            state.AddModelError("Input.Place", "Enter where the meeting is, or a video link");
        }

        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        if (e <= s)
        {
            state.AddModelError("Input.EndsAt", "The meeting must end after it starts: a meeting that ends before it starts cannot be held");
            return null;
        }

        if (!input.Cancelled)
        {
            var clash = await db.Set<Meeting>().AsNoTracking()
                .Where(m => m.GroupId == groupId && m.Id != (meetingId ?? 0) && m.Status != MeetingStatus.Cancelled && m.StartsAt < e && m.EndsAt > s)
                .OrderBy(m => m.StartsAt)
                .FirstOrDefaultAsync(ct);
            if (clash is not null)
            {
                state.AddModelError("Input.StartsAt", $"This overlaps the group's meeting \"{clash.Title}\" at {UkTime.TimeAndDate(clash.StartsAt)}: choose another time");
                return null;
            }
        }

        return (s, e);
    }

    public static void Apply(MeetingInput input, Meeting m, DateTime start, DateTime end)
    {
        m.Title = input.Title!.Trim();
        m.StartsAt = start;
        m.EndsAt = end;
        m.Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim();
        m.VideoLink = string.IsNullOrWhiteSpace(input.VideoLink) ? null : input.VideoLink.Trim();
        m.Status = Status(input, m.Status);
    }

    /// <summary>
    /// The stored status after the form: cancelled or not. A stored Held (older data, or the demo) is kept, and a
    /// meeting put back on is Scheduled again, which reads as held once its date has passed.
    /// </summary>
    public static MeetingStatus Status(MeetingInput input, MeetingStatus stored) => input.Cancelled
        ? MeetingStatus.Cancelled
        : stored == MeetingStatus.Cancelled ? MeetingStatus.Scheduled : stored;
}
