using System.Data.Common;
using System.Diagnostics;
using McnHub.Features.Evaluation;
using McnHub.Features.Evaluation.Indicators;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Bench.Generation;

/// <summary>What the evaluation generator wrote, and how long it took.</summary>
public sealed record EvaluationReport(int DatasetId, int Returns, long Values, string FirstPeriod, string LastPeriod, TimeSpan Insert, TimeSpan Indexes, TimeSpan Total);

/// <summary>
/// `generate-evaluation`: on top of a network written by `generate` (it needs organisations 1..N), adds the evaluation
/// definitions, a co-ordinator account for the load runner to sign in with, and years of monthly returns with their
/// values. The two big tables' indexes are dropped for the load and built again afterwards (one sort instead of
/// millions of random inserts), all in one transaction; the change counter's triggers still fire for every row.
/// </summary>
public static class EvaluationGenerator
{
    public const string CoordinatorEmail = "coordinator@bench.example";

    /// <summary>Only for the generated benchmark database (the load runner signs in with it).</summary>
    public const string CoordinatorPassword = "Bench-Coordinator-2026";

    private const int OrganisationsPerChunk = 20;

    public static async Task<EvaluationReport> RunAsync(
        BenchProvider provider, string connectionString, EvaluationOptions options, TextWriter log, DateOnly? today = null, CancellationToken ct = default)
    {
        var total = Stopwatch.StartNew();
        await using var db = Generator.CreateContext(provider, connectionString);
        await db.Database.MigrateAsync(ct);
        if (options.Organisations < 1 || options.Years < 1 || await db.Set<Organisation>().CountAsync(o => o.Id <= options.Organisations, ct) < options.Organisations)
        {
            throw new InvalidOperationException($"Organisations 1 to {options.Organisations} must exist: run `generate` first with at least as many organisations.");
        }

        if (await db.Set<Dataset>().AnyAsync(d => d.Code == EvaluationDefinitions.DatasetCode, ct))
        {
            throw new InvalidOperationException("The database already holds the benchmark's evaluation data.");
        }

        var last = Period.Containing(PeriodType.Monthly, today ?? DateOnly.FromDateTime(DateTime.UtcNow)).Previous;
        var periods = new List<Period> { last };
        while (periods.Count < options.Years * 12)
        {
            periods.Insert(0, periods[0].Previous);
        }

        var definitions = EvaluationDefinitions.Add(db, options, periods[0].Start);
        await AddCoordinatorAsync(db, ct);
        await db.SaveChangesAsync(ct);

        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var postgres = provider == BenchProvider.Postgres;
        if (!postgres)
        {
            await ExecuteAsync(connection, null, "PRAGMA cache_size = -262144; PRAGMA journal_mode = MEMORY", ct);
        }

        var started = total.Elapsed;
        var generated = new EvaluationReturns(definitions, periods, options.Seed);
        TimeSpan indexed;
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            var indexes = await BulkIndexes.DropAsync(connection, transaction, postgres, ["DataReturns", "DataValues"], ct);
            var writer = new BulkWriter(connection, transaction, postgres);
            for (var first = 1; first <= options.Organisations; first += OrganisationsPerChunk)
            {
                var (returns, values) = (EvaluationReturns.NewReturns(), EvaluationReturns.NewValues());
                for (var id = first; id < first + OrganisationsPerChunk && id <= options.Organisations; id++)
                {
                    generated.AddOrganisation(id, returns, values);
                }

                await writer.WriteAsync(returns, ct);
                await writer.WriteAsync(values, ct);
                if (first % 200 == 1)
                {
                    log.WriteLine($"  organisations {first,6:N0}…  {generated.Values,12:N0} values  {(total.Elapsed - started).TotalSeconds,6:0.0} s");
                }
            }

            var indexing = Stopwatch.StartNew();
            await BulkIndexes.CreateAsync(connection, transaction, indexes, ct);
            indexed = indexing.Elapsed;

            // The triggers were off during the load on SQLite: move the counter once for all of it.
            await ExecuteAsync(connection, transaction, """UPDATE "EvaluationVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1""", ct);
            if (postgres)
            {
                await ExecuteAsync(connection, transaction, """SELECT setval(pg_get_serial_sequence('"DataReturns"', 'Id'), (SELECT MAX("Id") FROM "DataReturns"))""", ct);
                await ExecuteAsync(connection, transaction, """SELECT setval(pg_get_serial_sequence('"DataValues"', 'Id'), (SELECT MAX("Id") FROM "DataValues"))""", ct);
            }

            await transaction.CommitAsync(ct);
        }

        if (postgres)
        {
            // Autovacuum would do this soon after the load; the app never runs ANALYZE on SQLite, so neither do we there.
            await ExecuteAsync(connection, null, """ANALYZE "DataReturns"; ANALYZE "DataValues" """, ct);
        }

        // The network's totals, as the app keeps them (the SQLite triggers that list changed periods were off).
        var totalling = Stopwatch.StartNew();
        var periodsTotalled = await NetworkTotals.RebuildAsync(connection, postgres, ct);
        log.WriteLine($"  network totals of {periodsTotalled:N0} periods made in {totalling.Elapsed.TotalSeconds:0.0} s");

        return new EvaluationReport(definitions.Dataset.Id, generated.Returns, generated.Values, periods[0].Id, last.Id, total.Elapsed - started - indexed, indexed, total.Elapsed);
    }

    private static async Task AddCoordinatorAsync(AppDbContext db, CancellationToken ct)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == Roles.Coordinator, ct);
        if (role is null)
        {
            role = new IdentityRole(Roles.Coordinator) { NormalizedName = Roles.Coordinator.ToUpperInvariant() };
            db.Roles.Add(role);
        }

        var user = new ApplicationUser
        {
            UserName = CoordinatorEmail,
            NormalizedUserName = CoordinatorEmail.ToUpperInvariant(),
            Email = CoordinatorEmail,
            NormalizedEmail = CoordinatorEmail.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = "Benchmark co-ordinator",
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
        };
        user.PasswordHash = new PasswordHasher<ApplicationUser>().HashPassword(user, CoordinatorPassword);
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
    }

    internal static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 1800;
        await command.ExecuteNonQueryAsync(ct);
    }
}
