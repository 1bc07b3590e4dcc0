namespace McnHub.Features.Training.Bookings;

/// <summary>
/// Travel distance from postcode districts, for the barriers analysis when nobody stated the miles. McnHub holds no
/// postcode geography; until it does, a distance is estimated only for the same district (taken as 3 miles).
/// </summary>
public static class Travel
{
    public const decimal SameDistrictMiles = 3m;

    /// <summary>"RV3 4AB" → "RV3"; null for blank.</summary>
    public static string? District(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var compact = postcode.Trim().ToUpperInvariant();
        var space = compact.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? compact[..space] : compact.Length > 4 ? compact[..^3] : compact;
    }

    public static decimal? Miles(string? fromDistrict, string? venuePostcode)
    {
        var from = District(fromDistrict);
        var to = District(venuePostcode);
        return from is not null && from == to ? SameDistrictMiles : null;
    }
}
