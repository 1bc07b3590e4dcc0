using System.Text.Json;
using McnHub.Platform.Audit;

namespace McnHub.Features.Audit;

/// <summary>What the co-ordinator narrowed the audit trail to; dates are UK calendar days, both ends included.</summary>
public sealed record AuditFilter(string? Entity, string? Key, string? User, AuditAction? Action, DateOnly? From, DateOnly? To)
{
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            entries = entries.Where(a => a.Entity == Entity);
        }

        if (!string.IsNullOrWhiteSpace(Key))
        {
            var key = Key.Trim();
            entries = entries.Where(a => a.EntityKey == key);
        }

        if (!string.IsNullOrWhiteSpace(User))
        {
            var user = User.Trim().ToLower();
            entries = entries.Where(a => a.UserName.ToLower().Contains(user));
        }

        if (Action is AuditAction action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (From is DateOnly from)
        {
            var start = UkTime.StartOfDayUtc(from);
            entries = entries.Where(a => a.At >= start);
        }

        if (To is DateOnly to)
        {
            var end = UkTime.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(a => a.At < end);
        }

        return entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }
}

/// <summary>The changed fields of an entry, read back from its JSON.</summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditChange> Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<AuditChange>>(json) ?? [];
        }
        catch (JsonException)
        {
            // Never hide an entry because its detail cannot be read: show the raw text instead.
            return [new AuditChange("(unreadable)", null, json)];
        }
    }

    /// <summary>One line for exports: "Name: old → new; Town: (empty) → Leeds".</summary>
    public static string Flatten(string json) =>
        string.Join("; ", Parse(json).Select(c => $"{c.Field}: {c.Old ?? "(empty)"} → {c.New ?? "(empty)"}"));
}

/// <summary>The network works in UK time; the audit trail stores UTC.</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToUk(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime StartOfDayUtc(DateOnly day) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone), DateTimeKind.Utc);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without time zone data: UTC is at most an hour out.
            return TimeZoneInfo.Utc;
        }
    }
}
