using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.People;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public PersonRow Person { get; private set; } = null!;

    public bool SeesEveryone => User.IsInRole(Roles.Coordinator);

    /// <summary>The linked sign-in account, if any (the co-ordinator's view only).</summary>
    public SignInAccount? Account { get; private set; }

    public sealed record SignInAccount(string Email, IReadOnlyList<string> Roles);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // The same privacy rule as the list: a member cannot reach an unlisted person by guessing the id.
        var people = new PeopleQuery { Status = "all" }.Apply(db.Set<Person>().AsNoTracking().Where(p => p.Id == id), SeesEveryone);
        var person = await PeopleQuery.Rows(people, showPhone: SeesEveryone).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        if (SeesEveryone)
        {
            Account = await LinkedAccountAsync(db, id, ct);
        }

        return Page();
    }

    public static async Task<SignInAccount?> LinkedAccountAsync(AppDbContext db, int personId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.PersonId == personId).Select(u => new { u.Id, u.Email }).FirstOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        return new SignInAccount(user.Email ?? "", roles.OrderBy(r => r).Select(Roles.Describe).ToList());
    }
}
