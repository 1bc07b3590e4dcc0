using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation;

/// <summary>The codes expressions may name: "CODE" for every data element and "CODE.OPTION" for each of its category options.</summary>
public static class EvaluationCodes
{
    /// <summary>Every active element (for indicators, which range over all datasets).</summary>
    public static Task<IReadOnlySet<string>> AllAsync(AppDbContext db, CancellationToken ct) =>
        LoadAsync(db.Set<DataElement>().Where(e => e.Active), ct);

    /// <summary>The elements of one dataset (for its validation rules).</summary>
    public static Task<IReadOnlySet<string>> OfDatasetAsync(AppDbContext db, int datasetId, CancellationToken ct) =>
        LoadAsync(db.Set<DataElement>().Where(e => db.Set<DatasetElement>().Any(x => x.DatasetId == datasetId && x.DataElementId == e.Id)), ct);

    private static async Task<IReadOnlySet<string>> LoadAsync(IQueryable<DataElement> elements, CancellationToken ct)
    {
        var loaded = await elements.AsNoTracking().Include(e => e.CategoryCombo!).ThenInclude(c => c.Options).ToListAsync(ct);
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in loaded)
        {
            known.Add(e.Code);
            foreach (var o in e.CategoryCombo?.Options ?? [])
            {
                known.Add($"{e.Code}.{o.Code}");
            }
        }

        return known;
    }
}
