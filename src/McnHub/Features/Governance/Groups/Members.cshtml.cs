using System.ComponentModel.DataAnnotations;
using System.Globalization;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Groups;

public sealed class MemberInput
{
    public int? PersonId { get; set; }

    public int? OrganisationId { get; set; }

    public OrganisationRole? OrganisationRole { get; set; }

    [Required(ErrorMessage = "Select the role on the group")]
    public GroupRole? Role { get; set; } = GroupRole.Member;

    [Required(ErrorMessage = "Enter the date the membership starts")]
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

/// <summary>A group's seats: add a person or an organisation role, end a membership. One chair at a time.</summary>
public sealed class MembersModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public Group Group { get; private set; } = null!;

    public IReadOnlyList<MemberRow> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PersonItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];

    public static readonly IEnumerable<SelectListItem> RoleItems =
        Enum.GetValues<GroupRole>().Select(r => new SelectListItem(GroupTree.Describe(r), r.ToString()));

    public static readonly IEnumerable<SelectListItem> SeatRoleItems =
        Enum.GetValues<OrganisationRole>().Select(r => new SelectListItem(MemberRows.SeatRole(r), r.ToString()));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Input.From = GroupClock.Today(clock);
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await db.Set<Group>().AnyAsync(g => g.Id == id, ct))
        {
            return NotFound();
        }

        await ValidateAsync(id, ct);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, ct);
        }

        var byPerson = Input.PersonId is not null;
        db.Add(new GroupMember
        {
            GroupId = id,
            PersonId = Input.PersonId,
            OrganisationId = byPerson ? null : Input.OrganisationId,
            OrganisationRole = byPerson ? null : Input.OrganisationRole,
            Role = Input.Role!.Value,
            From = Input.From!.Value,
            To = Input.To,
        });
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "The member has been added";
        return Redirect($"/governance/groups/{id}/members");
    }

    /// <summary>Ends a membership today; the seat stays in the group's history.</summary>
    public async Task<IActionResult> OnPostEndAsync(int id, int memberId, CancellationToken ct)
    {
        var member = await db.Set<GroupMember>().FirstOrDefaultAsync(m => m.Id == memberId && m.GroupId == id, ct);
        if (member is null)
        {
            return NotFound();
        }

        var today = GroupClock.Today(clock);
        member.To = member.From > today ? member.From : today;
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "The membership has been ended";
        return Redirect($"/governance/groups/{id}/members");
    }

    private async Task ValidateAsync(int id, CancellationToken ct)
    {
        if (Input.PersonId is null && Input.OrganisationId is null)
        {
            ModelState.AddModelError("Input.PersonId", "Select a person, or an organisation and one of its roles");
        }
        else if (Input.PersonId is not null && Input.OrganisationId is not null)
        {
            ModelState.AddModelError("Input.PersonId", "Select a person or an organisation role, not both");
        }
        else if (Input.PersonId is { } personId && !await db.Set<Person>().AnyAsync(p => p.Id == personId && p.Active, ct))
        {
            ModelState.AddModelError("Input.PersonId", "Select a person from the list");
        }
        else if (Input.OrganisationId is { } orgId)
        {
            if (!await db.Set<Organisation>().AnyAsync(o => o.Id == orgId, ct))
            {
                ModelState.AddModelError("Input.OrganisationId", "Select an organisation from the list");
            }

            if (Input.OrganisationRole is null)
            {
                ModelState.AddModelError("Input.OrganisationRole", "Select which of the organisation's roles holds the seat");
            }
        }

        if (Input.From is { } from && Input.To is { } to && to < from)
        {
            ModelState.AddModelError("Input.To", "The end date must be on or after the start date");
        }

        if (Input.Role == GroupRole.Chair && Input.From is { } start)
        {
            var end = Input.To ?? DateOnly.MaxValue;
            var chairs = await db.Set<GroupMember>().AsNoTracking().Where(m => m.GroupId == id && m.Role == GroupRole.Chair).ToListAsync(ct);
            var clash = chairs.FirstOrDefault(c => c.From <= end && (c.To ?? DateOnly.MaxValue) >= start);
            if (clash is not null)
            {
                var rows = await MemberRows.LoadAsync(db, id, GroupClock.Today(clock), ct);
                var who = rows.FirstOrDefault(r => r.Id == clash.Id)?.Seat ?? "someone else";
                var until = clash.To is { } t ? $" until {t.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}" : "";
                ModelState.AddModelError("Input.Role", $"A group has one chair at a time: {who} is the chair{until}. End their membership first or choose another role");
            }
        }
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var group = await db.Set<Group>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return NotFound();
        }

        Group = group;
        Rows = await MemberRows.LoadAsync(db, id, GroupClock.Today(clock), ct);
        PersonItems = await db.Set<Person>().AsNoTracking().Where(p => p.Active).OrderBy(p => p.FullName)
            .Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToListAsync(ct);
        OrganisationItems = await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(ct);
        return Page();
    }
}
