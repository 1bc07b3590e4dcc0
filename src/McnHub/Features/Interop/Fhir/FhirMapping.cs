using System.Globalization;
using Hl7.Fhir.Model;

namespace McnHub.Features.Interop.Fhir;

/// <summary>Small builders shared by the resource mappings.</summary>
internal static class FhirMapping
{
    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static ResourceReference Reference(string type, string id, string? display = null) => new($"{type}/{id}", display);

    public static ResourceReference Network() => new($"Organization/{FhirCodes.NetworkId}");

    public static CodeableConcept Concept(string system, string code, string display) =>
        new() { Coding = [new Coding(system, code, display)], Text = display };

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static List<ContactPoint> Telecom(string? phone, string? email, string? website)
    {
        var telecom = new List<ContactPoint>();
        Add(ContactPoint.ContactPointSystem.Phone, phone);
        Add(ContactPoint.ContactPointSystem.Email, email);
        Add(ContactPoint.ContactPointSystem.Url, website);
        return telecom;

        void Add(ContactPoint.ContactPointSystem system, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                telecom.Add(new ContactPoint(system, ContactPoint.ContactPointUse.Work, value.Trim()));
            }
        }
    }

    public static Address? Address(string? line1, string? line2, string? town, string? postcode)
    {
        var lines = new[] { line1, line2 }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim()).ToList();
        if (lines.Count == 0 && string.IsNullOrWhiteSpace(town) && string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        return new Address
        {
            Use = Hl7.Fhir.Model.Address.AddressUse.Work,
            Type = Hl7.Fhir.Model.Address.AddressType.Physical,
            Line = lines,
            City = string.IsNullOrWhiteSpace(town) ? null : town.Trim(),
            PostalCode = string.IsNullOrWhiteSpace(postcode) ? null : postcode.Trim(),
            Country = "GB",
        };
    }

    public static string Time(TimeOnly time) => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static DaysOfWeek Day(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => DaysOfWeek.Mon,
        DayOfWeek.Tuesday => DaysOfWeek.Tue,
        DayOfWeek.Wednesday => DaysOfWeek.Wed,
        DayOfWeek.Thursday => DaysOfWeek.Thu,
        DayOfWeek.Friday => DaysOfWeek.Fri,
        DayOfWeek.Saturday => DaysOfWeek.Sat,
        _ => DaysOfWeek.Sun,
    };
}
