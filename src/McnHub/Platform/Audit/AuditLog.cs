using System.Text.Json;
using McnHub.Platform.Data;

namespace McnHub.Platform.Audit;

/// <summary>Records events that are not data changes, such as a refused attempt to edit.</summary>
public static class AuditLog
{
    public static async Task RecordRefusalAsync(this AppDbContext db, string entity, string key, string reason, CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = DateTime.UtcNow,
            UserId = db.Actor.UserId,
            UserName = db.Actor.UserName,
            Entity = entity,
            EntityKey = key,
            Action = AuditAction.Refused,
            Changes = JsonSerializer.Serialize(new[] { new AuditChange("reason", null, reason) }),
        });
        await db.SaveChangesAsync(ct);
    }
}
