using System.Globalization;
using System.Text.Json;

namespace McnHub.Features.Members.Organisations;

/// <summary>
/// What someone else changed while a user was editing, in words they recognise. The form carries a snapshot
/// of the values it was loaded with, so a stale save can name exactly the fields the other person changed
/// (not the ones this user changed) with the value now saved and the value this user entered.
/// </summary>
public static class OrganisationConflicts
{
    public const string AreasField = nameof(OrganisationInput.AreaIds);

    public sealed record Conflict(string Field, string Label, string? Saved, string? Yours);

    private static readonly Dictionary<string, string> Labels = new()
    {
        [nameof(OrganisationFields.Name)] = "Name",
        [nameof(OrganisationFields.OdsCode)] = "ODS code",
        [nameof(OrganisationFields.Type)] = "Type",
        [nameof(OrganisationFields.Sector)] = "Sector",
        [nameof(OrganisationFields.AddressLine1)] = "Address line 1",
        [nameof(OrganisationFields.AddressLine2)] = "Address line 2",
        [nameof(OrganisationFields.Town)] = "Town or city",
        [nameof(OrganisationFields.Postcode)] = "Postcode",
        [nameof(OrganisationFields.Website)] = "Website",
        [nameof(OrganisationFields.Phone)] = "Phone number",
        [nameof(OrganisationFields.Email)] = "Email address",
        [nameof(OrganisationFields.Status)] = "Membership status",
        [nameof(OrganisationFields.StatusSince)] = "Status since",
        [nameof(OrganisationFields.JoinedOn)] = "Date joined",
        [nameof(OrganisationFields.LeftOn)] = "Date left",
        [AreasField] = "Areas served",
    };

    public static OrganisationValues ValuesOf(Organisation o) => new(
        o.Name, o.OdsCode, o.Type, o.Sector, o.AddressLine1, o.AddressLine2, o.Town, o.Postcode, o.Website, o.Phone, o.Email,
        o.Status, o.StatusSince, o.JoinedOn, o.LeftOn);

    /// <summary>Every field as it is shown, keyed by field name.</summary>
    public static Dictionary<string, string?> Snapshot(OrganisationValues v, IEnumerable<string> areaNames) => new()
    {
        [nameof(OrganisationFields.Name)] = v.Name,
        [nameof(OrganisationFields.OdsCode)] = v.OdsCode,
        [nameof(OrganisationFields.Type)] = OrganisationRules.Describe(v.Type),
        [nameof(OrganisationFields.Sector)] = OrganisationRules.Describe(v.Sector),
        [nameof(OrganisationFields.AddressLine1)] = v.AddressLine1,
        [nameof(OrganisationFields.AddressLine2)] = v.AddressLine2,
        [nameof(OrganisationFields.Town)] = v.Town,
        [nameof(OrganisationFields.Postcode)] = v.Postcode,
        [nameof(OrganisationFields.Website)] = v.Website,
        [nameof(OrganisationFields.Phone)] = v.Phone,
        [nameof(OrganisationFields.Email)] = v.Email,
        [nameof(OrganisationFields.Status)] = OrganisationRules.Describe(v.Status),
        [nameof(OrganisationFields.StatusSince)] = Date(v.StatusSince),
        [nameof(OrganisationFields.JoinedOn)] = Date(v.JoinedOn),
        [nameof(OrganisationFields.LeftOn)] = Date(v.LeftOn),
        [AreasField] = string.Join(", ", areaNames.Order(StringComparer.OrdinalIgnoreCase)),
    };

    public static string Serialise(Dictionary<string, string?> snapshot) => JsonSerializer.Serialize(snapshot);

    /// <summary>
    /// The fields someone else changed since <paramref name="loaded"/> (when the form has no usable snapshot:
    /// every field that differs from what this user entered). A change to what this user also entered is no conflict.
    /// </summary>
    public static List<Conflict> Find(string? loaded, Dictionary<string, string?> saved, Dictionary<string, string?> yours, bool includeMembership)
    {
        Dictionary<string, string?>? before = null;
        try
        {
            before = string.IsNullOrEmpty(loaded) ? null : JsonSerializer.Deserialize<Dictionary<string, string?>>(loaded);
        }
        catch (JsonException)
        {
            // A damaged snapshot only costs precision in the message.
        }

        string[] membership = [nameof(OrganisationFields.Status), nameof(OrganisationFields.StatusSince), nameof(OrganisationFields.JoinedOn), nameof(OrganisationFields.LeftOn)];
        return saved.Keys
            .Where(field => includeMembership || !membership.Contains(field))
            .Where(field => Norm(saved[field]) != Norm(yours.GetValueOrDefault(field)))
            .Where(field => before is null || !before.TryGetValue(field, out var was) || Norm(was) != Norm(saved[field]))
            .Select(field => new Conflict(field, Labels[field], saved[field], yours.GetValueOrDefault(field)))
            .ToList();
    }

    private static string Norm(string? value) => value ?? "";

    private static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
