using McnHub.Tests.Support;
using MimeKit;

namespace McnHub.Tests.Features.Training;

public static class TrainingMailbox
{
    /// <summary>The newest message to <paramref name="to"/> whose subject starts with <paramref name="subject"/>.</summary>
    public static MimeMessage Latest(McnHubFactory factory, string to, string subject) =>
        System.IO.Directory.GetFiles(factory.MailFolder, "*.eml")
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)) && (m.Subject ?? "").StartsWith(subject, StringComparison.Ordinal))
            .OrderByDescending(m => m.Date)
            .FirstOrDefault() ?? throw new Xunit.Sdk.XunitException($"No email '{subject}…' to {to}");
}
