using System.Globalization;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace McnHub.Features.Governance.WorkPlan;

public static class WorkPlanRules
{
    public static string Describe(Rag rag) => rag switch
    {
        Rag.NotStarted => "Not started",
        Rag.Red => "Red: off track",
        Rag.Amber => "Amber: at risk",
        Rag.Green => "Green: on track",
        _ => "Complete",
    };

    public static string TagClass(Rag rag) => rag switch
    {
        Rag.Red => "nhsuk-tag--red",
        Rag.Amber => "nhsuk-tag--orange",
        Rag.Green => "nhsuk-tag--green",
        Rag.Complete => "nhsuk-tag--blue",
        _ => "nhsuk-tag--grey",
    };

    public static IEnumerable<SelectListItem> RagItems =>
        Enum.GetValues<Rag>().Select(r => new SelectListItem(Describe(r), r.ToString()));

    /// <summary>"2026/27": the plan year as the NHS writes it.</summary>
    public static string YearLabel(int year) => $"{year.ToString(CultureInfo.InvariantCulture)}/{((year + 1) % 100).ToString("D2", CultureInfo.InvariantCulture)}";

    /// <summary>The plan year a day falls in: April to March, like the NHS financial year.</summary>
    public static int YearOf(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    public static int? PersonId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(McnClaims.PersonId)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The objective's owner or the co-ordinator may add progress notes.</summary>
    public static bool MayAddNote(ClaimsPrincipal user, Objective objective) =>
        user.IsInRole(Roles.Coordinator) || (objective.OwnerPersonId is { } owner && PersonId(user) == owner);

    public static Task<List<Choice>> PeopleAsync(AppDbContext db, CancellationToken ct) =>
        db.Set<Person>().AsNoTracking().Where(p => p.Active).OrderBy(p => p.FullName).Select(p => new Choice(p.Id, p.FullName)).ToListAsync(ct);
}
