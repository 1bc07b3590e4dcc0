using System.Globalization;

namespace McnHub.Features.Members.Organisations;

/// <summary>What differs between what a user entered and what someone else saved meanwhile, in words they recognise.</summary>
public static class OrganisationConflicts
{
    public sealed record Difference(string Field, string Label, string? Yours, string? Saved);

    public static IEnumerable<Difference> Compare(OrganisationValues yours, Organisation saved, bool includeMembership)
    {
        yield return new(nameof(OrganisationFields.Name), "Name", yours.Name, saved.Name);
        yield return new(nameof(OrganisationFields.OdsCode), "ODS code", yours.OdsCode, saved.OdsCode);
        yield return new(nameof(OrganisationFields.Type), "Type", OrganisationRules.Describe(yours.Type), OrganisationRules.Describe(saved.Type));
        yield return new(nameof(OrganisationFields.Sector), "Sector", OrganisationRules.Describe(yours.Sector), OrganisationRules.Describe(saved.Sector));
        yield return new(nameof(OrganisationFields.AddressLine1), "Address line 1", yours.AddressLine1, saved.AddressLine1);
        yield return new(nameof(OrganisationFields.AddressLine2), "Address line 2", yours.AddressLine2, saved.AddressLine2);
        yield return new(nameof(OrganisationFields.Town), "Town or city", yours.Town, saved.Town);
        yield return new(nameof(OrganisationFields.Postcode), "Postcode", yours.Postcode, saved.Postcode);
        yield return new(nameof(OrganisationFields.Website), "Website", yours.Website, saved.Website);
        yield return new(nameof(OrganisationFields.Phone), "Phone number", yours.Phone, saved.Phone);
        yield return new(nameof(OrganisationFields.Email), "Email address", yours.Email, saved.Email);
        if (includeMembership)
        {
            yield return new(nameof(OrganisationFields.Status), "Membership status", OrganisationRules.Describe(yours.Status), OrganisationRules.Describe(saved.Status));
            yield return new(nameof(OrganisationFields.StatusSince), "Status since", Date(yours.StatusSince), Date(saved.StatusSince));
            yield return new(nameof(OrganisationFields.JoinedOn), "Date joined", Date(yours.JoinedOn), Date(saved.JoinedOn));
            yield return new(nameof(OrganisationFields.LeftOn), "Date left", Date(yours.LeftOn), Date(saved.LeftOn));
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
