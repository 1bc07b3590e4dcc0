using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Platform.Cli;

/// <summary>
/// `McnHub admin create-user`: an account (email confirmed) with a role, linked to the person with that email
/// (created when new), plus the lead or data-submitter affiliation those roles need. All or nothing.
/// </summary>
internal static class CreateUserCommand
{
    public sealed record Request(string Email, string Name, string Role, int? OrganisationId, string Password);

    public static Command Create(string[] settings)
    {
        var email = AdminCommands.EmailOption("Email address: the sign-in name, and the person it belongs to.");
        var name = new Option<string>("--name") { Description = "Full name, as shown to other members.", Required = true };
        var role = new Option<string>("--role") { Description = "One of: " + string.Join(", ", Roles.ByCommandLineName.Keys) + ".", Required = true };
        var organisation = new Option<int?>("--organisation") { Description = "Id of the organisation (required for organisation-lead and data-submitter).", HelpName = "id" };
        var password = new Option<string>("--password") { Description = "First password (at least 10 characters, with upper and lower case letters and a digit).", Required = true };
        var command = new Command("create-user", "Create a sign-in account with a role for a person (created if no person has that email).")
        {
            email, name, role, organisation, password,
        };
        command.SetAction((parse, ct) => CliHost.RunAsync(
            settings,
            (services, c) => RunAsync(services, new Request(
                parse.GetRequiredValue(email), parse.GetRequiredValue(name), parse.GetRequiredValue(role), parse.GetValue(organisation), parse.GetRequiredValue(password)), c),
            ct));
        return command;
    }

    public static async Task RunAsync(IServiceProvider services, Request request, CancellationToken ct)
    {
        var role = Roles.ByCommandLineName.TryGetValue(request.Role.Trim(), out var r)
            ? r
            : throw new CommandFailedException($"Unknown role '{request.Role}'. Valid roles: {string.Join(", ", Roles.ByCommandLineName.Keys)}.");
        var email = request.Email.Trim();
        if (email.Length > 256 || !new EmailAddressAttribute().IsValid(email))
        {
            throw new CommandFailedException($"'{email}' is not an email address in the correct format, like name@example.org.");
        }

        var fullName = request.Name.Trim();
        if (fullName.Length is 0 or > 150)
        {
            throw new CommandFailedException("--name must be between 1 and 150 characters.");
        }

        var db = services.GetRequiredService<AppDbContext>();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        await AdminCommands.EnsureMigratedAsync(db, ct);
        var organisation = await FindOrganisationAsync(db, role, request.OrganisationId, ct);
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new CommandFailedException($"An account with the email {email} already exists.");
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = fullName };
        await CheckPasswordAsync(users, user, request.Password);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (person, linked) = await PersonFor(db, email, fullName, ct);
        if (organisation is not null)
        {
            AddAffiliation(person, organisation.Id, OrganisationRole.Staff);
            if (role == Roles.OrganisationLead)
            {
                AddAffiliation(person, organisation.Id, OrganisationRole.Lead);
            }
            else if (role == Roles.DataSubmitter)
            {
                AddAffiliation(person, organisation.Id, OrganisationRole.DataSubmitter);
            }
        }

        await db.SaveChangesAsync(ct);
        user.PersonId = person.Id;
        Check(await users.CreateAsync(user, request.Password), "The account was not created");
        await EnsureRoleAsync(services, role);
        Check(await users.AddToRoleAsync(user, role), "The role was not given");
        if (role != Roles.Member)
        {
            // Every role is also a member of the network, as the demo accounts are.
            await EnsureRoleAsync(services, Roles.Member);
            Check(await users.AddToRoleAsync(user, Roles.Member), "The member role was not given");
        }

        await transaction.CommitAsync(ct);

        Console.WriteLine($"Created the account {email} ({fullName}) with the role {Roles.Describe(role)}" +
                          (organisation is null ? "." : $" at {organisation.Name} (organisation {organisation.Id})."));
        Console.WriteLine(linked
            ? $"Linked to the existing person {person.FullName} (person {person.Id})."
            : $"Added {fullName} to the people of the network (person {person.Id}).");
    }

    private static async Task<Organisation?> FindOrganisationAsync(AppDbContext db, string role, int? id, CancellationToken ct)
    {
        if (id is null)
        {
            return role is Roles.OrganisationLead or Roles.DataSubmitter
                ? throw new CommandFailedException($"--organisation is required for the role {Roles.Describe(role).ToLowerInvariant()}: give the id of the organisation.")
                : null;
        }

        return await db.Set<Organisation>().SingleOrDefaultAsync(o => o.Id == id, ct)
            ?? throw new CommandFailedException($"There is no organisation with the id {id}.");
    }

    /// <summary>Checked before anything is written, so a weak password leaves no trace.</summary>
    private static async Task CheckPasswordAsync(UserManager<ApplicationUser> users, ApplicationUser user, string password)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        if (problems.Count > 0)
        {
            throw new CommandFailedException("The password is not strong enough: " + string.Join(" ", problems));
        }
    }

    private static async Task<(Person Person, bool Linked)> PersonFor(AppDbContext db, string email, string fullName, CancellationToken ct)
    {
        var lower = email.ToLowerInvariant();
        var person = await db.Set<Person>().Include(p => p.Affiliations).SingleOrDefaultAsync(p => p.Email.ToLower() == lower, ct);
        if (person is null)
        {
            person = new Person { FullName = fullName, Email = email, Discipline = Discipline.Other };
            db.Add(person);
            return (person, false);
        }

        if (await db.Users.AnyAsync(u => u.PersonId == person.Id, ct))
        {
            throw new CommandFailedException($"{person.FullName} (person {person.Id}) already has a sign-in account.");
        }

        return (person, true);
    }

    private static void AddAffiliation(Person person, int organisationId, OrganisationRole role)
    {
        if (!person.Affiliations.Any(a => a.OrganisationId == organisationId && a.Role == role))
        {
            person.Affiliations.Add(new Affiliation { OrganisationId = organisationId, Role = role, Since = DateOnly.FromDateTime(DateTime.UtcNow) });
        }
    }

    private static async Task EnsureRoleAsync(IServiceProvider services, string role)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            Check(await roles.CreateAsync(new IdentityRole(role)), $"The role {role} was not created");
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new CommandFailedException($"{what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
