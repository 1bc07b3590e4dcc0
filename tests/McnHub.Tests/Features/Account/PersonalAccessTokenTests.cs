using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using McnHub.Platform.Accounts;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Account;

public sealed class PersonalAccessTokenTests(McnHubFactory factory) : PersonalAccessTokenTestsOn<McnHubFactory>(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresPersonalAccessTokenTests(PostgresMcnHubFactory factory) : PersonalAccessTokenTestsOn<PostgresMcnHubFactory>(factory), IClassFixture<PostgresMcnHubFactory>;

/// <summary>Token tests, run on SQLite and on PostgreSQL (hash lookup, set-based updates, time comparisons).</summary>
public abstract class PersonalAccessTokenTestsOn<TFactory>(TFactory factory)
    where TFactory : McnHubFactory
{
    private sealed record Me(string Id, string Email, string Name, List<string> Roles, List<int> OrganisationsLed, string? TokenScope);

    [Fact]
    public async Task A_token_created_on_the_page_is_shown_once_stored_only_as_a_hash_and_signs_in_to_the_API()
    {
        var client = await factory.SignInAsync("lead@riverlands.example");
        var page = await client.GetDocumentAsync("/account/tokens");

        var created = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "Monthly returns script",
            ["Input.Scope"] = "Read",
            ["Input.Days"] = "30",
        }, "#create-token");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var secret = (await HttpExtensions.ParseAsync(created)).QuerySelector("#new-token")!.TextContent.Trim();
        Assert.Matches("^mcn_[A-Za-z0-9_-]{40}$", secret);
        var listed = await client.GetDocumentAsync("/account/tokens");
        Assert.Null(listed.QuerySelector("#new-token"));
        Assert.DoesNotContain(secret, listed.Source.Text);
        Assert.Contains("Monthly returns script", listed.QuerySelector("#tokens")!.TextContent);
        Assert.Contains(secret[..12], listed.QuerySelector("#tokens")!.TextContent);

        var me = await Api(secret).GetFromJsonAsync<Me>("/api/v1/me");
        Assert.Equal("lead@riverlands.example", me!.Email);
        Assert.Contains(Roles.OrganisationLead, me.Roles);
        Assert.NotEmpty(me.OrganisationsLed);
        Assert.Equal("read", me.TokenScope);

        var stored = await factory.WithDbAsync(db => db.Set<PersonalAccessToken>().SingleAsync(t => t.Prefix == secret.Substring(0, 12)));
        Assert.Equal(PersonalAccessTokenService.Hash(secret), stored.TokenHash);
        Assert.Equal(64, stored.TokenHash.Length);
        Assert.NotNull(stored.LastUsedAt);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Changes.Contains(secret) || a.Changes.Contains(stored.TokenHash))));
        if (factory.Database.Provider == Provider.Sqlite)
        {
            Assert.False(DatabaseFilesContain(secret), "The secret is somewhere in the database files");
        }
    }

    [Fact]
    public async Task The_same_API_answers_a_cookie_sign_in_and_refuses_an_anonymous_caller()
    {
        var cookie = await factory.SignInAsync("member@riverlands.example");
        var me = await cookie.GetFromJsonAsync<Me>("/api/v1/me");
        Assert.Equal("member@riverlands.example", me!.Email);
        Assert.Null(me.TokenScope);

        var anonymous = await factory.CreateClient().GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task An_unknown_revoked_or_expired_token_gets_401()
    {
        var revoked = await CreateTokenAsync("member@riverlands.example", TokenScope.Read);
        var expired = await CreateTokenAsync("member@riverlands.example", TokenScope.Read);
        var client = await factory.SignInAsync("member@riverlands.example");
        var page = await client.GetDocumentAsync("/account/tokens");
        var revokeForm = page.QuerySelectorAll("#tokens tr")
            .Single(row => row.TextContent.Contains(revoked[..12], StringComparison.Ordinal))
            .QuerySelector("form")!;
        var revokedAnswer = await client.PostAsync(new Uri(new Uri("http://localhost"), revokeForm.GetAttribute("action")).PathAndQuery,
            new FormUrlEncodedContent([new("__RequestVerificationToken", revokeForm.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!)]));
        Assert.Equal(HttpStatusCode.Redirect, revokedAnswer.StatusCode);
        await factory.WithDbAsync(db => db.Set<PersonalAccessToken>()
            .Where(t => t.Prefix == expired.Substring(0, 12))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(revoked).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(expired).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api("mcn_" + new string('x', 40)).GetAsync("/api/v1/me")).StatusCode);
        var listed = await client.GetDocumentAsync("/account/tokens");
        Assert.Contains("Revoked", listed.QuerySelectorAll("#tokens tr").Single(r => r.TextContent.Contains(revoked[..12], StringComparison.Ordinal)).TextContent);
        Assert.Contains("Expired", listed.QuerySelectorAll("#tokens tr").Single(r => r.TextContent.Contains(expired[..12], StringComparison.Ordinal)).TextContent);
    }

    [Fact]
    public async Task A_read_token_gets_403_on_a_write_endpoint_and_a_write_token_revokes_itself()
    {
        var read = await CreateTokenAsync("educator@riverlands.example", TokenScope.Read);
        var write = await CreateTokenAsync("educator@riverlands.example", TokenScope.Write);

        Assert.Equal(HttpStatusCode.Forbidden, (await Api(read).DeleteAsync("/api/v1/me/tokens/current")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api(read).GetAsync("/api/v1/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Api(write).DeleteAsync("/api/v1/me/tokens/current")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(write).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_token_does_not_sign_in_to_pages()
    {
        var token = await CreateTokenAsync("coordinator@riverlands.example", TokenScope.Write);

        var response = await Api(token).GetAsync("/account/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Bad_token_details_are_refused_with_messages_and_what_was_typed_is_kept()
    {
        var client = await factory.SignInAsync("member@riverlands.example");
        var page = await client.GetDocumentAsync("/account/tokens");

        var answer = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = new string('n', 101),
            ["Input.Scope"] = "Write",
            ["Input.Days"] = "400",
        }, "#create-token");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var again = await HttpExtensions.ParseAsync(answer);
        var summary = again.QuerySelector(".nhsuk-error-summary")!.TextContent;
        Assert.Contains("Token name must be 100 characters or fewer", summary);
        Assert.Contains("between 1 and 365", summary);
        Assert.Null(again.QuerySelector("#new-token"));
        Assert.Equal("400", again.QuerySelector("#Input_Days")!.GetAttribute("value"));
        Assert.True(again.QuerySelector("#Input_Scope-write")!.HasAttribute("checked"));
    }

    [Theory]
    [InlineData("", 30)]
    [InlineData("name", 0)]
    [InlineData("name", 366)]
    public async Task The_service_refuses_a_missing_name_or_days_outside_1_to_365(string name, int days)
    {
        var user = await factory.FindUserAsync("member@riverlands.example");

        await Assert.ThrowsAsync<ArgumentException>(() => factory.WithServicesAsync(s =>
            s.GetRequiredService<PersonalAccessTokenService>().CreateAsync(user, name, TokenScope.Read, days)));
    }

    private Task<string> CreateTokenAsync(string email, TokenScope scope) =>
        factory.WithServicesAsync(async s =>
        {
            var user = await factory.FindUserAsync(email);
            return await s.GetRequiredService<PersonalAccessTokenService>().CreateAsync(user, "test " + Guid.NewGuid().ToString("N")[..6], scope, 7);
        });

    private HttpClient Api(string token)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private bool DatabaseFilesContain(string secret)
    {
        var needle = Encoding.UTF8.GetBytes(secret);
        return System.IO.Directory.GetFiles(factory.Database.Folder, "mcnhub.db*").Any(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray().AsSpan().IndexOf(needle) >= 0;
        });
    }
}
