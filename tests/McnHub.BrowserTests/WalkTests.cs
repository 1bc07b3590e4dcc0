using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using McnHub.Platform.Accounts;
using McnHub.Platform.Authorization;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>
/// Every page of the app, visited by a role allowed to see it: the status it should answer, no axe violations, no
/// browser errors, no sideways scrolling, a screenshot. A page added to the permission table must be added here
/// too (or to <see cref="NotWalked"/> with the reason), or the first test fails.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WalkTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Anonymous = "anonymous";

    /// <summary>
    /// The walks of the later modules, each in its own file under Walks/ (a module's pages, its demo records looked up
    /// by name, and the pages it does not walk).
    /// </summary>
    private static readonly ModuleWalk[] ModuleWalks = [Walks.GuidelinesWalk.Walk, Walks.StandardsWalk.Walk, Walks.EvaluationWalk.Walk, Walks.IndicatorsWalk.Walk, Walks.TrainingWalk.Walk];

    /// <summary>Pages the walks do not visit, with where they are tested instead.</summary>
    private static readonly Dictionary<string, string> NotWalked = new()
    {
        ["/Members/Agreements/Document"] = "answers the agreement's file only (McnHub.Tests AgreementFormTests)",
        ["/Directory/Editing/Export"] = "answers a CSV or Excel file only (McnHub.Tests ServiceImportExportTests)",
        ["/Account/SignInTwoFactor"] = "only reachable half-way through a sign-in (" + nameof(The_two_factor_sign_in_page_passes_axe) + ")",
        ["/Governance/Meetings/Paper"] = "answers an agenda paper's file only (McnHub.Tests AgendaAndPaperTests)",
    };

    /// <summary>(who, page in the permission table, visit): who is an account, or anonymous.</summary>
    private static List<(string Who, string Page, Visit Visit)> Visits(DemoIds ids) =>
    [
        (Anonymous, "/Home/Index", new("/")),
        (Anonymous, "/Directory/Search/Index", new("/services")),
        (Anonymous, "/Directory/Search/Index", new("/services?q=hospice&only24x7=true")),
        (Anonymous, "/Directory/Search/Details", new($"/services/{ids.LeadsService}")),
        (Anonymous, "/Directory/ProvisionMap/Index", new("/directory/provision-map?scenario=2030-upper")),
        (Anonymous, "/Members/Organisations/Index", new("/organisations")),
        (Anonymous, "/Members/Organisations/Details", new($"/organisations/{ids.LeadsOrganisation}")),
        (Anonymous, "/Members/Network/Index", new("/network")),
        (Anonymous, "/Account/SignIn", new("/account/sign-in")),
        (Anonymous, "/Account/SignOut", new("/account/sign-out")),
        (Anonymous, "/Account/ForgotPassword", new("/account/forgot-password")),
        (Anonymous, "/Account/ResetPassword", new("/account/reset-password")),
        (Anonymous, "/Account/ConfirmEmail", new("/account/confirm-email")),
        (Anonymous, "/Account/Lockout", new("/account/lockout")),
        (Anonymous, "/Account/ExternalSignIn", new("/account/external-sign-in?failed=true")),
        (Anonymous, "/Account/AccessDenied", new("/account/access-denied", 403)),
        (Anonymous, "/Home/Error", new("/error")),
        (Anonymous, "/Home/StatusCode", new("/services/999999", 404)),

        (Member, "/Home/Index", new("/")),
        (Member, "/Members/People/Index", new("/people")),
        (Member, "/Members/People/Details", new($"/people/{ids.Person}")),
        (Member, "/Members/Network/Index", new("/network")),

        (Lead, "/Home/Index", new("/")),
        (Lead, "/Members/Organisations/Mine", new("/organisations/mine", RedirectsTo: $"/organisations/{ids.LeadsOrganisation}")),
        (Lead, "/Members/Organisations/Details", new($"/organisations/{ids.LeadsOrganisation}")),
        (Lead, "/Members/Organisations/Edit", new($"/organisations/{ids.LeadsOrganisation}/edit")),
        (Lead, "/Directory/Search/Details", new($"/services/{ids.LeadsService}")),
        (Lead, "/Directory/Editing/Edit", new($"/services/{ids.LeadsService}/edit")),
        (Lead, "/Directory/Editing/Verify", new($"/services/{ids.LeadsService}/verify")),
        (Lead, "/Directory/Editing/Create", new("/services/new")),

        (Submitter, "/Home/Index", new("/")),
        (Submitter, "/Members/People/Index", new("/people?page=2")),
        (Submitter, "/Account/Profile", new("/account/profile")),

        (Educator, "/Home/Index", new("/")),
        (Educator, "/Members/Organisations/Index", new("/organisations")),
        (Educator, "/Account/Tokens", new("/account/tokens")),

        (Coordinator, "/Home/Index", new("/")),
        (Coordinator, "/Members/People/Index", new("/people")),
        (Coordinator, "/Members/People/Details", new($"/people/{ids.Person}")),
        (Coordinator, "/Members/People/Create", new("/people/new")),
        (Coordinator, "/Members/People/Edit", new($"/people/{ids.Person}/edit")),
        (Coordinator, "/Members/People/Retire", new($"/people/{ids.Person}/retire")),
        (Coordinator, "/Members/Agreements/Index", new("/agreements")),
        (Coordinator, "/Members/Agreements/Create", new("/agreements/new")),
        (Coordinator, "/Members/Agreements/Edit", new($"/agreements/{ids.Agreement}/edit")),
        (Coordinator, "/Members/Network/Index", new("/network")),
        (Coordinator, "/Members/Network/Edit", new("/network/edit")),
        (Coordinator, "/Members/Network/Areas", new("/network/areas")),
        (Coordinator, "/Members/Network/AreaCreate", new("/network/areas/new")),
        (Coordinator, "/Members/Network/AreaEdit", new($"/network/areas/{ids.Area}/edit")),
        (Coordinator, "/Manage/Index", new("/manage")),
        (Coordinator, "/Audit/Index", new("/audit")),
        (Coordinator, "/Audit/Index", new("/audit?entity=Organisation&action=Insert")),
        (Coordinator, "/Members/Organisations/Index", new("/organisations")),
        (Coordinator, "/Members/Organisations/Details", new($"/organisations/{ids.OtherOrganisation}")),
        (Coordinator, "/Members/Organisations/Create", new("/organisations/new")),
        (Coordinator, "/Members/Organisations/Edit", new($"/organisations/{ids.OtherOrganisation}/edit")),
        (Coordinator, "/Members/Organisations/Retire", new($"/organisations/{ids.OtherOrganisation}/retire")),
        (Coordinator, "/Members/Organisations/Import", new("/organisations/import")),
        (Coordinator, "/Members/Organisations/Mine", new("/organisations/mine")),
        (Coordinator, "/Directory/Search/Index", new("/services?q=nursing")),
        (Coordinator, "/Directory/Search/Details", new($"/services/{ids.OtherService}")),
        (Coordinator, "/Directory/Editing/Create", new("/services/new")),
        (Coordinator, "/Directory/Editing/Edit", new($"/services/{ids.OtherService}/edit")),
        (Coordinator, "/Directory/Editing/Verify", new($"/services/{ids.OtherService}/verify")),
        (Coordinator, "/Directory/Editing/Import", new("/directory/services/import")),
        (Coordinator, "/Directory/Taxonomy/Index", new("/directory/taxonomy")),
        (Coordinator, "/Directory/Taxonomy/Create", new("/directory/taxonomy/new")),
        (Coordinator, "/Directory/Taxonomy/Edit", new($"/directory/taxonomy/{ids.Term}/edit")),
        (Coordinator, "/Directory/Taxonomy/Delete", new($"/directory/taxonomy/{ids.Term}/delete")),
        (Coordinator, "/Directory/ProvisionMap/Index", new("/directory/provision-map")),
        (Coordinator, "/Account/Profile", new("/account/profile")),
        (Coordinator, "/Account/TwoFactor", new("/account/two-factor")),
        (Coordinator, "/Account/Tokens", new("/account/tokens")),
        (Coordinator, "/Account/ChangePassword", new("/account/change-password")),

        (Member, "/Governance/Index", new("/governance")),
        (Member, "/Governance/Dashboard/MyWork", new("/my-work")),
        (Member, "/Governance/Groups/Index", new("/governance/groups")),
        (Member, "/Governance/Groups/Details", new($"/governance/groups/{ids.Governance.Group}")),
        (Member, "/Governance/Groups/Terms", new($"/governance/groups/{ids.Governance.Group}/terms")),
        (Member, "/Governance/Meetings/Details", new($"/governance/meetings/{ids.Governance.Meeting}")),
        (Member, "/Governance/Decisions/Index", new("/governance/decisions")),
        (Member, "/Governance/Actions/Index", new("/governance/actions")),
        (Member, "/Governance/Actions/Mine", new("/governance/actions/mine")),
        (Member, "/Governance/Risks/Index", new("/governance/risks")),
        (Member, "/Governance/WorkPlan/Index", new("/governance/work-plan")),
        (Member, "/Governance/WorkPlan/Achievements", new("/governance/achievements")),
        (Coordinator, "/Governance/Dashboard/Index", new("/governance/dashboard")),
        (Coordinator, "/Governance/Groups/Create", new("/governance/groups/new")),
        (Coordinator, "/Governance/Groups/Edit", new($"/governance/groups/{ids.Governance.Group}/edit")),
        (Coordinator, "/Governance/Groups/Members", new($"/governance/groups/{ids.Governance.Group}/members")),
        (Coordinator, "/Governance/Groups/TermsNew", new($"/governance/groups/{ids.Governance.Group}/terms/new")),
        (Coordinator, "/Governance/Meetings/Create", new($"/governance/meetings/new?groupId={ids.Governance.Group}")),
        (Coordinator, "/Governance/Meetings/Edit", new($"/governance/meetings/{ids.Governance.Meeting}/edit")),
        (Coordinator, "/Governance/Meetings/Agenda", new($"/governance/meetings/{ids.Governance.Meeting}/agenda")),
        (Coordinator, "/Governance/Meetings/DeletePaper", new($"/governance/papers/{ids.Governance.Paper}/delete")),
        (Coordinator, "/Governance/Meetings/DeleteConflict", new($"/governance/conflicts/{ids.Governance.Conflict}/delete")),
        (Coordinator, "/Governance/Meetings/Attendance", new($"/governance/meetings/{ids.Governance.Meeting}/attendance")),
        (Coordinator, "/Governance/Minutes/Index", new($"/governance/meetings/{ids.Governance.Meeting}/minutes")),
        (Coordinator, "/Governance/Decisions/Details", new($"/governance/decisions/{ids.Governance.Decision}")),
        (Coordinator, "/Governance/Decisions/Create", new("/governance/decisions/new")),
        (Coordinator, "/Governance/Decisions/Edit", new($"/governance/decisions/{ids.Governance.Decision}/edit")),
        (Coordinator, "/Governance/Actions/Details", new($"/governance/actions/{ids.Governance.Action}")),
        (Coordinator, "/Governance/Actions/Create", new("/governance/actions/new")),
        (Coordinator, "/Governance/Actions/Edit", new($"/governance/actions/{ids.Governance.Action}/edit")),
        (Coordinator, "/Governance/Risks/Create", new("/governance/risks/new")),
        (Coordinator, "/Governance/Risks/Edit", new($"/governance/risks/{ids.Governance.Risk}/edit")),
        (Coordinator, "/Governance/WorkPlan/ObjectiveCreate", new("/governance/work-plan/objectives/new")),
        (Coordinator, "/Governance/WorkPlan/ObjectiveEdit", new($"/governance/work-plan/objectives/{ids.Governance.Objective}/edit")),
        (Coordinator, "/Governance/WorkPlan/AddNote", new($"/governance/work-plan/objectives/{ids.Governance.Objective}/notes/new")),
        (Coordinator, "/Governance/WorkPlan/AchievementCreate", new("/governance/achievements/new")),
        (Coordinator, "/Governance/WorkPlan/AchievementEdit", new($"/governance/achievements/{ids.Governance.Achievement}/edit")),
    ];

    private async Task<List<(string Who, string Page, Visit Visit)>> AllVisitsAsync()
    {
        var visits = Visits(await DemoIds.LoadAsync(Fixture.App));
        foreach (var walk in ModuleWalks)
        {
            visits.AddRange(await walk.VisitsAsync(Fixture.App));
        }

        return visits;
    }

    /// <summary>The widest pages, at the narrowest screen the app supports.</summary>
    private static string[] NarrowPages(DemoIds ids) =>
    [
        "/directory/provision-map", "/services?q=care", $"/services/{ids.LeadsService}", "/organisations", $"/organisations/{ids.LeadsOrganisation}",
        "/people", "/agreements", "/audit", "/network/areas", "/directory/taxonomy", $"/services/{ids.LeadsService}/edit", "/organisations/new",
    ];

    public static TheoryData<string> Walkers => [Anonymous, Member, Lead, Submitter, Educator, Coordinator];

    [Fact]
    public async Task Every_page_in_the_permission_table_is_walked_by_a_role_allowed_to_see_it()
    {
        var visits = await AllVisitsAsync();
        var notWalked = NotWalked.Concat(ModuleWalks.SelectMany(w => w.NotWalked)).ToDictionary();

        var unwalked = Permissions.Pages.Keys.Where(p => !notWalked.ContainsKey(p) && visits.All(v => v.Page != p)).ToList();
        var notAllowed = visits
            .Where(v => !Permissions.Pages.TryGetValue(v.Page, out var permission) || !(v.Who == Anonymous
                ? permission == Permissions.Public
                : RolesOf(v.Who).Any(role => Permissions.RoleHas(role, permission))))
            .Select(v => $"{v.Who} {v.Visit.Url} ({v.Page})")
            .ToList();

        Assert.True(unwalked.Count == 0, "Not walked: " + string.Join(", ", unwalked));
        Assert.True(notAllowed.Count == 0, "Walked by someone the table does not allow: " + string.Join(", ", notAllowed));
    }

    [Theory]
    [MemberData(nameof(Walkers))]
    public async Task Every_page_passes_axe_without_browser_errors_for_a_role_allowed_to_see_it(string who)
    {
        var visits = (await AllVisitsAsync()).Where(v => v.Who == who).Select(v => v.Visit).ToList();
        var page = await NewPageAsync(signedInAs: who == Anonymous ? null : who);

        await page.WalkAsync(visits, who.Split('@')[0], test: "walk");
    }

    [Fact]
    public async Task The_widest_pages_fit_a_320_pixel_wide_screen_without_scrolling_sideways()
    {
        var ids = await DemoIds.LoadAsync(Fixture.App);
        var page = await NewPageAsync(width: 320, height: 640, signedInAs: Coordinator);

        await page.WalkAsync(NarrowPages(ids), "320px", test: "walk");
    }

    [Fact]
    public async Task The_two_factor_sign_in_page_passes_axe()
    {
        var email = await CreateAccountWithTwoFactorAsync();
        var page = await NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(McnHubFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in-two-factor"));
        await page.AssertNoAxeViolationsAsync();
        page.AssertNoBrowserErrors();
        await ScreenshotAsync(page, "code");
    }

    /// <summary>A fresh account (the demo ones stay as they are) that asks for an authenticator code after its password.</summary>
    private async Task<string> CreateAccountWithTwoFactorAsync()
    {
        var email = $"two-factor-{Guid.NewGuid():N}@test.example";
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Two Factor" };
        Assert.True((await users.CreateAsync(user, McnHubFactory.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Member);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return email;
    }

    private static string[] RolesOf(string email) => email switch
    {
        Coordinator => [Roles.Coordinator],
        Lead => [Roles.OrganisationLead],
        Submitter => [Roles.DataSubmitter],
        Educator => [Roles.Educator],
        _ => [Roles.Member],
    };
}
