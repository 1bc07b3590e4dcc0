namespace McnHub.Platform.Accounts;

/// <summary>The roles of McnHub (see docs and the permission table in Platform/Authorization/Permissions.cs).</summary>
public static class Roles
{
    public const string Coordinator = "Coordinator";
    public const string Member = "Member";
    public const string OrganisationLead = "OrganisationLead";
    public const string DataSubmitter = "DataSubmitter";
    public const string Educator = "Educator";

    public static readonly IReadOnlyList<string> All = [Coordinator, Member, OrganisationLead, DataSubmitter, Educator];

    /// <summary>Names used on the command line (`--role organisation-lead`).</summary>
    public static readonly IReadOnlyDictionary<string, string> ByCommandLineName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["coordinator"] = Coordinator,
        ["member"] = Member,
        ["organisation-lead"] = OrganisationLead,
        ["data-submitter"] = DataSubmitter,
        ["educator"] = Educator,
    };

    public static string Describe(string role) => role switch
    {
        Coordinator => "Co-ordinator",
        OrganisationLead => "Organisation lead",
        DataSubmitter => "Data submitter",
        _ => role,
    };
}

/// <summary>Claims McnHub adds to a signed-in user.</summary>
public static class McnClaims
{
    /// <summary>An organisation (id) the user leads: may edit its profile.</summary>
    public const string LeadOf = "mcn:lead-of";

    /// <summary>An organisation (id) the user submits data for.</summary>
    public const string SubmitterFor = "mcn:submitter-for";

    public const string PersonId = "mcn:person";

    public const string DisplayName = "mcn:name";
}
