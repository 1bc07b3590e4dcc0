using McnHub.Platform.Accounts;

namespace McnHub.Platform.Authorization;

/// <summary>
/// THE permission table: which role may do what, and which permission guards each page and endpoint.
/// Pages get their policy from <see cref="Pages"/> (applied as Razor Pages conventions); API endpoints name
/// their permission in their route group. tests/McnHub.Tests/Platform/PermissionTableTests.cs walks this
/// table against every route of the running app: add a page here or that test fails.
/// </summary>
public static class Permissions
{
    /// <summary>Anyone, signed in or not.</summary>
    public const string Public = "public";

    /// <summary>Any signed-in account.</summary>
    public const string SignedIn = "signed-in";

    public const string ViewMemberArea = "members.view";
    public const string ManageNetwork = "network.manage";
    public const string ManageOrganisations = "organisations.manage";

    /// <summary>Edit an organisation's profile: the co-ordinator, or a lead of that organisation (checked per record).</summary>
    public const string EditOrganisation = "organisations.edit";
    public const string ManagePeople = "people.manage";
    public const string ManageAgreements = "agreements.manage";
    public const string ViewAudit = "audit.view";

    /// <summary>Add, edit and re-verify services: the co-ordinator, or a lead of the owning organisation (checked per record).</summary>
    public const string EditServices = "directory.services.edit";

    /// <summary>The directory as a whole: service types (taxonomy), import and export of all services.</summary>
    public const string ManageDirectory = "directory.manage";

    /// <summary>Governance as a whole: groups, terms of reference, the dashboard, risks, work plan and achievements (the co-ordinator).</summary>
    public const string ManageGovernance = "governance.manage";

    /// <summary>
    /// Schedule and edit a group's meetings, agenda and attendance: the co-ordinator, or the group's chair or secretary
    /// (checked per record in the page). Every signed-in account holds it; the page decides.
    /// </summary>
    public const string EditMeetings = "governance.meetings.edit";

    // Standards: self-assessment and advance care plan adoption.

    /// <summary>The network views of self-assessment and advance care plan adoption (the co-ordinator).</summary>
    public const string ManageStandards = "standards.manage";

    /// <summary>An organisation's self-assessment and advance care plan record: the co-ordinator, or a lead of that organisation (checked per record).</summary>
    public const string EditStandards = "standards.edit";
    // Guidelines (issue 6): the library as a whole — add documents, approve versions (the co-ordinator).
    public const string ManageGuidelines = "guidelines.manage";
    // Evaluation: the minimum dataset, data returns and their workflow, completeness.

    /// <summary>Enter data returns: the co-ordinator for every organisation, a data submitter for theirs (checked per record).</summary>
    public const string EnterData = "evaluation.returns.enter";

    /// <summary>The minimum dataset, validation rules, approving and reopening returns, completeness (the co-ordinator).</summary>
    public const string ManageEvaluation = "evaluation.manage";
    // Training (issue 7): the education lead (Educator) and the co-ordinator run the programme; organisation leads
    // book their own staff (checked per person in the page).
    public const string ManageTraining = "training.manage";
    public const string BookStaff = "training.book-staff";
    // Training outcomes (issue 7, items 4–8): registers, feedback, barriers, coverage, news and digest.

    /// <summary>Mark a session's register: the co-ordinator, an educator, or the session's trainers (checked per record).</summary>
    public const string MarkTrainingAttendance = "training.attendance.mark";

    /// <summary>Feedback summaries, access barriers, coverage: the education lead and the co-ordinator.</summary>
    public const string ViewTrainingOutcomes = "training.outcomes.view";

    /// <summary>Write news posts and send the digest: the education lead and the co-ordinator.</summary>
    public const string ManageTrainingNews = "training.news.manage";
    /// <summary>Evaluation: create and edit indicators (the co-ordinator).</summary>
    public const string ManageIndicators = "evaluation.indicators.manage";

    // Evaluation: the data values API (issue 4, item 12).

    /// <summary>Export raw data values: the co-ordinator all; submitters and leads their organisations' (checked per record).</summary>
    public const string ViewDataValues = "evaluation.datavalues.view";

    /// <summary>Which roles hold each permission.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        [ViewMemberArea] = Roles.All.ToArray(),
        [ManageNetwork] = [Roles.Coordinator],
        [ManageOrganisations] = [Roles.Coordinator],
        [EditOrganisation] = [Roles.Coordinator, Roles.OrganisationLead],
        [ManagePeople] = [Roles.Coordinator],
        [ManageAgreements] = [Roles.Coordinator],
        [ViewAudit] = [Roles.Coordinator],
        [EditServices] = [Roles.Coordinator, Roles.OrganisationLead],
        [ManageDirectory] = [Roles.Coordinator],
        [ManageGovernance] = [Roles.Coordinator],
        [EditMeetings] = Roles.All.ToArray(),

        // Standards
        [ManageStandards] = [Roles.Coordinator],
        [EditStandards] = [Roles.Coordinator, Roles.OrganisationLead],
        // Guidelines (issue 6).
        [ManageGuidelines] = [Roles.Coordinator],
        // Evaluation.
        [EnterData] = [Roles.Coordinator, Roles.DataSubmitter],
        [ManageEvaluation] = [Roles.Coordinator],
        // Training (issue 7)
        [ManageTraining] = [Roles.Coordinator, Roles.Educator],
        [BookStaff] = [Roles.Coordinator, Roles.Educator, Roles.OrganisationLead],
        // Training outcomes.
        [MarkTrainingAttendance] = Roles.All.ToArray(),
        [ViewTrainingOutcomes] = [Roles.Coordinator, Roles.Educator],
        [ManageTrainingNews] = [Roles.Coordinator, Roles.Educator],
        // Evaluation: indicators.
        [ManageIndicators] = [Roles.Coordinator],
        // Evaluation: the data values API.
        [ViewDataValues] = [Roles.Coordinator, Roles.OrganisationLead, Roles.DataSubmitter],
    };

    /// <summary>Razor page (path under /Features, without extension) → permission.</summary>
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>
    {
        ["/Home/Index"] = Public,
        ["/Home/Error"] = Public,
        ["/Home/StatusCode"] = Public,
        ["/Account/SignIn"] = Public,
        ["/Account/SignOut"] = Public,
        ["/Account/AccessDenied"] = Public,
        ["/Account/ForgotPassword"] = Public,
        ["/Account/ResetPassword"] = Public,
        ["/Account/ConfirmEmail"] = Public,
        ["/Account/SignInTwoFactor"] = Public,
        ["/Account/Lockout"] = Public,
        ["/Account/ExternalSignIn"] = Public,
        ["/Account/Profile"] = SignedIn,
        ["/Account/TwoFactor"] = SignedIn,
        ["/Account/Tokens"] = SignedIn,
        ["/Account/ChangePassword"] = SignedIn,
        ["/Members/Organisations/Index"] = Public,
        ["/Members/Organisations/Details"] = Public,
        ["/Members/Organisations/Create"] = ManageOrganisations,
        ["/Members/Organisations/Edit"] = EditOrganisation,
        ["/Members/Organisations/Retire"] = ManageOrganisations,
        ["/Members/Organisations/Import"] = ManageOrganisations,
        ["/Members/Organisations/Mine"] = EditOrganisation,
        ["/Members/People/Index"] = ViewMemberArea,
        ["/Members/People/Details"] = ViewMemberArea,
        ["/Members/People/Create"] = ManagePeople,
        ["/Members/People/Edit"] = ManagePeople,
        ["/Members/People/Retire"] = ManagePeople,
        ["/Members/Agreements/Index"] = ManageAgreements,
        ["/Members/Agreements/Create"] = ManageAgreements,
        ["/Members/Agreements/Edit"] = ManageAgreements,

        // The co-ordinator, or a lead of the agreement's organisation (checked per record, like organisation edits).
        ["/Members/Agreements/Document"] = EditOrganisation,
        ["/Members/Network/Index"] = Public,
        ["/Members/Network/Edit"] = ManageNetwork,
        ["/Members/Network/Areas"] = ManageNetwork,
        ["/Members/Network/AreaCreate"] = ManageNetwork,
        ["/Members/Network/AreaEdit"] = ManageNetwork,
        ["/Audit/Index"] = ViewAudit,
        ["/Manage/Index"] = ManageNetwork,
        ["/Governance/Index"] = ViewMemberArea,
        ["/Directory/Editing/Create"] = EditServices,
        ["/Directory/Editing/Edit"] = EditServices,
        ["/Directory/Editing/Verify"] = EditServices,
        ["/Directory/Editing/Export"] = ManageDirectory,
        ["/Directory/Editing/Import"] = ManageDirectory,
        ["/Directory/Taxonomy/Index"] = ManageDirectory,
        ["/Directory/Taxonomy/Create"] = ManageDirectory,
        ["/Directory/Taxonomy/Edit"] = ManageDirectory,
        ["/Directory/Taxonomy/Delete"] = ManageDirectory,
        ["/Directory/Search/Index"] = Public,
        ["/Directory/Search/Details"] = Public,
        ["/Directory/ProvisionMap/Index"] = Public,
        ["/Governance/Dashboard/Index"] = ManageGovernance,
        ["/Governance/Dashboard/MyWork"] = SignedIn,
        ["/Governance/Risks/Index"] = ViewMemberArea,
        ["/Governance/Risks/Create"] = ManageGovernance,
        ["/Governance/Risks/Edit"] = ManageGovernance,
        ["/Governance/WorkPlan/Index"] = ViewMemberArea,
        ["/Governance/WorkPlan/ObjectiveCreate"] = ManageGovernance,
        ["/Governance/WorkPlan/ObjectiveEdit"] = ManageGovernance,

        // The objective's owner or the co-ordinator (checked per record).
        ["/Governance/WorkPlan/AddNote"] = ViewMemberArea,
        ["/Governance/WorkPlan/Achievements"] = ViewMemberArea,
        ["/Governance/WorkPlan/AchievementCreate"] = ManageGovernance,
        ["/Governance/WorkPlan/AchievementEdit"] = ManageGovernance,

        // Governance: minutes, decisions and actions. Members see the logs (private groups' records only their
        // members); adding and editing is for the co-ordinator or the group's chair or secretary (checked per record).
        ["/Governance/Actions/Index"] = ViewMemberArea,
        ["/Governance/Actions/Mine"] = ViewMemberArea,
        ["/Governance/Actions/Details"] = ViewMemberArea,
        ["/Governance/Actions/Create"] = ViewMemberArea,
        ["/Governance/Actions/Edit"] = ViewMemberArea,
        ["/Governance/Decisions/Index"] = ViewMemberArea,
        ["/Governance/Decisions/Details"] = ViewMemberArea,
        ["/Governance/Decisions/Create"] = ViewMemberArea,
        ["/Governance/Decisions/Edit"] = ViewMemberArea,

        // Approved minutes of public groups: every member; the rest only the group's members (checked per record).
        ["/Governance/Minutes/Index"] = ViewMemberArea,
        ["/Governance/Groups/Index"] = ViewMemberArea,
        ["/Governance/Groups/Details"] = ViewMemberArea,
        ["/Governance/Groups/Terms"] = ViewMemberArea,
        ["/Governance/Groups/Create"] = ManageGovernance,
        ["/Governance/Groups/Edit"] = ManageGovernance,
        ["/Governance/Groups/Members"] = ManageGovernance,
        ["/Governance/Groups/TermsNew"] = ManageGovernance,
        ["/Governance/Meetings/Details"] = ViewMemberArea,
        ["/Governance/Meetings/Create"] = EditMeetings,
        ["/Governance/Meetings/Edit"] = EditMeetings,
        ["/Governance/Meetings/Attendance"] = EditMeetings,
        ["/Governance/Meetings/Agenda"] = EditMeetings,

        // Public groups' papers for every member; a private group's for its members and the co-ordinator (checked per record).
        ["/Governance/Meetings/Paper"] = ViewMemberArea,

        // Governance: deleting agenda papers and conflict-of-interest declarations (the co-ordinator or the group's chair or secretary, checked per record).
        ["/Governance/Meetings/DeletePaper"] = EditMeetings,
        ["/Governance/Meetings/DeleteConflict"] = EditMeetings,
        // Standards: the sets and periods for every member; the network matrix and ACP summary for the co-ordinator;
        // an organisation's assessment, evidence and ACP record for its leads and the co-ordinator (checked per record).
        ["/Standards/Index"] = ViewMemberArea,
        ["/Standards/Matrix"] = ManageStandards,
        ["/Standards/Periods"] = ManageStandards,
        ["/Standards/Mine"] = EditStandards,
        ["/Standards/Organisation"] = EditStandards,
        ["/Standards/Assess"] = EditStandards,
        ["/Standards/Evidence"] = EditStandards,
        ["/Standards/Acp/Index"] = ManageStandards,
        ["/Standards/Acp/Edit"] = EditStandards,
        // Guidelines (issue 6). Reading pages are public and check each document's audience and status themselves
        // (members' documents ask for a sign-in, drafts are only for the owner and the co-ordinator). Editing pages
        // let members in, then check the document's owner or the co-ordinator (403, audited, otherwise).
        ["/Guidelines/Library/Index"] = Public,
        ["/Guidelines/Library/Details"] = Public,
        ["/Guidelines/Library/Versions"] = Public,
        ["/Guidelines/Library/Version"] = Public,
        ["/Guidelines/Library/Compare"] = Public,
        ["/Guidelines/Documents/Create"] = ManageGuidelines,
        ["/Guidelines/Documents/Edit"] = ViewMemberArea,
        ["/Guidelines/Documents/Retire"] = ViewMemberArea,
        ["/Guidelines/Documents/EditVersion"] = ViewMemberArea,
        ["/Guidelines/Documents/NewVersion"] = ViewMemberArea,
        ["/Guidelines/Documents/Approve"] = ManageGuidelines,
        ["/Guidelines/Consultation/Open"] = ViewMemberArea,
        ["/Guidelines/Consultation/Comments"] = ViewMemberArea,
        ["/Guidelines/Reviews/Index"] = ViewMemberArea,
        ["/Guidelines/Reviews/Review"] = ViewMemberArea,
        ["/Guidelines/Adoption/Index"] = ViewMemberArea,
        ["/Guidelines/Adoption/Document"] = ViewMemberArea,
        ["/Guidelines/Adoption/Organisation"] = ViewMemberArea,

        // The co-ordinator, or a lead of that organisation (checked per record, 403 and audited otherwise).
        ["/Guidelines/Adoption/Record"] = EditOrganisation,
        // Evaluation: data returns for the co-ordinator and data submitters (a submitter only their organisations',
        // checked per record); the dataset, approval, reopening and completeness for the co-ordinator.
        ["/Evaluation/Index"] = ViewMemberArea,
        ["/Evaluation/Returns/Index"] = EnterData,
        ["/Evaluation/Returns/Entry"] = EnterData,
        ["/Evaluation/Returns/Reopen"] = ManageEvaluation,
        ["/Evaluation/Completeness/Index"] = ManageEvaluation,
        ["/Evaluation/Import/Index"] = EnterData,
        ["/Evaluation/Elements/Index"] = ViewMemberArea,
        ["/Evaluation/Elements/Create"] = ManageEvaluation,
        ["/Evaluation/Elements/Edit"] = ManageEvaluation,
        ["/Evaluation/Datasets/Assignments"] = ManageEvaluation,
        ["/Evaluation/Datasets/Index"] = ManageEvaluation,
        ["/Evaluation/Rules/Index"] = ManageEvaluation,
        ["/Evaluation/Rules/Create"] = ManageEvaluation,
        ["/Evaluation/Rules/Edit"] = ManageEvaluation,
        // Evaluation: datasets, their sections and disaggregations (the co-ordinator).
        ["/Evaluation/Datasets/Create"] = ManageEvaluation,
        ["/Evaluation/Datasets/Edit"] = ManageEvaluation,
        ["/Evaluation/Datasets/Sections"] = ManageEvaluation,
        ["/Evaluation/Disaggregations/Index"] = ManageEvaluation,
        ["/Evaluation/Disaggregations/Create"] = ManageEvaluation,
        ["/Evaluation/Disaggregations/Edit"] = ManageEvaluation,
        // Training (issue 7). Booking changes check the record: the person, a lead of their organisation, or the education lead.
        ["/Training/Catalogue/Index"] = Public,
        ["/Training/Catalogue/Session"] = Public,
        ["/Training/Catalogue/Course"] = Public,
        ["/Training/Catalogue/Calendar"] = Public,
        ["/Training/Bookings/Offer"] = Public,
        ["/Training/Bookings/Cancel"] = SignedIn,
        ["/Training/Bookings/BookStaff"] = BookStaff,
        ["/Training/MyLearning/Index"] = SignedIn,
        ["/Training/Manage/SessionEdit"] = ManageTraining,
        // Training administration (issue 7): the education lead and co-ordinator run courses and sessions.
        ["/Training/Manage/Index"] = ManageTraining,
        ["/Training/Manage/CourseCreate"] = ManageTraining,
        ["/Training/Manage/CourseEdit"] = ManageTraining,
        ["/Training/Manage/SessionCreate"] = ManageTraining,
        ["/Training/Manage/SessionCancel"] = ManageTraining,
        // Training outcomes: the register (a session's trainers, educators, the co-ordinator: checked per record);
        // certificates and their check are public (the unguessable code is the credential).
        ["/Training/Attendance/Register"] = MarkTrainingAttendance,
        ["/Training/Certificates/Certificate"] = Public,
        ["/Training/Certificates/Verify"] = Public,

        // Feedback: signed in, on one's own booking (checked per record), or from the emailed link (the protected token).
        ["/Training/Feedback/Give"] = SignedIn,
        ["/Training/Feedback/Link"] = Public,
        ["/Training/Feedback/Index"] = ViewTrainingOutcomes,
        ["/Training/Feedback/Session"] = ViewTrainingOutcomes,
        ["/Training/Barriers/Index"] = ViewTrainingOutcomes,
        ["/Training/Coverage/Index"] = ViewTrainingOutcomes,
        ["/Training/News/Index"] = Public,
        ["/Training/News/Create"] = ManageTrainingNews,
        ["/Training/News/Edit"] = ManageTrainingNews,
        ["/Training/News/Digest"] = ManageTrainingNews,
        // Training materials (issue 7, item 1) and editing a session's programme and trainers after creation: the
        // education lead and co-ordinator. Opening a material is public; restricted ones are checked per record (403, audited).
        ["/Training/Materials/Index"] = ManageTraining,
        ["/Training/Materials/Edit"] = ManageTraining,
        ["/Training/Materials/Delete"] = ManageTraining,
        ["/Training/Materials/Open"] = Public,
        ["/Training/Manage/Programme"] = ManageTraining,
        ["/Training/Manage/ProgrammeItemEdit"] = ManageTraining,
        ["/Training/Manage/Trainers"] = ManageTraining,
        // Evaluation: indicators, dashboards and reports (figures suppressed per viewer; managing indicators is the co-ordinator's).
        ["/Evaluation/Dashboards/Index"] = ViewMemberArea,
        ["/Evaluation/Dashboards/Details"] = ViewMemberArea,
        ["/Evaluation/Indicators/Manage"] = ManageIndicators,
        ["/Evaluation/Indicators/Create"] = ManageIndicators,
        ["/Evaluation/Indicators/Edit"] = ManageIndicators,
        ["/Evaluation/Reports/Index"] = ViewMemberArea,
        ["/Evaluation/Reports/Report"] = ViewMemberArea,
    };

    /// <summary>
    /// Non-page endpoints ("METHOD /route/template") → permission. Each API route group names the same permission
    /// in its RequireAuthorization/AllowAnonymous call; the permission table test checks that they agree.
    /// "api.read" / "api.write": a sign-in cookie or a personal access token of that scope.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Endpoints = new Dictionary<string, string>
    {
        ["GET /health"] = Public,
        ["GET /openapi/{documentName}.json"] = Public,
        ["GET /api/docs/{documentName?}"] = Public,
        ["GET /api/docs/scalar.js"] = Public,
        ["GET /api/docs/scalar.aspnetcore.js"] = Public,
        ["GET /api/docs/favicon.svg"] = Public,
        ["GET /api/v1/organisations"] = Public,
        ["GET /api/v1/organisations/{id:int}"] = Public,
        ["GET /api/v1/me"] = TokenScopes.Read,
        ["GET /api/v1/decisions"] = TokenScopes.Read,
        ["GET /api/v1/actions"] = TokenScopes.Read,

        // Governance: groups, meetings (with attendance and computed quorum) and risks; private groups' meetings and risks only for members and the co-ordinator.
        ["GET /api/v1/groups"] = TokenScopes.Read,
        ["GET /api/v1/meetings"] = TokenScopes.Read,
        ["GET /api/v1/risks"] = TokenScopes.Read,
        ["DELETE /api/v1/me/tokens/current"] = TokenScopes.Write,
        ["GET /openreferral/services"] = Public,
        ["GET /openreferral/services/{id}"] = Public,
        ["GET /openreferral/taxonomies"] = Public,
        ["GET /openreferral/taxonomy_terms"] = Public,
        ["GET /fhir/r4/metadata"] = Public,
        ["GET /fhir/r4/Organization"] = Public,
        ["GET /fhir/r4/Organization/{id}"] = Public,
        ["GET /fhir/r4/OrganizationAffiliation"] = Public,
        ["GET /fhir/r4/OrganizationAffiliation/{id}"] = Public,
        ["GET /fhir/r4/HealthcareService"] = Public,
        ["GET /fhir/r4/HealthcareService/{id}"] = Public,
        ["GET /fhir/r4/Location"] = Public,
        ["GET /fhir/r4/Location/{id}"] = Public,
        ["GET /fhir/r4/PractitionerRole"] = Public,
        ["GET /fhir/r4/PractitionerRole/{id}"] = Public,

        // Guidelines (issue 6): approved documents as FHIR Library; members' documents only for signed-in callers.
        ["GET /fhir/r4/Library"] = Public,
        ["GET /fhir/r4/Library/{id}"] = Public,
        ["GET /fhir/r4/{**path}"] = Public,

        // iCalendar of a meeting and of a group's scheduled meetings; a private group's only for its members and the co-ordinator (checked per record).
        ["GET /governance/meetings/{id:int}.ics"] = ViewMemberArea,
        ["GET /governance/groups/{id:int}/meetings.ics"] = ViewMemberArea,

        // A group's meetings for a calendar app, which sends no cookie: the secret key in the path is checked in the
        // endpoint (unknown key → 404; its account must hold ViewMemberArea; private groups as above).
        ["GET /governance/groups/{id:int}/meetings/{key}.ics"] = Public,
        // Training (issue 7): the public programme; a person's own bookings by the secret token in the URL.
        ["GET /training/sessions.ics"] = Public,
        ["GET /training/calendar/{token}.ics"] = Public,
        ["GET /api/v1/training/sessions"] = Public,
        // Training outcomes.
        ["GET /training/certificates/{code}.pdf"] = Public,
        // Evaluation: indicators (values suppressed by the caller's rights).
        ["GET /api/v1/indicators"] = TokenScopes.Read,
        ["GET /api/v1/indicators/{code}/values"] = TokenScopes.Read,
        ["GET /fhir/r4/Measure"] = Public,
        ["GET /fhir/r4/Measure/{id}"] = Public,
        // Evaluation FHIR (issue 4, item 11): datasets as Questionnaire (public); returns as QuestionnaireResponse, whose
        // routes need a sign-in (anonymous: 401 OperationOutcome); the co-ordinator sees all, submitters and leads their organisations'.
        ["GET /fhir/r4/Questionnaire"] = Public,
        ["GET /fhir/r4/Questionnaire/{id}"] = Public,
        ["GET /fhir/r4/QuestionnaireResponse"] = SignedIn,
        ["GET /fhir/r4/QuestionnaireResponse/{id}"] = SignedIn,
        // Evaluation: data values import/export (issue 4, item 12). Raw values: the co-ordinator all, submitters and
        // leads their organisations' (another's: 403, audited); importing needs a cookie or a write token as well.
        ["GET /api/v1/datavalues"] = ViewDataValues,
        ["POST /api/v1/datavalues"] = EnterData,
        // Evaluation FHIR MeasureReport: indicator values per subject and quarter, suppressed by the caller's rights as the JSON indicators API.
        ["GET /fhir/r4/MeasureReport"] = SignedIn,
        ["GET /fhir/r4/MeasureReport/{id}"] = SignedIn,
    };

    /// <summary>
    /// Pages whose permission lets a role in, after which the page checks the record itself (the co-ordinator, or a
    /// lead of the organisation, or an officer of the group, or the owner) and answers 403, audited, when it is not
    /// theirs. The permission table test accepts that 403 for these; each page's own tests prove the record check.
    /// </summary>
    public static readonly IReadOnlySet<string> CheckedPerRecord = new HashSet<string>
    {
        "/Governance/Actions/Edit",
        "/Governance/Decisions/Edit",
        "/Governance/WorkPlan/AddNote",
        "/Governance/Meetings/Create",
        "/Governance/Meetings/Edit",
        "/Governance/Meetings/Attendance",
        "/Governance/Meetings/Agenda",
        "/Governance/Meetings/DeletePaper",
        "/Governance/Meetings/DeleteConflict",

        // Standards
        "/Standards/Organisation",
        "/Standards/Assess",
        "/Standards/Evidence",
        "/Standards/Acp/Edit",

        // Guidelines (issue 6): the document's owner or the co-ordinator; a lead of the organisation for adoption.
        "/Guidelines/Documents/Edit",
        "/Guidelines/Documents/Retire",
        "/Guidelines/Documents/EditVersion",
        "/Guidelines/Documents/NewVersion",
        "/Guidelines/Consultation/Open",
        "/Guidelines/Reviews/Review",
        "/Guidelines/Adoption/Record",
        "/Evaluation/Returns/Entry",
        "/Training/Bookings/Cancel",
        "/Training/Attendance/Register",
        "/Training/Feedback/Give",
        // Training materials: restricted materials only for signed-in members or the course's people.
        "/Training/Materials/Open",
    };

    public static bool RoleHas(string role, string permission) =>
        permission == Public || permission == SignedIn || (Table.TryGetValue(permission, out var roles) && roles.Contains(role));
}
