using McnHub.Features.Directory.Services;

namespace McnHub.Features.Directory.Editing;

/// <summary>One location row of the form.</summary>
public sealed class LocationForm
{
    public string? Name { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public bool IsBlank => new[] { Name, AddressLine1, AddressLine2, Town, Postcode, Latitude, Longitude }.All(string.IsNullOrWhiteSpace);

    public static LocationForm From(ServiceLocation l) => new()
    {
        Name = l.Name,
        AddressLine1 = l.AddressLine1,
        AddressLine2 = l.AddressLine2,
        Town = l.Town,
        Postcode = l.Postcode,
        Latitude = l.Latitude?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture),
        Longitude = l.Longitude?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture),
    };

    public IEnumerable<(string Key, string Message)> Validate(string prefix, int number)
    {
        if (IsBlank)
        {
            yield break;
        }

        var label = $"Location {number}";
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return ($"{prefix}.Name", $"{label}: enter a name for the location, like the building");
        }
        else if (Name.Trim().Length > 200)
        {
            yield return ($"{prefix}.Name", $"{label}: name must be 200 characters or fewer");
        }

        foreach (var (field, value, max) in new[] { (nameof(AddressLine1), AddressLine1, 200), (nameof(AddressLine2), AddressLine2, 200), (nameof(Town), Town, 100) })
        {
            if (value?.Trim().Length > max)
            {
                yield return ($"{prefix}.{field}", $"{label}: {(field == nameof(Town) ? "town" : "address line")} must be {max} characters or fewer");
            }
        }

        if (!string.IsNullOrWhiteSpace(Postcode) && ServiceRules.NormalisePostcode(Postcode) is null)
        {
            yield return ($"{prefix}.Postcode", $"{label}: enter a real postcode, like NB1 4AA");
        }

        var hasLat = !string.IsNullOrWhiteSpace(Latitude);
        var hasLong = !string.IsNullOrWhiteSpace(Longitude);
        if (hasLat && !TryCoordinate(Latitude, 90, out _))
        {
            yield return ($"{prefix}.Latitude", $"{label}: latitude must be a number from -90 to 90, like 53.4808");
        }

        if (hasLong && !TryCoordinate(Longitude, 180, out _))
        {
            yield return ($"{prefix}.Longitude", $"{label}: longitude must be a number from -180 to 180, like -2.2426");
        }

        if (hasLat != hasLong)
        {
            yield return ($"{prefix}.{(hasLat ? nameof(Longitude) : nameof(Latitude))}", $"{label}: enter both latitude and longitude, or neither");
        }
    }

    public void ApplyTo(ServiceLocation l)
    {
        l.Name = Name!.Trim();
        l.AddressLine1 = ServiceForm.Clean(AddressLine1);
        l.AddressLine2 = ServiceForm.Clean(AddressLine2);
        l.Town = ServiceForm.Clean(Town);
        l.Postcode = ServiceRules.NormalisePostcode(Postcode);
        l.Latitude = TryCoordinate(Latitude, 90, out var lat) ? lat : null;
        l.Longitude = TryCoordinate(Longitude, 180, out var lon) ? lon : null;
    }

    private static bool TryCoordinate(string? text, double limit, out double value) =>
        double.TryParse((text ?? "").Trim().Replace('\u2212', '-'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value) && value >= -limit && value <= limit;
}
