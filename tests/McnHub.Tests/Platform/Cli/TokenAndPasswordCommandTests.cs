using System.Text;
using System.Text.RegularExpressions;
using McnHub.Platform.Accounts;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Platform.Cli;

[Collection(CommandLineCollection.Name)]
public sealed partial class TokenAndPasswordCommandTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Create_token_prints_the_token_last_and_stores_only_its_hash()
    {
        var result = await factory.RunCliAsync("admin", "create-token", "--email", "submitter@riverlands.example", "--scope", "write", "--days", "30");

        Assert.True(result.ExitCode == 0, result.ToString());
        var secret = result.LastLine;
        Assert.Matches("^mcn_[A-Za-z0-9_-]{40}$", secret);
        var stored = await factory.WithDbAsync(db => db.Set<PersonalAccessToken>().Include(t => t.User).SingleAsync(t => t.TokenHash == PersonalAccessTokenService.Hash(secret)));
        Assert.Equal("submitter@riverlands.example", stored.User!.Email);
        Assert.Equal(TokenScope.Write, stored.Scope);
        Assert.StartsWith(stored.Prefix, secret, StringComparison.Ordinal);
        Assert.Equal(12, stored.Prefix.Length);
        Assert.Equal("Command line", stored.Name);
        Assert.InRange(stored.ExpiresAt, DateTime.UtcNow.AddDays(29.9), DateTime.UtcNow.AddDays(30.1));
        Assert.DoesNotContain(await factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Changes).ToListAsync()), changes => changes.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public void The_token_hash_is_the_lowercase_hex_SHA256_of_the_secret()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PersonalAccessTokenService.Hash("abc"));
    }

    [Theory]
    [InlineData("--scope", "admin", "--days", "30", "Unknown scope 'admin'. Use read or write.")]
    [InlineData("--scope", "read", "--days", "0", "--days must be between 1 and 365")]
    [InlineData("--scope", "read", "--days", "400", "--days must be between 1 and 365")]
    public async Task Create_token_refuses_a_bad_scope_or_lifetime(string o1, string v1, string o2, string v2, string message)
    {
        var result = await factory.RunCliAsync("admin", "create-token", "--email", "member@riverlands.example", o1, v1, o2, v2);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Errors);
    }

    [Fact]
    public async Task Create_token_for_an_unknown_email_is_refused()
    {
        var result = await factory.RunCliAsync("admin", "create-token", "--email", "nobody@riverlands.example", "--scope", "read", "--days", "7");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("There is no account with the email nobody@riverlands.example", result.Errors);
    }

    [Fact]
    public async Task Reset_password_emails_a_link_whose_code_resets_the_password()
    {
        var before = System.IO.Directory.Exists(factory.MailFolder) ? System.IO.Directory.GetFiles(factory.MailFolder).ToHashSet() : [];

        var result = await factory.RunCliAsync("admin", "reset-password", "--email", "educator@riverlands.example");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(Path.GetFullPath(factory.MailFolder), result.Output);
        var mail = Assert.Single(System.IO.Directory.GetFiles(factory.MailFolder), f => !before.Contains(f));
        var text = await File.ReadAllTextAsync(mail);
        Assert.Contains("To: educator@riverlands.example", text);
        var link = ResetLink().Match(text);
        Assert.True(link.Success, text);
        Assert.Equal("educator%40riverlands.example", link.Groups["email"].Value);

        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(link.Groups["code"].Value));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync("educator@riverlands.example"))!;
        var reset = await users.ResetPasswordAsync(user, token, "Brand-new-password-2");
        Assert.True(reset.Succeeded, string.Join(" ", reset.Errors.Select(e => e.Description)));
        await factory.SignInAsync("educator@riverlands.example", "Brand-new-password-2");
    }

    [Fact]
    public async Task Reset_password_for_an_unknown_email_is_refused()
    {
        var result = await factory.RunCliAsync("admin", "reset-password", "--email", "nobody@riverlands.example");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("There is no account with the email nobody@riverlands.example", result.Errors);
    }

    [GeneratedRegex(@"https://mcnhub\.test/account/reset-password\?email=(?<email>[^&\s]+)&code=(?<code>[A-Za-z0-9_-]+)")]
    private static partial Regex ResetLink();
}
