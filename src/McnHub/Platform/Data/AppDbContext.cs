using McnHub.Platform.Accounts;
using McnHub.Platform.Audit;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Platform.Data;

/// <summary>
/// The one database context. Entities configure themselves with an <c>IEntityTypeConfiguration</c> next to
/// the entity, picked up from the assembly, so a feature adds a table without touching this file; use
/// <c>db.Set&lt;T&gt;()</c> or the extension properties a feature declares.
///
/// Two providers, each with its own migrations (see docs/adr/0003):
///   dotnet ef migrations add NAME --context SqliteAppDbContext --output-dir Platform/Data/Migrations/Sqlite
///   dotnet ef migrations add NAME --context PostgresAppDbContext --output-dir Platform/Data/Migrations/Postgres
/// or simply `scripts/add-migration NAME`, which runs both.
///
/// Every SaveChanges writes audit entries for every insert, update and delete in the same transaction,
/// and bumps the <see cref="IVersioned"/> concurrency token of each updated record.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, ICurrentActor actor)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public ICurrentActor Actor => actor;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
            {
                builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database, in exports and in the audit trail.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var pending = PrepareChanges();
        if (pending.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var ownTransaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        AuditEntries.AddRange(pending.Select(p => p.Complete()));
        base.SaveChanges(acceptAllChangesOnSuccess);
        ownTransaction?.Commit();
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = PrepareChanges();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AuditEntries.AddRange(pending.Select(p => p.Complete()));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    private List<PendingAudit> PrepareChanges()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                var original = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue!;
                entry.Property(nameof(IVersioned.Version)).CurrentValue = original + 1;
            }
        }

        return AuditCollector.Collect(ChangeTracker, actor);
    }
}
