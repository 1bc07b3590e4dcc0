using McnHub.Features.Members.Organisations;

namespace McnHub.Tests.Features.Members.Organisations;

public sealed class OrganisationValidationTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    private static OrganisationFields Valid() => new()
    {
        Name = "Otter Children's Hospice",
        OdsCode = "8ot01",
        Type = "ChildrensHospice",
        Sector = "NonNhs",
        Postcode = "nb14aa",
        Website = "https://otter.example",
        Phone = "+44 161 496 0000",
        Email = "hello@otter.example",
        Status = "Member",
        StatusSince = "2024-01-01",
        JoinedOn = "2024-01-01",
    };

    private static List<FieldProblem> ProblemsOf(Action<OrganisationFields> change, bool membership = true)
    {
        var fields = Valid();
        change(fields);
        var problems = new List<FieldProblem>();
        OrganisationValidation.Check(fields, Today, problems, membership);
        return problems;
    }

    [Fact]
    public void Valid_fields_give_normalised_values()
    {
        var problems = new List<FieldProblem>();

        var values = OrganisationValidation.Check(Valid(), Today, problems);

        Assert.Empty(problems);
        Assert.NotNull(values);
        Assert.Equal("8OT01", values.OdsCode);
        Assert.Equal("NB1 4AA", values.Postcode);
        Assert.Equal(OrganisationType.ChildrensHospice, values.Type);
        Assert.Equal(Sector.NonNhs, values.Sector);
        Assert.Equal(new DateOnly(2024, 1, 1), values.JoinedOn);
    }

    [Theory]
    [InlineData("Name", "", "Enter the organisation's name")]
    [InlineData("Name", "   ", "Enter the organisation's name")]
    [InlineData("OdsCode", "R!", "ODS code must be 3 to 10 letters and numbers")]
    [InlineData("OdsCode", "ABCDEFGHIJK", "ODS code must be 3 to 10 letters and numbers")]
    [InlineData("Type", "", "Select the type of organisation")]
    [InlineData("Type", "Hospital", "Type \"Hospital\" is not recognised: use one of Tertiary children's hospital")]
    [InlineData("Sector", "Private", "Sector \"Private\" is not recognised: use one of NHS, Non-NHS")]
    [InlineData("Postcode", "NOT A POSTCODE", "Enter a real postcode")]
    [InlineData("Website", "www.example.org", "Enter the full website address, starting with https://")]
    [InlineData("Website", "javascript:alert(1)", "Enter the full website address")]
    [InlineData("Phone", "call me", "Enter a phone number")]
    [InlineData("Email", "not-an-email", "Enter an email address in the correct format")]
    [InlineData("Status", "Gone", "Status \"Gone\" is not recognised")]
    [InlineData("StatusSince", "31/02/2024", "Date the status began must be a real date")]
    [InlineData("StatusSince", "2099-01-01", "Date the status began must be today or in the past")]
    [InlineData("JoinedOn", "yesterday", "Date joined must be a real date")]
    public void Each_rule_explains_what_is_wrong_with_its_field(string field, string value, string message)
    {
        var problems = ProblemsOf(f => typeof(OrganisationFields).GetProperty(field)!.SetValue(f, value));

        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        Assert.StartsWith(message, problem.Message);
    }

    [Fact]
    public void A_name_over_200_characters_is_refused()
    {
        var problems = ProblemsOf(f => f.Name = new string('a', 201));

        Assert.Equal("Name must be 200 characters or fewer", Assert.Single(problems).Message);
    }

    [Fact]
    public void Over_long_address_contact_and_town_values_are_each_refused()
    {
        var problems = ProblemsOf(f =>
        {
            f.AddressLine1 = new string('a', 201);
            f.Town = new string('t', 101);
            f.Email = new string('e', 250) + "@x.example";
        });

        Assert.Equal(["AddressLine1", "Town", "Email"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Contains("characters or fewer", p.Message));
    }

    [Fact]
    public void Date_left_before_date_joined_is_refused()
    {
        var problems = ProblemsOf(f => f.LeftOn = "2023-12-31");

        Assert.Equal("Date left must be the same as or after the date joined", Assert.Single(problems).Message);
    }

    [Fact]
    public void Status_left_needs_a_date_left()
    {
        var problems = ProblemsOf(f => f.Status = "Left");

        Assert.Equal("LeftOn", Assert.Single(problems).Field);
    }

    [Fact]
    public void Without_membership_dates_an_empty_status_means_prospective()
    {
        var problems = new List<FieldProblem>();
        var fields = Valid();
        fields.Status = null;
        fields.StatusSince = "nonsense";

        var values = OrganisationValidation.Check(fields, Today, problems, membershipDates: false);

        Assert.Empty(problems);
        Assert.Equal(MembershipStatus.Prospective, values!.Status);
        Assert.Equal(Today, values.StatusSince);
    }

    [Theory]
    [InlineData("Children's hospice", OrganisationType.ChildrensHospice)]
    [InlineData("children’s HOSPICE", OrganisationType.ChildrensHospice)]
    [InlineData("DistrictGeneralHospital", OrganisationType.DistrictGeneralHospital)]
    [InlineData("other", OrganisationType.Other)]
    public void Types_are_read_by_code_or_by_their_shown_name(string text, OrganisationType expected)
    {
        Assert.True(OrganisationRules.TryParseType(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("hospital")]
    [InlineData("")]
    public void Numbers_and_unknown_names_are_not_types(string text) =>
        Assert.False(OrganisationRules.TryParseType(text, out _));

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", true)]
    [InlineData("@SUM(A1:A2)", true)]
    [InlineData("+cmd", true)]
    [InlineData("-2+3", true)]
    [InlineData("\tleading tab", true)]
    [InlineData("+44 161 496 0000", false)]
    [InlineData("-", false)]
    [InlineData("Kingfisher", false)]
    [InlineData("", false)]
    public void Formula_like_values_are_recognised_but_phone_numbers_are_not(string value, bool expected) =>
        Assert.Equal(expected, OrganisationRules.LooksLikeFormula(value));
}
