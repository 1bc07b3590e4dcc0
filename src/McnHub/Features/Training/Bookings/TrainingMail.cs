using McnHub.Features.Account;
using McnHub.Features.Training.Model;
using McnHub.Platform.Email;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Training.Bookings;

/// <summary>A message composed inside a booking transaction and sent after it commits (never for a change that rolled back).</summary>
public sealed record TrainingMessage(string To, string Subject, string Body, IReadOnlyList<EmailAttachment> Attachments);

/// <summary>The training emails: confirmation and reminder (with the session's .ics), waiting list, offer, cancellation.</summary>
public sealed partial class TrainingMail(IEmailSender email, IOptions<EmailOptions> emailOptions, ILogger<TrainingMail> logger)
{
    public string BaseUrl => emailOptions.Value.PublicBaseUrl.TrimEnd('/');

    /// <param name="session">With its Course loaded.</param>
    public TrainingMessage Confirmation(TrainingSession session, string to, string name) => new(
        to,
        $"Booking confirmed: {session.DisplayTitle}",
        $"""
        Dear {name},

        Your place is booked on {session.DisplayTitle}.

        When: {TrainingText.When(session)} (UK time)
        Where: {TrainingText.Where(session)}

        The attached calendar file adds it to your calendar. If you can no longer come, please cancel so the place
        can go to someone on the waiting list: {BaseUrl}/my-learning
        """,
        [Ics(session)]);

    public TrainingMessage Reminder(TrainingSession session, string to, string name) => new(
        to,
        $"Reminder: {session.DisplayTitle} on {UkTime.Date(session.StartsAt)}",
        $"""
        Dear {name},

        A reminder that you are booked on {session.DisplayTitle}.

        When: {TrainingText.When(session)} (UK time)
        Where: {TrainingText.Where(session)}

        If you can no longer come, please cancel so the place can go to someone else: {BaseUrl}/my-learning
        """,
        [Ics(session)]);

    public TrainingMessage WaitListed(TrainingSession session, string to, string name, int position) => new(
        to,
        $"On the waiting list: {session.DisplayTitle}",
        $"""
        Dear {name},

        {session.DisplayTitle} ({TrainingText.When(session)}) is full. You are number {position} on the waiting list.
        If a place frees, we will email you an offer to accept.
        """,
        []);

    public TrainingMessage Offer(TrainingSession session, Booking booking, string to, string name) => new(
        to,
        $"A place is free for you: {session.DisplayTitle}",
        $"""
        Dear {name},

        A place has become free on {session.DisplayTitle} and it is yours if you accept it by
        {UkTime.TimeAndDate(booking.OfferExpiresAt!.Value)} (UK time).

        When: {TrainingText.When(session)} (UK time)
        Where: {TrainingText.Where(session)}

        Accept or decline the place: {BaseUrl}/training/offers/{booking.OfferCode}

        If you do not answer in time, the place goes to the next person on the waiting list.
        """,
        []);

    public TrainingMessage Cancelled(TrainingSession session, string to, string name) => new(
        to,
        $"Booking cancelled: {session.DisplayTitle}",
        $"""
        Dear {name},

        Your booking on {session.DisplayTitle} ({TrainingText.When(session)}) has been cancelled.
        Other sessions: {BaseUrl}/training
        """,
        []);

    public TrainingMessage SessionCancelled(TrainingSession session, string to, string name) => new(
        to,
        $"Session cancelled: {session.DisplayTitle}",
        $"""
        Dear {name},

        We are sorry: {session.DisplayTitle} on {TrainingText.When(session)} has been cancelled.
        {session.CancellationNote}

        Other sessions: {BaseUrl}/training
        """,
        [Ics(session)]);

    public async Task SendAsync(IEnumerable<TrainingMessage> messages, CancellationToken ct)
    {
        foreach (var m in messages)
        {
            try
            {
                await email.SendAsync(m.To, m.Subject, m.Body, m.Attachments, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The booking change stands; the person also sees it on My learning.
                LogSendFailed(e, m.To, m.Subject);
            }
        }
    }

    private EmailAttachment Ics(TrainingSession session) =>
        new("session.ics", TrainingCalendar.ContentType, TrainingCalendar.Bytes(session, BaseUrl));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Training email to {To} ({Subject}) failed")]
    private partial void LogSendFailed(Exception e, string to, string subject);
}
