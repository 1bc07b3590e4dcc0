using System.ComponentModel.DataAnnotations;
using McnHub.Features.Governance.Meetings;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Groups;

public sealed class TermsInput
{
    [Required(ErrorMessage = "Enter the group's purpose")]
    [StringLength(4000, ErrorMessage = "Purpose must be 4,000 characters or fewer")]
    public string? Purpose { get; set; }

    [StringLength(4000, ErrorMessage = "Responsibilities must be 4,000 characters or fewer")]
    public string? Responsibilities { get; set; }

    [Required(ErrorMessage = "Enter how often the group meets, like Quarterly")]
    [StringLength(200, ErrorMessage = "Meeting frequency must be 200 characters or fewer")]
    public string? MeetingFrequency { get; set; }

    [StringLength(500, ErrorMessage = "Reporting line must be 500 characters or fewer")]
    public string? ReportingLine { get; set; }

    [Required(ErrorMessage = "Enter how many members make the meeting quorate")]
    [Range(1, 500, ErrorMessage = "Minimum members present must be between 1 and 500")]
    public int? QuorumMinimumMembers { get; set; }

    public bool QuorumRequiresChairOrViceChair { get; set; }

    [Range(0, 500, ErrorMessage = "Minimum NHS members must be between 0 and 500")]
    public int QuorumMinimumNhs { get; set; }

    [Range(0, 500, ErrorMessage = "Minimum non-NHS members must be between 0 and 500")]
    public int QuorumMinimumNonNhs { get; set; }

    [Required(ErrorMessage = "Enter the date the terms of reference will be reviewed by")]
    public DateOnly? ReviewDate { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public QuorumRule Rule => new(QuorumMinimumMembers ?? 0, QuorumRequiresChairOrViceChair, QuorumMinimumNonNhs, QuorumMinimumNhs);

    public static TermsInput From(TermsOfReference t) => new()
    {
        Purpose = t.Purpose, Responsibilities = t.Responsibilities, MeetingFrequency = t.MeetingFrequency, ReportingLine = t.ReportingLine,
        QuorumMinimumMembers = t.QuorumMinimumMembers, QuorumRequiresChairOrViceChair = t.QuorumRequiresChairOrViceChair,
        QuorumMinimumNhs = t.QuorumMinimumNhs, QuorumMinimumNonNhs = t.QuorumMinimumNonNhs,
    };
}

/// <summary>Writes version N+1 of a group's terms of reference (earlier versions are kept), starting from the current one.</summary>
public sealed class TermsNewModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public TermsInput Input { get; set; } = new();

    public Group Group { get; private set; } = null!;

    public int Number { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var current = await db.Set<TermsOfReference>().AsNoTracking().Where(t => t.GroupId == id).OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct);
        Input = current is null ? new TermsInput { QuorumMinimumMembers = 1 } : TermsInput.From(current);
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await db.Set<Group>().AnyAsync(g => g.Id == id, ct))
        {
            return NotFound();
        }

        var today = GroupClock.Today(clock);
        if (Input.ReviewDate is { } review && review <= today)
        {
            ModelState.AddModelError("Input.ReviewDate", "The review date must be in the future");
        }

        if (Input.ApprovedOn is { } approved && approved > today)
        {
            ModelState.AddModelError("Input.ApprovedOn", "The approval date cannot be in the future");
        }

        if (ModelState.IsValid)
        {
            var problems = QuorumRuleCheck.Problems(Input.Rule, await GroupMembership.SeatsOnAsync(db, id, today, ct));
            foreach (var problem in problems)
            {
                ModelState.AddModelError("Input.QuorumMinimumMembers", $"The quorum could never be met: {problem}");
            }
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, ct);
        }

        // Two co-ordinators saving at once would both pick N+1: the unique (group, number) index refuses the second.
        var number = (await db.Set<TermsOfReference>().Where(t => t.GroupId == id).MaxAsync(t => (int?)t.Number, ct) ?? 0) + 1;
        db.Add(new TermsOfReference
        {
            GroupId = id,
            Number = number,
            Purpose = Input.Purpose!.Trim(),
            Responsibilities = Input.Responsibilities?.Trim() ?? "",
            MeetingFrequency = Input.MeetingFrequency!.Trim(),
            ReportingLine = Input.ReportingLine?.Trim() ?? "",
            QuorumMinimumMembers = Input.QuorumMinimumMembers!.Value,
            QuorumRequiresChairOrViceChair = Input.QuorumRequiresChairOrViceChair,
            QuorumMinimumNhs = Input.QuorumMinimumNhs,
            QuorumMinimumNonNhs = Input.QuorumMinimumNonNhs,
            ReviewDate = Input.ReviewDate!.Value,
            ApprovedOn = Input.ApprovedOn,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = User.Identity?.Name,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", "Someone else saved a new version at the same time: check the current version and save again");
            return await ShowAsync(id, ct);
        }

        TempData["Success"] = $"Version {number} of the terms of reference has been saved";
        return Redirect($"/governance/groups/{id}/terms");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var group = await db.Set<Group>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return NotFound();
        }

        Group = group;
        Number = (await db.Set<TermsOfReference>().Where(t => t.GroupId == id).MaxAsync(t => (int?)t.Number, ct) ?? 0) + 1;
        return Page();
    }
}
