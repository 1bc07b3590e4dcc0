using System.Globalization;
using McnHub.Features.Account;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation;

/// <summary>Everything the entry form needs about one organisation × dataset × period, and why it may be refused.</summary>
public sealed class ReturnContext
{
    public required ReturnLayout Layout { get; init; }

    public required int OrganisationId { get; init; }

    public required string OrganisationName { get; init; }

    public required Period Period { get; init; }

    public required bool Assigned { get; init; }

    public required DateOnly Today { get; init; }

    /// <summary>The return, tracked with its values (null when not started).</summary>
    public DataReturn? Return { get; set; }

    /// <summary>Last period's stored values by form key, to show beside each field.</summary>
    public required IReadOnlyDictionary<string, string> Previous { get; init; }

    public DateOnly DueDate => Layout.Dataset.DueDate(Period);

    public DateOnly LastEntryDate => Layout.Dataset.LastEntryDate(Period);

    /// <summary>Why nothing can be entered at all (not assigned, a future period), or null.</summary>
    public string? Refusal =>
        !Assigned ? $"{OrganisationName} is not assigned the dataset “{Layout.Dataset.Name}”, so it has no return to enter."
        : Period.Start > Today ? $"{Period.Name} has not started yet: a return cannot be entered for a period in the future."
        : null;

    /// <summary>Why this person cannot change the return now (locked, submitted, the late-entry window closed), or null.</summary>
    public string? Locked(bool coordinator) =>
        Refusal ?? (Return?.Status switch
        {
            ReturnStatus.Approved => "This return has been approved and is locked. The co-ordinator can reopen it, giving a reason.",
            ReturnStatus.Submitted => "This return has been submitted and is waiting for approval. The co-ordinator can reopen it if it needs changing.",
            _ => !coordinator && Today > LastEntryDate
                ? $"Late entry for {Period.Name} closed on {LastEntryDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}. Ask the co-ordinator if it must still be entered."
                : null,
        });

    public static async Task<ReturnContext?> LoadAsync(AppDbContext db, int organisationId, int datasetId, string periodId, DateOnly today, bool track, CancellationToken ct)
    {
        if (!Period.TryParse(periodId, out var period))
        {
            return null;
        }

        var layout = await ReturnLayout.LoadAsync(db, datasetId, ct);
        var organisation = await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == organisationId).Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(ct);
        if (layout is null || organisation is null || period.Type != layout.Dataset.PeriodType)
        {
            return null;
        }

        var assigned = await db.Set<DatasetAssignment>().AnyAsync(a => a.DatasetId == datasetId && a.OrganisationId == organisationId, ct);
        var returns = db.Set<DataReturn>().Include(r => r.Values).Where(r => r.DatasetId == datasetId && r.OrganisationId == organisationId);
        var current = await (track ? returns : returns.AsNoTracking()).SingleOrDefaultAsync(r => r.Period == period, ct);
        var previousPeriod = period.Previous;
        var previous = await db.Set<DataValue>().AsNoTracking()
            .Where(v => v.DataReturn!.DatasetId == datasetId && v.DataReturn.OrganisationId == organisationId && v.DataReturn.Period == previousPeriod && v.Value != "")
            .Select(v => new { v.DataElementId, v.CategoryOptionId, v.Value }).ToListAsync(ct);
        return new ReturnContext
        {
            Layout = layout,
            OrganisationId = organisation.Id,
            OrganisationName = organisation.Name,
            Period = period,
            Assigned = assigned,
            Today = today,
            Return = current,
            Previous = previous.ToDictionary(v => v.CategoryOptionId is int o ? $"e{v.DataElementId}o{o}" : $"e{v.DataElementId}", v => v.Value),
        };
    }

    public static DateOnly TodayIn(TimeProvider clock) => DateOnly.FromDateTime(UkTime.FromUtc(clock.GetUtcNow().UtcDateTime));

    public string Url => ReturnUrls.Entry(OrganisationId, Layout.Dataset.Id, Period);
}

public static class ReturnUrls
{
    public static string Entry(int organisationId, int datasetId, Period period) => $"/data/returns/{organisationId}/{datasetId}/{period.Id.ToLowerInvariant()}";
}
