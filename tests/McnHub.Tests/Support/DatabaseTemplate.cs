using Microsoft.Data.Sqlite;
using Npgsql;

namespace McnHub.Tests.Support;

/// <summary>
/// Migrating and seeding the demo network takes seconds, and almost every test class needs it: the first factory of a
/// run builds one seeded database per provider, and every factory after it starts on a copy (a file copy on SQLite,
/// <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL). The copy is what a fresh start would have made: start-up still
/// migrates (nothing to do) and seeds (the network exists, so nothing again).
/// </summary>
internal static class DatabaseTemplate
{
    private static readonly Lazy<TestDatabase> Sqlite = new(() => Build(Provider.Sqlite));
    private static readonly Lazy<TestDatabase> Postgres = new(() => Build(Provider.Postgres));

    public static TestDatabase CopyFor(Provider provider) =>
        new(provider, (provider == Provider.Sqlite ? Sqlite : Postgres).Value);

    private static TestDatabase Build(Provider provider)
    {
        var database = new TestDatabase(provider);
        using (var factory = new McnHubFactory(database) { KeepDatabase = true })
        {
            _ = factory.Services;
        }

        // Close pooled connections: SQLite folds its write-ahead log into the file, PostgreSQL allows the template copy.
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        DeleteMailFolder(database);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.Dispose();
        return database;
    }

    /// <summary>Seeding sends no mail today; if it ever does, copies must not inherit it.</summary>
    private static void DeleteMailFolder(TestDatabase database)
    {
        var mail = Path.Combine(database.Folder, "mail");
        if (Directory.Exists(mail))
        {
            Directory.Delete(mail, recursive: true);
        }
    }
}
