using System.CommandLine;
using System.Text;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Platform.Cli;

/// <summary>`McnHub admin create-user | create-token | reset-password`.</summary>
internal static class AdminCommands
{
    public const int MaxTokenDays = 365;

    public static Command Create(string[] settings) => new("admin", "Manage accounts: create users and API tokens, send password resets.")
    {
        CreateUserCommand.Create(settings),
        CreateToken(settings),
        ResetPassword(settings),
    };

    private static Command CreateToken(string[] settings)
    {
        var email = EmailOption("Email address of the account the token acts for.");
        var scope = new Option<string>("--scope") { Description = "read (look only) or write (look and change).", Required = true, HelpName = "read|write" };
        var days = new Option<int>("--days") { Description = $"Days until the token expires (1 to {MaxTokenDays}).", Required = true };
        var command = new Command("create-token", "Create a personal access token for the API; prints the token alone as the last line.") { email, scope, days };
        command.SetAction((parse, ct) => CliHost.RunAsync(
            settings,
            (services, c) => CreateTokenAsync(services, parse.GetRequiredValue(email), parse.GetRequiredValue(scope), parse.GetValue(days), c),
            ct));
        return command;
    }

    private static Command ResetPassword(string[] settings)
    {
        var email = EmailOption("Email address of the account.");
        var command = new Command("reset-password", "Email the account a link to choose a new password (through SMTP, or as an .eml file in the mail folder).") { email };
        command.SetAction((parse, ct) => CliHost.RunAsync(settings, (services, c) => ResetPasswordAsync(services, parse.GetRequiredValue(email), c), ct));
        return command;
    }

    internal static Option<string> EmailOption(string description) => new("--email") { Description = description, Required = true };

    private static async Task CreateTokenAsync(IServiceProvider services, string email, string scopeName, int days, CancellationToken ct)
    {
        var scope = scopeName.Trim().ToLowerInvariant() switch
        {
            "read" => TokenScope.Read,
            "write" => TokenScope.Write,
            _ => throw new CommandFailedException($"Unknown scope '{scopeName}'. Use read or write."),
        };
        if (days is < 1 or > MaxTokenDays)
        {
            throw new CommandFailedException($"--days must be between 1 and {MaxTokenDays}; it was {days}.");
        }

        var db = services.GetRequiredService<AppDbContext>();
        await EnsureMigratedAsync(db, ct);
        var user = await FindUserAsync(services, email);

        var tokens = services.GetRequiredService<PersonalAccessTokenService>();
        var secret = await tokens.CreateAsync(user, "Command line", scope, days, ct);
        var token = await tokens.FindAsync(secret, ct) ?? throw new CommandFailedException("The token was not saved.");

        Console.WriteLine($"Created a {scopeName.Trim().ToLowerInvariant()} token for {user.Email}, expiring {token.ExpiresAt:d MMMM yyyy HH:mm} UTC.");
        Console.WriteLine("Copy it now: it is stored only as a hash and cannot be shown again.");
        Console.WriteLine(secret);
    }

    private static async Task ResetPasswordAsync(IServiceProvider services, string email, CancellationToken ct)
    {
        await EnsureMigratedAsync(services.GetRequiredService<AppDbContext>(), ct);
        var user = await FindUserAsync(services, email);
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var emailOptions = services.GetRequiredService<IOptions<EmailOptions>>().Value;
        var lifespan = services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan;

        // Encoded as the ASP.NET Core Identity UI does, so the reset page decodes it the same way.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = $"{emailOptions.PublicBaseUrl.TrimEnd('/')}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}";
        var body = $"""
            Hello {(string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email : user.DisplayName)},

            A password reset was requested for your McnHub account by the network's administrator.
            Choose a new password here (the link works for {Describe(lifespan)}):

            {link}

            If you did not expect this, you can ignore this email: your password stays as it is.
            """;
        await services.GetRequiredService<IEmailSender>().SendAsync(user.Email!, "Reset your McnHub password", body, ct: ct);

        Console.WriteLine(string.IsNullOrWhiteSpace(emailOptions.SmtpHost)
            ? $"Password reset link for {user.Email} written as an email file to {Path.GetFullPath(emailOptions.PickupFolder)} (no SMTP server is configured)."
            : $"Password reset link sent to {user.Email} through {emailOptions.SmtpHost}.");
    }

    internal static async Task<ApplicationUser> FindUserAsync(IServiceProvider services, string email) =>
        await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email.Trim())
        ?? throw new CommandFailedException($"There is no account with the email {email.Trim()}.");

    /// <summary>Commands that write need the current schema; say how to get it rather than fail on a missing table.</summary>
    internal static async Task EnsureMigratedAsync(AppDbContext db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            throw new CommandFailedException($"The database is not up to date ({pending.Count} migration(s) to apply). Run `McnHub migrate` first.");
        }
    }

    private static string Describe(TimeSpan span) =>
        span.TotalHours < 48 ? $"{span.TotalHours:0} hours" : $"{span.TotalDays:0} days";
}
