using McnHub.BrowserTests.Support;
using McnHub.Features.Evaluation;
using McnHub.Features.Members.Organisations;
using Microsoft.EntityFrameworkCore;
using static McnHub.BrowserTests.Support.BrowserTest;

namespace McnHub.BrowserTests.Walks;

/// <summary>The data returns pages, on the demo minimum dataset and the submitter's team's returns.</summary>
public static class EvaluationWalk
{
    public static readonly ModuleWalk Walk = new(async app =>
    {
        var ids = await app.WithDbAsync(async db =>
        {
            var dataset = await db.Set<Dataset>().Where(d => d.Code == "CPC_MDS").Select(d => d.Id).SingleAsync();
            var northbrook = await db.Set<Organisation>().Where(o => o.Name == "Northbrook Community Children's Nursing Team").Select(o => o.Id).SingleAsync();
            var returns = await db.Set<DataReturn>().Where(r => r.DatasetId == dataset && r.OrganisationId == northbrook).OrderByDescending(r => r.PeriodStart).ToListAsync();
            var approved = await db.Set<DataReturn>().Where(r => r.Status == ReturnStatus.Approved).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            var element = await db.Set<DataElement>().OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
            var rule = await db.Set<ValidationRule>().OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            var combo = await db.Set<CategoryCombo>().Where(c => c.Code == "AGE_BAND").Select(c => c.Id).SingleAsync();
            return (dataset, northbrook, Latest: returns[0].Period.Id, approved, element, rule, combo);
        });
        return
        [
            (Member, "/Evaluation/Index", new Visit("/data")),
            (Member, "/Evaluation/Elements/Index", new Visit("/data/elements")),
            (Submitter, "/Evaluation/Index", new Visit("/data")),
            (Submitter, "/Evaluation/Returns/Index", new Visit("/data/returns")),
            (Submitter, "/Evaluation/Returns/Entry", new Visit($"/data/returns/{ids.northbrook}/{ids.dataset}/{ids.Latest.ToLowerInvariant()}")),
            (Submitter, "/Evaluation/Import/Index", new Visit("/data/import")),
            (Coordinator, "/Evaluation/Returns/Index", new Visit("/data/returns")),
            (Coordinator, "/Evaluation/Returns/Reopen", new Visit($"/data/returns/{ids.approved}/reopen")),
            (Coordinator, "/Evaluation/Completeness/Index", new Visit("/data/completeness")),
            (Coordinator, "/Evaluation/Datasets/Index", new Visit("/data/datasets")),
            (Coordinator, "/Evaluation/Datasets/Assignments", new Visit($"/data/datasets/{ids.dataset}/assignments")),
            (Coordinator, "/Evaluation/Rules/Index", new Visit($"/data/datasets/{ids.dataset}/rules")),
            (Coordinator, "/Evaluation/Rules/Create", new Visit($"/data/datasets/{ids.dataset}/rules/new")),
            (Coordinator, "/Evaluation/Rules/Edit", new Visit($"/data/rules/{ids.rule}/edit")),
            (Coordinator, "/Evaluation/Elements/Create", new Visit("/data/elements/new")),
            (Coordinator, "/Evaluation/Elements/Edit", new Visit($"/data/elements/{ids.element}/edit")),
            (Coordinator, "/Evaluation/Datasets/Create", new Visit("/data/datasets/new")),
            (Coordinator, "/Evaluation/Datasets/Edit", new Visit($"/data/datasets/{ids.dataset}/edit")),
            (Coordinator, "/Evaluation/Datasets/Sections", new Visit($"/data/datasets/{ids.dataset}/sections")),
            (Coordinator, "/Evaluation/Disaggregations/Index", new Visit("/data/disaggregations")),
            (Coordinator, "/Evaluation/Disaggregations/Create", new Visit("/data/disaggregations/new")),
            (Coordinator, "/Evaluation/Disaggregations/Edit", new Visit($"/data/disaggregations/{ids.combo}/edit")),
        ];
    }, new Dictionary<string, string>());
}
