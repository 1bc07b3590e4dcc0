using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Governance.Actions;

/// <summary>What the create and edit pages share: the input, the choices and the fields partial.</summary>
public abstract class ActionFormPage(AppDbContext db) : PageModel
{
    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public ActionChoices Choices { get; private set; } = new([], [], [], []);

    public IEnumerable<SelectListItem> PeopleItems => ActionRules.Items(Choices.People);

    public IEnumerable<SelectListItem> GroupItems => ActionRules.Items(Choices.Groups);

    public IEnumerable<SelectListItem> MeetingItems => ActionRules.Items(Choices.Meetings);

    public IEnumerable<SelectListItem> DecisionItems => ActionRules.Items(Choices.Decisions);

    protected AppDbContext Db => db;

    protected async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Choices = await ActionChoices.LoadAsync(db, ct);
        return Page();
    }
}
