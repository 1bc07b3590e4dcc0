using System.Text.Json;
using McnHub.Features.Members.Network;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Platform;

/// <summary>The audit trail and the concurrency token, on SQLite and on PostgreSQL.</summary>
public abstract class AuditTrailTests<TFactory>(TFactory factory) where TFactory : McnHubFactory
{
    [Fact]
    public async Task Insert_update_and_delete_are_each_recorded_with_old_and_new_values()
    {
        var name = "Audit area " + Guid.NewGuid().ToString("N")[..8];
        var id = await factory.WithDbAsync(async db =>
        {
            var area = new Area { Name = name, Population0To19 = 1000 };
            db.Add(area);
            await db.SaveChangesAsync();
            area.Population0To19 = 1500;
            await db.SaveChangesAsync();
            db.Remove(area);
            await db.SaveChangesAsync();
            return area.Id;
        });

        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Area) && a.EntityKey == id.ToString()).OrderBy(a => a.Id).ToListAsync());

        Assert.Equal([AuditAction.Insert, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        var inserted = Changes(entries[0]);
        Assert.Contains(inserted, c => c.Field == "Name" && c.Old == null && c.New == name);
        Assert.Contains(inserted, c => c.Field == "Id" && c.New == id.ToString());
        var updated = Changes(entries[1]);
        Assert.Contains(updated, c => c.Field == "Population0To19" && c.Old == "1000" && c.New == "1500");
        Assert.DoesNotContain(updated, c => c.Field == "Name");
        Assert.Contains(Changes(entries[2]), c => c.Field == "Name" && c.Old == name && c.New == null);
        Assert.All(entries, e => Assert.Equal("system", e.UserName));
    }

    [Fact]
    public async Task A_change_rolled_back_leaves_no_audit_entry()
    {
        var name = "Rolled back " + Guid.NewGuid().ToString("N")[..8];
        await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(new Area { Name = name });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Changes.Contains(name)));
        var saved = await factory.WithDbAsync(db => db.Set<Area>().AnyAsync(a => a.Name == name));

        Assert.False(saved);
        Assert.False(audited);
    }

    [Fact]
    public async Task A_stale_update_is_refused_by_the_concurrency_token()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var area = new Area { Name = "Concurrency " + Guid.NewGuid().ToString("N")[..8] };
            db.Add(area);
            await db.SaveChangesAsync();
            return area.Id;
        });

        // Two people load version 0; the first save bumps it to 1; the second, still at 0, must fail.
        await factory.WithDbAsync(async db =>
        {
            var area = await db.Set<Area>().SingleAsync(a => a.Id == id);
            area.Population0To19 = 10;
            return await db.SaveChangesAsync();
        });
        var version = await factory.WithDbAsync(db => db.Set<Area>().Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var stale = factory.WithDbAsync(async db =>
        {
            var area = await db.Set<Area>().SingleAsync(a => a.Id == id);
            db.Entry(area).Property(a => a.Version).OriginalValue = 0;
            area.Population0To19 = 20;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(1, version);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale);
    }

    private static List<AuditChange> Changes(AuditEntry entry) => JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes)!;
}

public sealed class SqliteAuditTrailTests(McnHubFactory factory) : AuditTrailTests<McnHubFactory>(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresAuditTrailTests(PostgresMcnHubFactory factory) : AuditTrailTests<PostgresMcnHubFactory>(factory), IClassFixture<PostgresMcnHubFactory>;
