using System.Net;
using McnHub.Features.Members.People;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Members.People;

public sealed class PersonFormTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Set<Person>().CountAsync());

    private Task<Person> PersonAsync(string email) =>
        factory.WithDbAsync(db => db.Set<Person>().AsNoTracking().Include(p => p.Affiliations).SingleAsync(p => p.Email == email));

    private static Dictionary<string, string> Valid(string email) => new()
    {
        ["Input.FullName"] = "Morgan Ellis",
        ["Input.Email"] = email,
        ["Input.Phone"] = "0161 496 1234",
        ["Input.Discipline"] = "Psychologist",
        ["Input.JobTitle"] = "Clinical psychologist",
        ["Input.ListedInDirectory"] = "true",
    };

    [Fact]
    public async Task Adding_a_person_with_empty_fields_explains_each_problem_keeps_the_input_and_saves_nothing()
    {
        var before = await CountAsync();
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/people/new");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.FullName"] = "  ",
            ["Input.Email"] = "",
            ["Input.JobTitle"] = "Play specialist",
        });

        var page = await PageOfAsync(response);
        Assert.Contains("Enter the person's full name", page.ErrorSummary());
        Assert.Contains("Enter the person's email address", page.ErrorSummary());
        Assert.Contains("Select the person's discipline", page.ErrorSummary());
        Assert.Contains("Enter the person's full name", page.FieldError("Input_FullName"));
        Assert.Equal("Play specialist", page.FieldValue("Input_JobTitle"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_over_long_name_and_an_invalid_email_are_refused_with_what_was_typed_kept()
    {
        var before = await CountAsync();
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/people/new");
        var longName = new string('A', 151);

        var values = Valid("not-an-email");
        values["Input.FullName"] = longName;
        var page = await PageOfAsync(await client.SubmitFormAsync(form, values));

        Assert.Contains("Full name must be 150 characters or fewer", page.FieldError("Input_FullName"));
        Assert.Contains("Enter an email address in the correct format", page.FieldError("Input_Email"));
        Assert.Equal(longName, page.FieldValue("Input_FullName"));
        Assert.Equal("not-an-email", page.FieldValue("Input_Email"));
        Assert.Equal("Psychologist", page.FieldValue("Input_Discipline"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_email_already_used_is_refused_whatever_its_case()
    {
        var before = await CountAsync();
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/people/new");

        var page = await PageOfAsync(await client.SubmitFormAsync(form, Valid("MEMBER@Riverlands.example")));

        Assert.Contains("Someone else already has this email address", page.FieldError("Input_Email"));
        Assert.Equal("MEMBER@Riverlands.example", page.FieldValue("Input_Email"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_valid_new_person_is_saved_with_their_role_and_audited()
    {
        var kingfisher = await factory.OrganisationIdAsync(LeadsOrganisation);
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/people/new");
        var values = Valid("morgan.ellis@kingfisher.example");
        values["Input.AddOrganisationId"] = kingfisher.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["Input.AddRole"] = "DataSubmitter";

        var response = await client.SubmitFormAsync(form, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await PersonAsync("morgan.ellis@kingfisher.example");
        Assert.Equal($"/people/{person.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(("Morgan Ellis", Discipline.Psychologist, "0161 496 1234", true), (person.FullName, person.Discipline, person.Phone, person.ListedInDirectory));
        var affiliation = Assert.Single(person.Affiliations);
        Assert.Equal((kingfisher, OrganisationRole.DataSubmitter), (affiliation.OrganisationId, affiliation.Role));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Person) && a.EntityKey == person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync());
        var insert = Assert.Single(audit);
        Assert.Equal((AuditAction.Insert, Coordinator), (insert.Action, insert.UserName));
        Assert.Contains("morgan.ellis@kingfisher.example", insert.Changes);
        var details = await client.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Contains("Morgan Ellis has been added", details.QuerySelector(".nhsuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task Roles_are_added_and_removed_on_the_edit_page_and_a_duplicate_role_is_refused()
    {
        var westvale = await factory.OrganisationIdAsync("Westvale General Hospital NHS Trust");
        var id = await factory.WithDbAsync(async db =>
        {
            var p = new Person { FullName = "Dana Roles", Email = "dana.roles@example.org", Discipline = Discipline.Nurse };
            p.Affiliations.Add(new Affiliation { OrganisationId = westvale, Role = OrganisationRole.Staff });
            db.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var client = await factory.SignInAsync(Coordinator);
        var org = westvale.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var added = await client.SubmitFormAsync(await client.GetDocumentAsync($"/people/{id}/edit"), new Dictionary<string, string> { ["Input.AddOrganisationId"] = org, ["Input.AddRole"] = "Lead" });
        var duplicate = await PageOfAsync(await client.SubmitFormAsync(await client.GetDocumentAsync($"/people/{id}/edit"), new Dictionary<string, string> { ["Input.AddOrganisationId"] = org, ["Input.AddRole"] = "Staff", ["Input.JobTitle"] = "Ward sister" }));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("already has the role Staff at Westvale General Hospital NHS Trust", duplicate.FieldError("Input_AddOrganisationId"));
        Assert.Equal("Ward sister", duplicate.FieldValue("Input_JobTitle"));
        var staff = (await PersonAsync("dana.roles@example.org")).Affiliations.Single(a => a.Role == OrganisationRole.Staff);

        var removed = await client.SubmitFormAsync(await client.GetDocumentAsync($"/people/{id}/edit"), new Dictionary<string, string> { ["Input.RemoveAffiliations"] = staff.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var person = await PersonAsync("dana.roles@example.org");
        Assert.Equal([(westvale, OrganisationRole.Lead)], person.Affiliations.Select(a => (a.OrganisationId, a.Role)));
        Assert.Null(person.JobTitle);
        Assert.Equal(2, person.Version);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_what_changed_and_the_users_input_kept()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var p = new Person { FullName = "Sasha Stale", Email = "sasha.stale@example.org", Discipline = Discipline.Chaplain, JobTitle = "Chaplain" };
            db.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var first = await factory.SignInAsync(Coordinator);
        var second = await factory.SignInAsync(Coordinator);
        var firstForm = await first.GetDocumentAsync($"/people/{id}/edit");
        var secondForm = await second.GetDocumentAsync($"/people/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitFormAsync(secondForm, new Dictionary<string, string> { ["Input.JobTitle"] = "Lead chaplain" })).StatusCode);

        var page = await PageOfAsync(await first.SubmitFormAsync(firstForm, new Dictionary<string, string> { ["Input.FullName"] = "Sasha Fresh" }));

        Assert.Contains("Someone else saved changes to this person", page.ErrorSummary());
        Assert.Contains("Job title is now saved as “Lead chaplain”; you entered “Chaplain”", page.FieldError("Input_JobTitle"));
        Assert.Equal("Sasha Fresh", page.FieldValue("Input_FullName"));
        var saved = await PersonAsync("sasha.stale@example.org");
        Assert.Equal(("Sasha Stale", "Lead chaplain"), (saved.FullName, saved.JobTitle));

        // Having seen the differences, saving again keeps their version.
        var again = await first.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(("Sasha Fresh", "Chaplain"), ((await PersonAsync("sasha.stale@example.org")).FullName, (await PersonAsync("sasha.stale@example.org")).JobTitle));
    }

    [Fact]
    public async Task Retiring_a_person_takes_them_out_of_the_directory_and_reinstating_brings_them_back()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var p = new Person { FullName = "Rowan Leaving", Email = "rowan.leaving@example.org", Discipline = Discipline.SocialWorker, ListedInDirectory = true };
            db.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var coordinator = await factory.SignInAsync(Coordinator);
        var member = await factory.SignInAsync(Member);
        var form = await coordinator.GetDocumentAsync($"/people/{id}/retire");

        var future = await PageOfAsync(await coordinator.SubmitFormAsync(form, new Dictionary<string, string> { ["RetiredOn"] = Date(Today.AddDays(3)) }));
        Assert.Contains("must be today or in the past", future.FieldError("RetiredOn"));
        Assert.True((await PersonAsync("rowan.leaving@example.org")).Active);

        var retired = await coordinator.SubmitFormAsync(form, new Dictionary<string, string> { ["RetiredOn"] = "2025-01-31" });

        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var person = await PersonAsync("rowan.leaving@example.org");
        Assert.Equal((false, new DateOnly(2025, 1, 31)), (person.Active, person.RetiredOn));
        Assert.Contains("0 people found", (await member.GetDocumentAsync("/people?Search=rowan+leaving")).Text());
        Assert.Contains("1 person found", (await coordinator.GetDocumentAsync("/people?Search=rowan+leaving&Status=retired")).Text());

        var reinstate = await coordinator.GetDocumentAsync($"/people/{id}/retire");
        var back = await coordinator.SubmitFormAsync(reinstate, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal((true, (DateOnly?)null), ((await PersonAsync("rowan.leaving@example.org")).Active, (await PersonAsync("rowan.leaving@example.org")).RetiredOn));
        Assert.Contains("1 person found", (await member.GetDocumentAsync("/people?Search=rowan+leaving")).Text());
    }

    [Fact]
    public async Task A_member_cannot_add_or_edit_people()
    {
        var member = await factory.SignInAsync(Member);

        var create = await member.GetAsync("/people/new");
        var edit = await member.GetAsync("/people/1/edit");

        Assert.StartsWith("/account/access-denied", create.Headers.Location?.PathAndQuery);
        Assert.StartsWith("/account/access-denied", edit.Headers.Location?.PathAndQuery);
    }
}
