using McnHub.Features.Members.Organisations;
using McnHub.Features.Standards.Acp;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards;

public sealed record MyOrganisation(int Id, string Name, IReadOnlyList<StatementRow> Statements, AcpRow Acp);

/// <summary>"My organisation": for each organisation a lead leads, its self-assessment for the open period and its advance care plan adoption.</summary>
public sealed class MineModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public AssessmentPeriod? Period { get; private set; }

    public AssessmentPeriod? Previous { get; private set; }

    public IReadOnlyList<MyOrganisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var ids = AuthorizationModule.OrganisationsLedBy(User).ToList();
        var led = await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        Period = await StandardsMatrix.PeriodAsync(db, null, ct);
        Previous = Period is null ? null : await StandardsMatrix.PreviousAsync(db, Period, ct);
        var acp = await db.Set<AcpAdoption>().AsNoTracking().Where(a => ids.Contains(a.OrganisationId))
            .Select(a => new { a.OrganisationId, a.SignedUp, a.SignedUpOn, a.GovernanceApprovedOn, Lead = a.Lead != null ? a.Lead.FullName : null, a.StorageAgreed })
            .ToListAsync(ct);
        var list = new List<MyOrganisation>();
        foreach (var o in led)
        {
            List<StatementRow> statements = Period is null ? [] : await OrganisationModel.RowsAsync(db, o.Id, Period, Previous, clock, ct);
            var a = acp.FirstOrDefault(x => x.OrganisationId == o.Id);
            list.Add(new MyOrganisation(o.Id, o.Name, statements, a is null
                ? new AcpRow(o.Id, o.Name, false, null, null, null, false)
                : new AcpRow(o.Id, o.Name, a.SignedUp, a.SignedUpOn, a.GovernanceApprovedOn, a.Lead, a.StorageAgreed)));
        }

        Organisations = list;
    }
}
