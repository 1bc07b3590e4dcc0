namespace McnHub.Platform.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>SMTP host; when empty, messages are written as .eml files to <see cref="PickupFolder"/>.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Use STARTTLS (or TLS on port 465). Off only for a local test server.</summary>
    public bool UseTls { get; set; } = true;

    public string From { get; set; } = "McnHub <no-reply@mcnhub.invalid>";

    /// <summary>Where messages go when no SMTP host is set. Relative to the working directory.</summary>
    public string PickupFolder { get; set; } = "data/mail";

    /// <summary>The address people use to reach McnHub, for links in emails.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
