using McnHub.BrowserTests.Support;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Standards;
using Microsoft.EntityFrameworkCore;
using static McnHub.BrowserTests.Support.BrowserTest;

namespace McnHub.BrowserTests.Walks;

/// <summary>Self-assessment against QS160 and the advance care plan tracker, on the demo periods.</summary>
public static class StandardsWalk
{
    public static readonly ModuleWalk Walk = new(async app =>
    {
        var ids = await app.WithDbAsync(async db =>
        {
            var kingfisher = await db.Set<Organisation>().Where(o => o.Name == DemoIds.LeadsOrganisationName).Select(o => o.Id).SingleAsync();
            var willow = await db.Set<Organisation>().Where(o => o.Name == "Willow Bank Children's Hospice").Select(o => o.Id).SingleAsync();
            var set = await db.Set<StandardsSet>().Where(s => s.Code == "QS160").Select(s => s.Id).SingleAsync();
            var open = await db.Set<AssessmentPeriod>().Where(p => p.SetId == set && p.IsOpen).Select(p => p.Id).FirstAsync();
            var statement = await db.Set<StandardStatement>().Where(s => s.SetId == set).OrderByDescending(s => s.Number).Select(s => s.Id).FirstAsync();
            return (kingfisher, willow, open, statement);
        });
        return
        [
            (Member, "/Standards/Index", new Visit("/standards")),
            (Lead, "/Standards/Mine", new Visit("/standards/mine")),
            (Lead, "/Standards/Organisation", new Visit($"/standards/organisations/{ids.kingfisher}")),
            (Lead, "/Standards/Assess", new Visit($"/standards/organisations/{ids.kingfisher}/periods/{ids.open}/statements/{ids.statement}")),
            (Lead, "/Standards/Acp/Edit", new Visit($"/standards/acp/{ids.kingfisher}/edit")),
            (Coordinator, "/Standards/Matrix", new Visit("/standards/matrix")),
            (Coordinator, "/Standards/Periods", new Visit("/standards/periods")),
            (Coordinator, "/Standards/Acp/Index", new Visit("/standards/acp")),
            (Coordinator, "/Standards/Organisation", new Visit($"/standards/organisations/{ids.willow}")),
        ];
    }, new Dictionary<string, string>
    {
        ["/Standards/Evidence"] = "answers an evidence file only (McnHub.Tests AssessmentTests download it)",
    });
}
