using McnHub.Platform.Data;

namespace McnHub.Features.Training.Model;

/// <summary>Network news; published posts appear on the news page and in the emailed digest.</summary>
public sealed class NewsPost : IVersioned
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Markdown, rendered sanitised.</summary>
    public string Body { get; set; } = "";

    /// <summary>UTC; null = draft.</summary>
    public DateTime? PublishedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// A person's secret for their personal iCalendar feed of bookings: calendar apps send no cookie, so the URL
/// itself is the credential. Replacing the token revokes old subscriptions.
/// </summary>
public sealed class LearnerCalendarToken
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public Members.People.Person? Person { get; set; }

    public string Token { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
