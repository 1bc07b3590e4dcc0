using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace McnHub.Features.Members.People;

/// <summary>One field of a record as the user posted it and as it is saved now.</summary>
public sealed record FieldValues(string Key, string Label, string? Yours, string? Saved);

/// <summary>
/// Tells the user about a stale save: the record changed since they loaded it. Their input stays in the
/// form; every field where what they typed differs from what is saved now gets a message next to it, so
/// they can decide and save again (the form then carries the new version). Shared by the people, network
/// and agreement forms.
/// </summary>
public static class StaleEdit
{
    public static void Report(ModelStateDictionary state, string what, IEnumerable<FieldValues> fields)
    {
        state.AddModelError("", $"Someone else saved changes to this {what} while you were editing it. Nothing you entered has been saved yet: check the differences shown below, then save again to keep your version.");
        foreach (var field in fields.Where(f => !string.Equals(Normalise(f.Yours), Normalise(f.Saved), StringComparison.Ordinal)))
        {
            state.AddModelError(field.Key, $"{field.Label} is now saved as “{Show(field.Saved)}”; you entered “{Show(field.Yours)}”");
        }
    }

    /// <summary>Drops the posted version so the form redisplays the current one (a second save then wins).</summary>
    public static void TakeVersion(ModelStateDictionary state, string key) => state.Remove(key);

    private static string? Normalise(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");

    private static string Show(string? value) => string.IsNullOrWhiteSpace(value) ? "(blank)" : value.Trim();
}

/// <summary>Form values that the model binder could not convert get a message a person can act on.</summary>
public static class BindingErrors
{
    /// <summary>Replaces the binder's "The value 'x' is not valid for Y." with <paramref name="message"/>.</summary>
    public static void Reword(ModelStateDictionary state, string key, string message)
    {
        if (state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && !string.IsNullOrWhiteSpace(entry.AttemptedValue))
        {
            entry.Errors.Clear();
            entry.Errors.Add(message);
        }
    }
}

/// <summary>Dates as people in the UK mean and read them.</summary>
public static class UkDates
{
    /// <summary>Today in the UK (not in UTC: just after midnight in summer they differ).</summary>
    public static DateOnly Today(TimeProvider? clock = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        try
        {
            var uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, uk).DateTime);
        }
        catch (TimeZoneNotFoundException)
        {
            return DateOnly.FromDateTime(now.UtcDateTime);
        }
    }

    /// <summary>e.g. 3 March 2025.</summary>
    public static string Format(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "";
}
