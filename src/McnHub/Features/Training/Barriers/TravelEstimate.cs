namespace McnHub.Features.Training.Barriers;

/// <summary>
/// One-way travel miles for the barriers analysis. McnHub holds no postcode geography, so: the miles the person
/// stated win; otherwise from postcode districts — the same district (e.g. RV3 to RV3) counts as 3 miles and the
/// same postcode area (RV3 to RV12) as 10 miles; different areas stay unknown rather than guessed.
/// </summary>
public static class TravelEstimate
{
    public const decimal SameDistrict = 3m;
    public const decimal SameArea = 10m;

    public static readonly (string Label, decimal? Below)[] Bands = [("Under 5 miles", 5m), ("5 to 15 miles", 15m), ("15 to 30 miles", 30m), ("30 miles or more", null)];

    public const string Unknown = "Not known";

    public static decimal? Miles(decimal? stated, string? fromDistrict, string? venuePostcode)
    {
        if (stated is { } s)
        {
            return s;
        }

        var from = District(fromDistrict);
        var to = District(venuePostcode);
        if (from is null || to is null)
        {
            return null;
        }

        return from == to ? SameDistrict : Area(from) == Area(to) ? SameArea : null;
    }

    public static string Band(decimal? miles) =>
        miles is not { } m ? Unknown : Bands.First(b => b.Below is null || m < b.Below).Label;

    /// <summary>"RV3 4AB" → "RV3"; "rv34ab" → "RV3".</summary>
    public static string? District(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var text = postcode.Trim().ToUpperInvariant();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? text[..space] : text.Length > 4 ? text[..^3] : text;
    }

    /// <summary>"RV3" → "RV".</summary>
    private static string Area(string district) => new(district.TakeWhile(char.IsLetter).ToArray());
}
