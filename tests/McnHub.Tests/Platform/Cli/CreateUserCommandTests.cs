using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Platform.Cli;

[Collection(CommandLineCollection.Name)]
public sealed class CreateUserCommandTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Password = "Strong-password-9";

    [Fact]
    public async Task Creates_an_organisation_lead_who_can_sign_in_and_edit_their_organisation()
    {
        var organisation = await OrganisationAsync("Kingfisher Children's Hospice");

        var result = await factory.RunCliAsync(
            "admin", "create-user", "--email", "new.lead@riverlands.example", "--name", "Rowan Ellis",
            "--role", "organisation-lead", "--organisation", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--password", Password);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Created the account new.lead@riverlands.example", result.Output);
        var (roles, affiliations, confirmed) = await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "new.lead@riverlands.example");
            var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
            var person = await db.Set<Person>().Include(p => p.Affiliations).SingleAsync(p => p.Id == user.PersonId);
            return (roles, person.Affiliations.Select(a => (a.OrganisationId, a.Role)).ToList(), user.EmailConfirmed);
        });
        Assert.Equal([Roles.Member, Roles.OrganisationLead], roles.Order());
        Assert.Contains((organisation.Id, OrganisationRole.Lead), affiliations);
        Assert.True(confirmed);

        var client = await factory.SignInAsync("new.lead@riverlands.example", Password);
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("My organisation", home.QuerySelector(".nhsuk-header__navigation")!.TextContent);
    }

    [Fact]
    public async Task Links_the_account_to_the_person_who_already_has_that_email()
    {
        var person = await factory.WithDbAsync(db => db.Set<Person>().OrderBy(p => p.Id).FirstAsync(p => !db.Users.Any(u => u.PersonId == p.Id)));
        var people = await factory.WithDbAsync(db => db.Set<Person>().CountAsync());

        var result = await factory.RunCliAsync("admin", "create-user", "--email", person.Email, "--name", person.FullName, "--role", "educator", "--password", Password);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Linked to the existing person", result.Output);
        Assert.Equal(people, await factory.WithDbAsync(db => db.Set<Person>().CountAsync()));
        Assert.Equal(person.Id, await factory.WithDbAsync(db => db.Users.Where(u => u.Email == person.Email).Select(u => u.PersonId).SingleAsync()));
    }

    [Fact]
    public async Task A_duplicate_email_is_refused()
    {
        var result = await factory.RunCliAsync("admin", "create-user", "--email", "member@riverlands.example", "--name", "Sam Patel", "--role", "member", "--password", Password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("An account with the email member@riverlands.example already exists", result.Errors);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_rules_it_breaks_and_nothing_is_saved()
    {
        var result = await factory.RunCliAsync("admin", "create-user", "--email", "weak@riverlands.example", "--name", "Weak Password", "--role", "member", "--password", "short");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Passwords must be at least 10 characters", result.Errors);
        Assert.Contains("Passwords must have at least one digit", result.Errors);
        Assert.False(await factory.WithDbAsync(db => db.Set<Person>().AnyAsync(p => p.Email == "weak@riverlands.example")));
    }

    [Fact]
    public async Task An_unknown_role_is_refused_with_the_valid_roles()
    {
        var result = await factory.RunCliAsync("admin", "create-user", "--email", "boss@riverlands.example", "--name", "The Boss", "--role", "boss", "--password", Password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unknown role 'boss'. Valid roles: coordinator, member, organisation-lead, data-submitter, educator.", result.Errors);
    }

    [Fact]
    public async Task A_data_submitter_needs_an_organisation()
    {
        var result = await factory.RunCliAsync("admin", "create-user", "--email", "nosub@riverlands.example", "--name", "No Organisation", "--role", "data-submitter", "--password", Password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--organisation is required", result.Errors);
    }

    [Fact]
    public async Task An_unknown_organisation_is_refused()
    {
        var result = await factory.RunCliAsync("admin", "create-user", "--email", "lost@riverlands.example", "--name", "Lost Lead", "--role", "organisation-lead", "--organisation", "99999", "--password", Password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("There is no organisation with the id 99999", result.Errors);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "lost@riverlands.example")));
    }

    [Fact]
    public async Task An_invalid_email_is_refused()
    {
        var result = await factory.RunCliAsync("admin", "create-user", "--email", "not-an-email", "--name", "Nobody", "--role", "member", "--password", Password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'not-an-email' is not an email address", result.Errors);
    }

    private Task<Organisation> OrganisationAsync(string name) =>
        factory.WithDbAsync(db => db.Set<Organisation>().SingleAsync(o => o.Name == name));
}
