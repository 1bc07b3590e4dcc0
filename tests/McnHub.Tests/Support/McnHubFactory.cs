using McnHub.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Support;

/// <summary>
/// The real app in process, on its own database (seeded with the demo network, known password).
/// One per test class (IClassFixture) or per test when a test needs a pristine network.
/// </summary>
public class McnHubFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-password-1";

    public McnHubFactory()
        : this(Provider.Sqlite)
    {
    }

    protected McnHubFactory(Provider provider)
    {
        Database = DatabaseTemplate.CopyFor(provider);
    }

    /// <summary>A factory on an empty database, which its start-up migrates and seeds (see <see cref="DatabaseTemplate"/>).</summary>
    internal McnHubFactory(TestDatabase database)
    {
        Database = database;
    }

    public TestDatabase Database { get; }

    /// <summary>Leaves the database in place when the factory is disposed (the template other factories copy).</summary>
    internal bool KeepDatabase { get; init; }

    public string MailFolder => Path.Combine(Database.Folder, "mail");

    public string FilesFolder => Path.Combine(Database.Folder, "files");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:DataFolder", Database.Folder);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:DemoPassword", DemoPassword);
        builder.UseSetting("Email:PickupFolder", MailFolder);
        builder.UseSetting("Email:SmtpHost", "");
        builder.UseSetting("Files:Folder", FilesFolder);
    }

    /// <summary>Runs code against the app's database in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDatabase)
        {
            Database.Dispose();
        }
    }
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class PostgresMcnHubFactory() : McnHubFactory(Provider.Postgres);
