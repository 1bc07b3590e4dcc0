using System.Net;
using System.Net.Sockets;
using McnHub.Platform.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using netDumbster.smtp;

namespace McnHub.Tests.Platform.Email;

public sealed class EmailSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mcnhub-mail-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Without_an_SMTP_host_each_message_is_written_as_an_eml_file_with_its_attachment()
    {
        var sender = Sender(new EmailOptions { PickupFolder = _folder });

        await sender.SendAsync("jo@example.org", "Meeting papers", "See attached.", [new EmailAttachment("invite.ics", "text/calendar", "BEGIN:VCALENDAR"u8.ToArray())]);

        var file = Assert.Single(System.IO.Directory.GetFiles(_folder, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Meeting papers", message.Subject);
        Assert.Equal("jo@example.org", message.To.Mailboxes.Single().Address);
        Assert.Contains("See attached.", message.TextBody);
        Assert.Equal("invite.ics", Assert.Single(message.Attachments.OfType<MimePart>()).FileName);
    }

    [Fact]
    public async Task With_an_SMTP_host_messages_go_to_the_server_and_no_file_is_written()
    {
        var port = FreePort();
        using var server = SimpleSmtpServer.Start(port);
        var sender = Sender(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = port, UseTls = false, PickupFolder = _folder });

        await sender.SendAsync("sam@example.org", "Your password reset", "Follow the link.");

        var received = Assert.Single(server.ReceivedEmail);
        Assert.Equal("Your password reset", received.Subject);
        Assert.Equal("sam@example.org", received.ToAddresses.Single().Address);
        Assert.False(System.IO.Directory.Exists(_folder) && System.IO.Directory.GetFiles(_folder).Length > 0);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, true);
        }
    }

    private static EmailSender Sender(EmailOptions options) => new(Options.Create(options), NullLogger<EmailSender>.Instance);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
