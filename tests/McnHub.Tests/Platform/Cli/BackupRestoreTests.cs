using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Platform.Cli;

/// <summary>Backup and restore against a running app, on SQLite here and on PostgreSQL in <see cref="PostgresBackupRestoreTests"/>.</summary>
[Collection(CommandLineCollection.Name)]
public sealed class BackupRestoreTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private string BackupFile(string name) => Path.Combine(factory.Database.Folder, name);

    [Fact]
    public async Task A_backup_restored_over_changed_data_brings_the_data_back_while_the_app_runs()
    {
        await BackupRestore.RoundTripAsync(factory, BackupFile("round-trip.db"));
    }

    [Fact]
    public async Task Restore_refuses_to_replace_a_database_with_data_unless_forced()
    {
        var file = BackupFile("refuse.db");
        Assert.Equal(0, (await factory.RunCliAsync("backup", "--to", file)).ExitCode);

        var result = await factory.RunCliAsync("restore", "--from", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already holds data. Add --force", result.Errors);
    }

    [Fact]
    public async Task Backup_never_overwrites_a_file()
    {
        var file = BackupFile("exists.db");
        await File.WriteAllTextAsync(file, "keep me");

        var result = await factory.RunCliAsync("backup", "--to", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already exists", result.Errors);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_database_and_leaves_the_data_alone()
    {
        var file = BackupFile("not-a-database.db");
        await File.WriteAllTextAsync(file, "Name,OdsCode\nNot a database,XYZ\n");

        var result = await factory.RunCliAsync("restore", "--from", file, "--force");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a McnHub backup: it is not a SQLite database", result.Errors);
        Assert.True(await factory.WithDbAsync(db => db.Set<Organisation>().AnyAsync()));
    }

    [Fact]
    public async Task Restore_refuses_a_SQLite_database_that_is_not_McnHub()
    {
        var file = BackupFile("other.db");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE Recipes (Id INTEGER PRIMARY KEY, Name TEXT)";
            await command.ExecuteNonQueryAsync();
        }

        var result = await factory.RunCliAsync("restore", "--from", file, "--force");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a McnHub backup: it has no __EFMigrationsHistory, AspNetUsers, AuditEntries table", result.Errors);
    }

    [Fact]
    public async Task Restore_of_a_missing_file_is_a_clear_error()
    {
        var result = await factory.RunCliAsync("restore", "--from", BackupFile("missing.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("There is no file", result.Errors);
    }

    [Fact]
    public async Task Migrate_reports_an_up_to_date_database()
    {
        var result = await factory.RunCliAsync("migrate");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Nothing to apply: the database is up to date.", result.Output);
    }

    [Fact]
    public async Task Migrate_creates_a_new_database_and_names_what_it_applied()
    {
        using var database = new TestDatabase(Provider.Sqlite);

        var result = await Cli.RunAsync(["migrate", .. Cli.Settings(database, Path.Combine(database.Folder, "mail"))]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Applied ", result.Output);
        Assert.Contains("_Initial", result.Output);
        Assert.True(File.Exists(Path.Combine(database.Folder, "mcnhub.db")));
    }

    [Fact]
    public async Task Admin_commands_on_a_database_that_was_never_migrated_say_to_migrate_first()
    {
        using var database = new TestDatabase(Provider.Sqlite);

        var result = await Cli.RunAsync(["admin", "create-token", "--email", "a@example.org", "--scope", "read", "--days", "1", .. Cli.Settings(database, Path.Combine(database.Folder, "mail"))]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Run `McnHub migrate` first", result.Errors);
    }
}

/// <summary>The same round trip on PostgreSQL, with pg_dump and pg_restore (found on PATH or under /usr/lib/postgresql).</summary>
[Collection(CommandLineCollection.Name)]
public sealed class PostgresBackupRestoreTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    [Fact]
    public async Task A_PostgreSQL_backup_restored_over_changed_data_brings_the_data_back_while_the_app_runs()
    {
        await BackupRestore.RoundTripAsync(factory, Path.Combine(factory.Database.Folder, "round-trip.dump"));
    }

    [Fact]
    public async Task A_PostgreSQL_restore_refuses_a_file_that_is_not_a_dump()
    {
        var file = Path.Combine(factory.Database.Folder, "not-a-dump.dump");
        await File.WriteAllTextAsync(file, "not a dump");

        var result = await factory.RunCliAsync("restore", "--from", file, "--force");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a McnHub backup of a PostgreSQL database", result.Errors);
    }
}

internal static class BackupRestore
{
    public static async Task RoundTripAsync(McnHubFactory factory, string file)
    {
        var backup = await factory.RunCliAsync("backup", "--to", file);
        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.True(new FileInfo(file).Length > 0);

        var (id, name) = await factory.WithDbAsync(db => db.Set<Organisation>().OrderBy(o => o.Id).Select(o => new ValueTuple<int, string>(o.Id, o.Name)).FirstAsync());
        await factory.WithDbAsync(async db =>
        {
            var organisation = await db.Set<Organisation>().SingleAsync(o => o.Id == id);
            organisation.Name = "Renamed after the backup";
            db.Add(new Organisation { Name = "Added after the backup", Type = OrganisationType.Charity, Sector = Sector.NonNhs });
            return await db.SaveChangesAsync();
        });

        var restore = await factory.RunCliAsync("restore", "--from", file, "--force");

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Contains("Restored", restore.Output);
        Assert.Equal(name, await factory.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Id == id).Select(o => o.Name).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Set<Organisation>().AnyAsync(o => o.Name == "Added after the backup")));
    }
}
