namespace McnHub.Features.Members.Organisations;

/// <summary>An organisation as text, as a person types it in the form or a CSV row gives it, before it is checked.</summary>
public class OrganisationFields
{
    public string? Name { get; set; }

    public string? OdsCode { get; set; }

    public string? Type { get; set; }

    public string? Sector { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? Website { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Status { get; set; }

    public string? StatusSince { get; set; }

    public string? JoinedOn { get; set; }

    public string? LeftOn { get; set; }
}

/// <summary>A problem with one field (named as the property of <see cref="OrganisationFields"/>), worded for the person who typed it.</summary>
public sealed record FieldProblem(string Field, string Message);

/// <summary>Checked, normalised values, ready to put on an <see cref="Organisation"/>.</summary>
public sealed record OrganisationValues(
    string Name,
    string? OdsCode,
    OrganisationType Type,
    Sector Sector,
    string? AddressLine1,
    string? AddressLine2,
    string? Town,
    string? Postcode,
    string? Website,
    string? Phone,
    string? Email,
    MembershipStatus Status,
    DateOnly StatusSince,
    DateOnly? JoinedOn,
    DateOnly? LeftOn)
{
    public void ApplyTo(Organisation organisation, bool includeMembership)
    {
        organisation.Name = Name;
        organisation.OdsCode = OdsCode;
        organisation.Type = Type;
        organisation.Sector = Sector;
        organisation.AddressLine1 = AddressLine1;
        organisation.AddressLine2 = AddressLine2;
        organisation.Town = Town;
        organisation.Postcode = Postcode;
        organisation.Website = Website;
        organisation.Phone = Phone;
        organisation.Email = Email;
        if (includeMembership)
        {
            organisation.Status = Status;
            organisation.StatusSince = StatusSince;
            organisation.JoinedOn = JoinedOn;
            organisation.LeftOn = LeftOn;
        }
    }
}

/// <summary>
/// The rules every organisation obeys, whoever enters it (form, CSV import). Checks that need the database
/// (unique name and ODS code, known areas) are done by the callers, which know what else is being saved.
/// </summary>
public static class OrganisationValidation
{
    /// <summary>Checks every field and returns the values, or null with <paramref name="problems"/> filled.</summary>
    /// <param name="membershipDates">Whether status since, joined and left dates are part of the input (the form) or not (the CSV import).</param>
    public static OrganisationValues? Check(OrganisationFields f, DateOnly today, List<FieldProblem> problems, bool membershipDates = true)
    {
        var before = problems.Count;
        void Problem(string field, string message) => problems.Add(new FieldProblem(field, message));

        var name = Clean(f.Name);
        if (name is null)
        {
            Problem(nameof(f.Name), "Enter the organisation's name");
        }
        else if (name.Length > OrganisationRules.NameMaxLength)
        {
            Problem(nameof(f.Name), $"Name must be {OrganisationRules.NameMaxLength} characters or fewer");
        }

        var ods = OrganisationRules.NormaliseOdsCode(f.OdsCode);
        if (ods is not null && !OrganisationRules.OdsCodePattern().IsMatch(ods))
        {
            Problem(nameof(f.OdsCode), "ODS code must be 3 to 10 letters and numbers, like RX1 or 8HK46");
        }

        OrganisationType type = default;
        if (Clean(f.Type) is null)
        {
            Problem(nameof(f.Type), "Select the type of organisation");
        }
        else if (!OrganisationRules.TryParseType(f.Type, out type))
        {
            Problem(nameof(f.Type), $"Type \"{f.Type!.Trim()}\" is not recognised: use one of {OrganisationRules.AllowedTypes}");
        }

        Sector sector = default;
        if (Clean(f.Sector) is null)
        {
            Problem(nameof(f.Sector), "Select whether the organisation is NHS or non-NHS");
        }
        else if (!OrganisationRules.TryParseSector(f.Sector, out sector))
        {
            Problem(nameof(f.Sector), $"Sector \"{f.Sector!.Trim()}\" is not recognised: use one of {OrganisationRules.AllowedSectors}");
        }

        var line1 = Limited(nameof(f.AddressLine1), "Address line 1", f.AddressLine1, OrganisationRules.AddressLineMaxLength);
        var line2 = Limited(nameof(f.AddressLine2), "Address line 2", f.AddressLine2, OrganisationRules.AddressLineMaxLength);
        var town = Limited(nameof(f.Town), "Town or city", f.Town, OrganisationRules.TownMaxLength);

        var postcode = OrganisationRules.NormalisePostcode(f.Postcode);
        if (postcode is not null && (postcode.Length > OrganisationRules.PostcodeMaxLength || !OrganisationRules.PostcodePattern().IsMatch(postcode)))
        {
            Problem(nameof(f.Postcode), "Enter a real postcode, like NB1 4AA");
        }

        var website = Limited(nameof(f.Website), "Website", f.Website, OrganisationRules.WebsiteMaxLength);
        if (website is not null && website.Length <= OrganisationRules.WebsiteMaxLength && !OrganisationRules.IsWebAddress(website))
        {
            Problem(nameof(f.Website), "Enter the full website address, starting with https://, like https://www.example.org");
        }

        var phone = Limited(nameof(f.Phone), "Phone number", f.Phone, OrganisationRules.PhoneMaxLength);
        if (phone is not null && phone.Length <= OrganisationRules.PhoneMaxLength && !OrganisationRules.PhonePattern().IsMatch(phone))
        {
            Problem(nameof(f.Phone), "Enter a phone number using numbers, spaces and brackets, like 0161 496 0000 or +44 161 496 0000");
        }

        var email = Limited(nameof(f.Email), "Email address", f.Email, OrganisationRules.EmailMaxLength);
        if (email is not null && email.Length <= OrganisationRules.EmailMaxLength && !OrganisationRules.EmailPattern().IsMatch(email))
        {
            Problem(nameof(f.Email), "Enter an email address in the correct format, like name@example.org");
        }

        var status = MembershipStatus.Prospective;
        if (Clean(f.Status) is { } statusText && !OrganisationRules.TryParseStatus(statusText, out status))
        {
            Problem(nameof(f.Status), $"Status \"{statusText}\" is not recognised: use one of {OrganisationRules.AllowedStatuses}");
        }
        else if (Clean(f.Status) is null && membershipDates)
        {
            Problem(nameof(f.Status), "Select the membership status");
        }

        var statusSince = today;
        DateOnly? joined = null, left = null;
        if (membershipDates)
        {
            statusSince = Date(nameof(f.StatusSince), "Date the status began", f.StatusSince, required: true) ?? today;
            if (statusSince > today)
            {
                Problem(nameof(f.StatusSince), "Date the status began must be today or in the past");
            }

            joined = Date(nameof(f.JoinedOn), "Date joined", f.JoinedOn, required: false);
            left = Date(nameof(f.LeftOn), "Date left", f.LeftOn, required: false);
            if (joined is not null && left is not null && left < joined)
            {
                Problem(nameof(f.LeftOn), "Date left must be the same as or after the date joined");
            }

            if (status == MembershipStatus.Left && left is null && Clean(f.LeftOn) is null)
            {
                Problem(nameof(f.LeftOn), "Enter the date the organisation left, as its status is Left");
            }
        }

        return problems.Count > before
            ? null
            : new OrganisationValues(name!, ods, type, sector, line1, line2, town, postcode, website, phone, email, status, statusSince, joined, left);

        string? Limited(string field, string label, string? value, int max)
        {
            var clean = Clean(value);
            if (clean is not null && clean.Length > max)
            {
                Problem(field, $"{label} must be {max} characters or fewer");
            }

            return clean;
        }

        DateOnly? Date(string field, string label, string? value, bool required)
        {
            if (Clean(value) is null)
            {
                if (required)
                {
                    Problem(field, $"Enter the {label.ToLowerInvariant()}");
                }

                return null;
            }

            if (!OrganisationRules.TryParseDate(value, out var date) || date.Year < 1900)
            {
                Problem(field, $"{label} must be a real date, like 31/03/2024");
                return null;
            }

            return date;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
