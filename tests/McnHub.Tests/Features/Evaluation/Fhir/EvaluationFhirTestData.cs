using McnHub.Features.Evaluation;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Evaluation.Fhir;

internal static class EvaluationFhirTestData
{
    public static async Task<int> SeedAndGetDatasetIdAsync(this McnHubFactory factory)
    {
        await factory.SeedEvaluationAsync();
        return await factory.DatasetIdAsync();
    }

    /// <summary>The number of stored returns that pass the filter (what a search should total).</summary>
    public static Task<int> CountReturnsAsync(this McnHubFactory factory, System.Linq.Expressions.Expression<Func<DataReturn, bool>> filter) =>
        factory.WithDbAsync(db => db.Set<DataReturn>().CountAsync(filter));

    public static Task<DataReturn> FirstReturnAsync(this McnHubFactory factory, System.Linq.Expressions.Expression<Func<DataReturn, bool>> filter) =>
        factory.WithDbAsync(db => db.Set<DataReturn>().AsNoTracking().Include(r => r.Values).ThenInclude(v => v.DataElement).Include(r => r.Values).ThenInclude(v => v.CategoryOption)
            .Where(filter).OrderBy(r => r.Id).FirstAsync());
}
