using McnHub.Features.Directory.Services;

namespace McnHub.Features.Directory.Editing;

public sealed record FormLookups(
    IReadOnlyDictionary<int, string> Organisations,
    IReadOnlyDictionary<int, string> Terms,
    IReadOnlyDictionary<int, string> Areas);

/// <summary>The form as labelled, readable values, so two versions can be compared field by field.</summary>
public static class ServiceFormDescription
{
    public static IReadOnlyList<(string Label, string Value)> Describe(ServiceForm f, FormLookups lookups)
    {
        string Names(IEnumerable<int> ids, IReadOnlyDictionary<int, string> names) =>
            string.Join("; ", ids.Select(id => names.TryGetValue(id, out var n) ? n : $"#{id}").Order(StringComparer.Ordinal));

        static string T(string? s) => s?.Trim() ?? "";

        var hours = string.Join("; ", f.Hours
            .Select(h => (h.Day, Periods: h.Periods()))
            .Where(h => h.Periods.Count > 0)
            .Select(h => $"{ServiceRules.DayName(h.Day)} {string.Join(", ", h.Periods)}"));
        var locations = string.Join("; ", f.Locations.Where(l => !l.IsBlank).Select(l =>
            string.Join(", ", new[] { l.Name, l.AddressLine1, l.AddressLine2, l.Town, ServiceRules.NormalisePostcode(l.Postcode) ?? l.Postcode, l.Latitude, l.Longitude }
                .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()))));

        return
        [
            ("Organisation", lookups.Organisations.TryGetValue(f.OrganisationId, out var org) ? org : ""),
            ("Name", T(f.Name)),
            ("Description", T(f.Description)),
            ("Types", Names(f.TypeIds, lookups.Terms)),
            ("Minimum age", T(f.MinimumAge)),
            ("Maximum age", T(f.MaximumAge)),
            ("Conditions", T(f.Conditions)),
            ("Eligibility", T(f.Eligibility)),
            ("Areas covered", Names(f.AreaIds, lookups.Areas)),
            ("Available 24/7", f.Is24x7 ? "Yes" : "No"),
            ("Out-of-hours arrangements", T(f.OutOfHours)),
            ("Opening hours", hours),
            ("Locations", locations),
            ("Who can refer", T(f.ReferralWho)),
            ("How to refer", T(f.ReferralHow)),
            ("Referral contact", T(f.ReferralContact)),
            ("Referral criteria", T(f.ReferralCriteria)),
            ("Phone", T(f.Phone)),
            ("Email", T(f.Email)),
            ("Website", T(f.Website)),
            ("Cost", T(f.Cost)),
            ("Free to families", f.IsFree ? "Yes" : "No"),
            ("Languages", T(f.Languages)),
            ("Status", ServiceRules.Describe(f.Status)),
        ];
    }
}
