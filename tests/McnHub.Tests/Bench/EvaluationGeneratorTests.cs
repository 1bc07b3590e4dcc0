using McnHub.Bench.Generation;
using McnHub.Features.Evaluation;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Bench;

/// <summary>The evaluation generator at a tiny size, on top of a generated network, on SQLite and PostgreSQL.</summary>
public sealed class EvaluationGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);
    private static readonly EvaluationOptions Tiny = new(Organisations: 6, Elements: 20, Years: 1, Seed: 3);

    private static async Task<(EvaluationReport Report, AppDbContext Db)> GenerateAsync(BenchProvider provider, string connection)
    {
        await Generator.RunAsync(provider, connection, new GeneratorOptions(8, 20, 6, 3), TextWriter.Null, Today);
        var report = await EvaluationGenerator.RunAsync(provider, connection, Tiny, TextWriter.Null, Today);
        return (report, Generator.CreateContext(provider, connection));
    }

    [Fact]
    public async Task It_writes_a_year_of_monthly_returns_for_each_organisation_that_follow_the_dataset_s_rules()
    {
        using var database = new TestDatabase(Provider.Sqlite);
        var (report, db) = await GenerateAsync(BenchProvider.Sqlite, database.ConnectionString);
        await using (db)
        {
            var returns = await db.Set<DataReturn>().AsNoTracking().ToListAsync();
            var deaths = await db.Set<DataValue>().AsNoTracking().Where(v => v.DataElement!.Code.StartsWith("DEATHS") && v.DataElement.Code != "DEATHS_PREFERRED")
                .Select(v => new { v.DataReturnId, v.DataElement!.Code, v.Numeric }).ToListAsync();

            Assert.Equal(("2025-06", "2026-05"), (report.FirstPeriod, report.LastPeriod));
            Assert.Equal(report.Returns, returns.Count);
            Assert.InRange(returns.Count, 60, 72);
            Assert.True(returns.Count(r => r.Status == ReturnStatus.Approved) > returns.Count * 3 / 4);
            Assert.Equal(report.Values, await db.Set<DataValue>().LongCountAsync());
            Assert.Equal(20, await db.Set<DatasetElement>().CountAsync(e => e.DatasetId == report.DatasetId));
            Assert.Equal(6, await db.Set<Indicator>().CountAsync());
            Assert.All(deaths.GroupBy(v => v.DataReturnId), r =>
                Assert.Equal(r.Single(v => v.Code == "DEATHS").Numeric, r.Where(v => v.Code != "DEATHS").Sum(v => v.Numeric)));

            // Age-banded elements store one value per band and no total.
            Assert.False(await db.Set<DataValue>().AnyAsync(v => v.DataElement!.Code == "CASELOAD" && v.CategoryOptionId == null));
            Assert.Equal(5, await db.Set<DataValue>().Where(v => v.DataElement!.Code == "CASELOAD" && v.DataReturnId == returns[0].Id).CountAsync());
        }
    }

    [Fact]
    public async Task The_indexes_and_triggers_are_back_after_the_load_and_the_co_ordinator_can_sign_in()
    {
        using var database = new TestDatabase(Provider.Sqlite);
        var (_, db) = await GenerateAsync(BenchProvider.Sqlite, database.ConnectionString);
        await using (db)
        {
            var names = await db.Database.SqlQueryRaw<string>("""SELECT name AS "Value" FROM sqlite_master WHERE tbl_name = 'DataValues'""").ToListAsync();
            var user = await db.Users.SingleAsync(u => u.Email == EvaluationGenerator.CoordinatorEmail);
            var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();

            Assert.Contains("IX_DataValues_Aggregation", names);
            Assert.Contains("TR_DataValues_EvaluationVersionInsert", names);
            Assert.Equal([Roles.Coordinator], roles);
            Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<ApplicationUser>().VerifyHashedPassword(user, user.PasswordHash!, EvaluationGenerator.CoordinatorPassword));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task On_PostgreSQL_the_values_are_written_and_the_app_s_next_value_carries_on_after_them()
    {
        using var database = new TestDatabase(Provider.Postgres);
        var (report, db) = await GenerateAsync(BenchProvider.Postgres, database.ConnectionString);
        await using (db)
        {
            var r = await db.Set<DataReturn>().OrderBy(x => x.Id).FirstAsync();
            var element = await db.Set<DataElement>().FirstAsync(e => e.Code == "ADVICE_CALLS");
            // One value per return and element: free the cell first, so the new row is the app's own next id.
            var removed = await db.Set<DataValue>().Where(v => v.DataReturnId == r.Id && v.DataElementId == element.Id && v.CategoryOptionId == null).ExecuteDeleteAsync();
            var added = new DataValue { DataReturnId = r.Id, DataElementId = element.Id, OrganisationId = r.OrganisationId, PeriodStart = r.PeriodStart, Value = "1", Numeric = 1, Comment = "added" };
            db.Add(added);
            await db.SaveChangesAsync();

            Assert.Equal(report.Values, await db.Set<DataValue>().LongCountAsync() - 1 + removed);
            Assert.Equal(report.Values + 1, added.Id);
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}
