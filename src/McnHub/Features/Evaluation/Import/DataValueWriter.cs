using System.Security.Claims;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation;

/// <summary>What an import did (or, on a dry run, would do) to the stored values.</summary>
/// <param name="Removed">Zeros that are not significant for their element clear a stored value, as on the entry form.</param>
/// <param name="Skipped">Values left empty (the template lists every value, filled in or not).</param>
public sealed record ImportCounts(int Created, int Updated, int Unchanged, int Removed, int Skipped)
{
    public int Imported => Created + Updated + Unchanged;

    /// <summary>The returns written to, with their status afterwards (a new one is a draft).</summary>
    public IReadOnlyList<(int DatasetId, int OrganisationId, Period Period, ReturnStatus Status)> Returns { get; init; } = [];
}

/// <summary>
/// Writes checked values (none with a problem) into their returns in ONE SaveChanges, so an import is all or
/// nothing and audited like any other change; a missing return starts as a draft.
/// </summary>
public static class DataValueWriter
{
    public static async Task<ImportCounts> ApplyAsync(AppDbContext db, IReadOnlyList<CheckedValue> values, ClaimsPrincipal user, DateTime now, bool save, CancellationToken ct)
    {
        if (values.Any(v => v.Problems.Count > 0))
        {
            throw new InvalidOperationException("Values with problems cannot be imported.");
        }

        var (created, updated, unchanged, removed) = (0, 0, 0, 0);
        var filled = values.Where(v => !v.IsEmpty).ToList();
        var returns = new List<(int, int, Period, ReturnStatus)>();
        foreach (var group in filled.GroupBy(v => (Dataset: v.Layout!.Dataset.Id, Organisation: v.OrganisationId!.Value, Period: v.Period!.Value)))
        {
            var (datasetId, organisationId, period) = group.Key;
            var r = await db.Set<DataReturn>().Include(x => x.Values)
                .SingleOrDefaultAsync(x => x.DatasetId == datasetId && x.OrganisationId == organisationId && x.Period == period, ct);
            if (r is null)
            {
                r = DataReturn.Start(datasetId, organisationId, period, user.Identity?.Name, now);
                db.Add(r);
            }

            else if (!r.IsEditable)
            {
                // Submitted or approved since the values were checked: refuse the lot rather than change a locked return.
                db.ChangeTracker.Clear();
                throw new ReturnLockedException($"The return for {period.Name} was {r.Status.ToString().ToLowerInvariant()} while the values were being checked: nothing was imported.");
            }
            else
            {
                // Move the return's version, as the entry form does, so a form opened before the import is caught as stale.
                db.Entry(r).State = EntityState.Modified;
            }

            returns.Add((datasetId, organisationId, period, r.Status));

            foreach (var v in group)
            {
                var cell = v.Cell!;
                var comment = v.Input.Comment;
                var row = r.Values.FirstOrDefault(x => x.DataElementId == cell.Element.Id && x.CategoryOptionId == cell.Option?.Id);
                if (!cell.Element.ZeroIsSignificant && v.Parsed.Numeric == 0 && comment.Length == 0)
                {
                    // A zero that means "nothing to report" is not stored (as on the entry form).
                    if (row is null)
                    {
                        unchanged++;
                    }
                    else
                    {
                        r.Values.Remove(row);
                        removed++;
                    }

                    continue;
                }

                if (row is null)
                {
                    row = new DataValue { DataElementId = cell.Element.Id, CategoryOptionId = cell.Option?.Id, OrganisationId = r.OrganisationId, PeriodStart = r.PeriodStart };
                    r.Values.Add(row);
                    created++;
                }
                else if (row.Value == v.Parsed.Value && (comment.Length == 0 || comment == row.Comment))
                {
                    unchanged++;
                    continue;
                }
                else
                {
                    updated++;
                }

                row.Value = v.Parsed.Value!;
                row.Numeric = v.Parsed.Numeric;
                row.Comment = comment.Length > 0 ? comment : row.Comment;
            }
        }

        if (save)
        {
            await db.SaveChangesAsync(ct);
        }
        else
        {
            db.ChangeTracker.Clear();
        }

        return new ImportCounts(created, updated, unchanged, removed, values.Count - filled.Count) { Returns = returns };
    }
}

/// <summary>A return was submitted or approved between checking the values and saving them.</summary>
public sealed class ReturnLockedException(string message) : Exception(message);
