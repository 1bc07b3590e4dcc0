using McnHub.Features.Evaluation;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Evaluation;

/// <summary>The demo minimum dataset in a test database, and form keys by element code.</summary>
internal static class EvaluationTestData
{
    public static readonly DateOnly Today = McnHub.Features.Members.People.UkDates.Today();

    public static readonly Period LastQuarter = Period.Containing(PeriodType.Quarterly, Today).Previous;

    public const string Submitter = "submitter@riverlands.example";
    public const string Coordinator = "coordinator@riverlands.example";
    public const string SubmittersOrganisation = "Northbrook Community Children's Nursing Team";

    public static Task SeedEvaluationAsync(this McnHubFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            await DemoEvaluation.SeedAsync(db, Today);
            return 0;
        });

    public static Task<int> DatasetIdAsync(this McnHubFactory factory) =>
        factory.WithDbAsync(db => db.Set<Dataset>().Where(d => d.Code == "CPC_MDS").Select(d => d.Id).SingleAsync());

    public static Task<int> OrganisationIdAsync(this McnHubFactory factory, string name) =>
        factory.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    /// <summary>Removes the organisation's return for the period so a test starts from "not started".</summary>
    public static Task ClearReturnAsync(this McnHubFactory factory, int organisationId, Period period) =>
        factory.WithDbAsync(async db =>
        {
            var r = await db.Set<DataReturn>().Include(x => x.Values).SingleOrDefaultAsync(x => x.OrganisationId == organisationId && x.Period == period);
            if (r is not null)
            {
                db.Remove(r);
                await db.SaveChangesAsync();
            }

            return 0;
        });

    public static Task<DataReturn?> ReturnAsync(this McnHubFactory factory, int organisationId, Period period) =>
        factory.WithDbAsync(db => db.Set<DataReturn>().AsNoTracking().Include(x => x.Values).SingleOrDefaultAsync(x => x.OrganisationId == organisationId && x.Period == period));

    /// <summary>Form field names: "CODE" → "Values[e12]", "CODE.OPTION" → "Values[e12o3]", "#CODE" → the element's comment.</summary>
    public static Task<Dictionary<string, string>> FieldsAsync(this McnHubFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var fields = new Dictionary<string, string>();
            var elements = await db.Set<DataElement>().Include(e => e.CategoryCombo!).ThenInclude(c => c.Options).ToListAsync();
            foreach (var e in elements)
            {
                fields[e.Code] = $"Values[e{e.Id}]";
                fields["#" + e.Code] = $"Comments[e{e.Id}]";
                foreach (var o in e.CategoryCombo?.Options ?? [])
                {
                    fields[$"{e.Code}.{o.Code}"] = $"Values[e{e.Id}o{o.Id}]";
                }
            }

            return fields;
        });

    /// <summary>A complete return that passes every rule: caseload 37, 3 referrals, 2 deaths (1 at home, 1 in a hospice, both where preferred).</summary>
    public static Dictionary<string, string> Complete(Dictionary<string, string> f, Action<Dictionary<string, string>>? change = null)
    {
        var values = new Dictionary<string, string>
        {
            ["CASELOAD.AGE_0_1"] = "5", ["CASELOAD.AGE_1_4"] = "8", ["CASELOAD.AGE_5_9"] = "8", ["CASELOAD.AGE_10_14"] = "8", ["CASELOAD.AGE_15_19"] = "8",
            ["NEW_REFERRALS.AGE_0_1"] = "1", ["NEW_REFERRALS.AGE_1_4"] = "1", ["NEW_REFERRALS.AGE_5_9"] = "1", ["NEW_REFERRALS.AGE_10_14"] = "0", ["NEW_REFERRALS.AGE_15_19"] = "0",
            ["ACP"] = "30", ["NAMED_LEAD"] = "35", ["DEATHS"] = "2", ["DEATHS_HOME"] = "1", ["DEATHS_HOSPICE"] = "1", ["DEATHS_HOSPITAL"] = "0",
            ["DEATHS_ICU"] = "0", ["DEATHS_PREFERRED"] = "2", ["ADVICE_247"] = "Yes", ["ADVICE_CALLS"] = "", ["SHORT_BREAK_NIGHTS"] = "", ["BEREAVEMENT_CONTACTS"] = "",
            ["#NEW_REFERRALS"] = "",
        };
        change?.Invoke(values);
        return values.ToDictionary(v => f.TryGetValue(v.Key, out var name) ? name : v.Key, v => v.Value);
    }

    public static string Url(int organisationId, int datasetId, Period period) => ReturnUrls.Entry(organisationId, datasetId, period);
}
