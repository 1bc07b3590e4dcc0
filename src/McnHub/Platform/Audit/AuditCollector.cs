using System.Globalization;
using System.Text.Json;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace McnHub.Platform.Audit;

/// <summary>
/// Turns tracked changes into audit entries. Values are captured before the save (old and new), the key
/// after it (database-generated keys are only known then), so the entry is completed in the same
/// transaction by <see cref="AppDbContext"/>.
/// </summary>
internal static class AuditCollector
{
    /// <summary>Properties whose values never enter the audit trail; the change itself is still recorded.</summary>
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "TokenHash",
    };

    private static readonly HashSet<Type> NotAudited = [typeof(AuditEntry), typeof(DataProtectionKey)];

    public static List<PendingAudit> Collect(ChangeTracker tracker, ICurrentActor actor)
    {
        var now = DateTime.UtcNow;
        var pending = new List<PendingAudit>();
        foreach (var entry in tracker.Entries())
        {
            if (NotAudited.Contains(entry.Entity.GetType()) || entry.State is EntityState.Detached or EntityState.Unchanged)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Deleted => AuditAction.Delete,
                _ => AuditAction.Update,
            };
            var changes = new List<AuditChange>();
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                var old = action == AuditAction.Insert ? null : Format(property.OriginalValue);
                var current = action == AuditAction.Delete ? null : Format(property.CurrentValue);
                if (action == AuditAction.Update && (!property.IsModified || old == current))
                {
                    continue;
                }

                if (action == AuditAction.Insert && current is null)
                {
                    continue;
                }

                if (Secret.Contains(name) || (entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserToken<string> && name == "Value"))
                {
                    (old, current) = (old is null ? null : "(hidden)", current is null ? null : "(hidden)");
                }

                changes.Add(new AuditChange(name, old, current));
            }

            if (action == AuditAction.Update && changes.Count == 0)
            {
                continue;
            }

            pending.Add(new PendingAudit(entry, new AuditEntry
            {
                At = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                Entity = entry.Metadata.ClrType.Name,
                Action = action,
                Changes = JsonSerializer.Serialize(changes),
                EntityKey = action == AuditAction.Insert ? "" : KeyOf(entry),
            }));
        }

        return pending;
    }

    internal static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join("/", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    internal static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

internal sealed class PendingAudit(EntityEntry entry, AuditEntry audit)
{
    /// <summary>Fills in the key now that the database has assigned it.</summary>
    public AuditEntry Complete()
    {
        if (audit.Action == AuditAction.Insert)
        {
            audit.EntityKey = AuditCollector.KeyOf(entry);
            var changes = JsonSerializer.Deserialize<List<AuditChange>>(audit.Changes) ?? [];
            var keyNames = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => p.Name).ToHashSet() ?? [];
            changes = changes.Select(c => keyNames.Contains(c.Field)
                ? c with { New = AuditCollector.Format(entry.Property(c.Field).CurrentValue) }
                : c).ToList();
            audit.Changes = JsonSerializer.Serialize(changes);
        }

        return audit;
    }
}
