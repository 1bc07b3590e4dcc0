using System.Globalization;
using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Evaluation;

/// <summary>How a demo organisation's returns look: its size, where its children die, what services it runs.</summary>
internal sealed record Profile(int Caseload, double[] PlaceOfDeath, bool AdviceLine, bool ShortBreaks, bool Bereavement)
{
    private static readonly double[] AgeShare = [0.14, 0.22, 0.22, 0.21, 0.21];

    // Home, hospice, hospital, intensive care.
    public static Profile For(OrganisationType type, string name) => type switch
    {
        OrganisationType.ChildrensHospice => new(38 + (name.Length % 9), [0.35, 0.5, 0.12, 0.03], true, true, true),
        OrganisationType.CommunityChildrensNursing => new(26 + (name.Length % 7), [0.55, 0.2, 0.2, 0.05], true, false, true),
        OrganisationType.TertiaryChildrensHospital => new(name.Contains("Palliative", StringComparison.Ordinal) ? 85 : 60, [0.2, 0.15, 0.35, 0.3], true, false, true),
        _ => new(14 + (name.Length % 8), [0.1, 0.1, 0.55, 0.25], false, false, false),
    };

    public IEnumerable<DataValue> Values(int oi, int pi, IReadOnlyDictionary<string, DataElement> e, CategoryCombo ages, bool draft)
    {
        var random = new Random((oi * 31) + pi);
        var caseload = (int)Math.Round(Caseload * (1 + (0.025 * pi)) + random.Next(-2, 3));
        var referrals = Math.Max(1, (int)Math.Round(caseload * 0.13) + random.Next(-1, 2));
        var warning = (oi + pi) % 11 == 5;
        if (warning)
        {
            referrals = (caseload / 2) + 2;
        }

        foreach (var v in ByAge(e["CASELOAD"], ages, caseload))
        {
            yield return v;
        }

        var referralValues = ByAge(e["NEW_REFERRALS"], ages, referrals).ToList();
        if (warning)
        {
            referralValues[0].Comment = "Checked: a cluster of antenatal referrals from the fetal medicine unit this quarter.";
        }

        foreach (var v in referralValues)
        {
            yield return v;
        }

        yield return Number(e["ACP"], (int)Math.Round(caseload * Math.Min(0.9, 0.52 + (0.035 * pi) + (random.NextDouble() * 0.06))));
        yield return Number(e["NAMED_LEAD"], (int)Math.Round(caseload * Math.Min(0.99, 0.84 + (0.015 * pi) + (random.NextDouble() * 0.03))));

        // A draft is half done: the deaths section is not filled in yet.
        if (draft)
        {
            yield break;
        }

        var deaths = random.Next(0, Math.Max(2, caseload / 12));
        var places = new int[4];
        for (var d = 0; d < deaths; d++)
        {
            var roll = random.NextDouble();
            var place = 0;
            for (var acc = PlaceOfDeath[0] + (0.01 * pi); place < 3 && roll > acc; place++, acc += PlaceOfDeath[place])
            {
            }

            places[place]++;
        }

        yield return Number(e["DEATHS"], deaths);
        yield return Number(e["DEATHS_HOME"], places[0]);
        yield return Number(e["DEATHS_HOSPICE"], places[1]);
        yield return Number(e["DEATHS_HOSPITAL"], places[2]);
        yield return Number(e["DEATHS_ICU"], places[3]);
        yield return Number(e["DEATHS_PREFERRED"], Math.Min(deaths, (int)Math.Round(deaths * (0.55 + (0.03 * pi)) + (random.NextDouble() * 0.5))));
        var allNight = AdviceLine && (pi >= 3 || oi % 2 == 0);
        yield return new DataValue { DataElement = e["ADVICE_247"], Value = allNight ? "Yes" : "No", Numeric = allNight ? 1 : 0 };
        if (AdviceLine)
        {
            yield return Number(e["ADVICE_CALLS"], (caseload / 2) + random.Next(0, 12));
        }

        if (ShortBreaks)
        {
            yield return Number(e["SHORT_BREAK_NIGHTS"], (int)(caseload * 1.6) + random.Next(0, 20));
        }

        if (Bereavement && deaths + random.Next(0, 3) > 0)
        {
            yield return Number(e["BEREAVEMENT_CONTACTS"], (deaths * 4) + random.Next(1, 8));
        }
    }

    private static IEnumerable<DataValue> ByAge(DataElement element, CategoryCombo ages, int total)
    {
        var left = total;
        for (var i = 0; i < ages.Options.Count; i++)
        {
            var n = i == ages.Options.Count - 1 ? left : Math.Min(left, (int)Math.Round(total * AgeShare[i]));
            left -= n;
            yield return new DataValue { DataElement = element, CategoryOption = ages.Options[i], Value = n.ToString(CultureInfo.InvariantCulture), Numeric = n };
        }
    }

    private static DataValue Number(DataElement element, int n) =>
        new() { DataElement = element, Value = n.ToString(CultureInfo.InvariantCulture), Numeric = n };
}
