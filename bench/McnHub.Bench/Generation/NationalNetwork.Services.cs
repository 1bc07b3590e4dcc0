using System.Globalization;
using System.Text;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Organisations;

namespace McnHub.Bench.Generation;

internal sealed partial class NationalNetwork
{
    /// <summary>How many services each kind of organisation runs, relative to a charity's.</summary>
    private static readonly Dictionary<OrganisationType, double> ServiceShare = new()
    {
        [OrganisationType.TertiaryChildrensHospital] = 12,
        [OrganisationType.DistrictGeneralHospital] = 4,
        [OrganisationType.CommunityChildrensNursing] = 2,
        [OrganisationType.ChildrensHospice] = 4,
        [OrganisationType.Charity] = 1,
        [OrganisationType.Commissioner] = 0.3,
        [OrganisationType.Other] = 1,
    };

    /// <summary>The service types each kind of organisation provides; the first is the most common.</summary>
    private static readonly Dictionary<OrganisationType, string[]> TypesProvided = new()
    {
        [OrganisationType.TertiaryChildrensHospital] =
            ["specialist-consultant-advice", "symptom-management", "perinatal-palliative-care", "psychological-support", "transition-to-adult-services", "24-7-telephone-advice", "community-childrens-nursing"],
        [OrganisationType.DistrictGeneralHospital] =
            ["community-childrens-nursing", "perinatal-palliative-care", "symptom-management", "specialist-consultant-advice", "transition-to-adult-services"],
        [OrganisationType.CommunityChildrensNursing] =
            ["community-childrens-nursing", "end-of-life-care-at-home", "equipment", "24-7-telephone-advice", "symptom-management", "short-breaks"],
        [OrganisationType.ChildrensHospice] =
            ["end-of-life-care-at-home", "short-breaks", "hospice-in-patient-care", "sibling-support", "bereavement-support", "24-7-telephone-advice", "psychological-support", "symptom-management"],
        [OrganisationType.Charity] = ["sibling-support", "bereavement-support", "short-breaks", "equipment", "psychological-support"],
        [OrganisationType.Commissioner] = ["equipment", "transition-to-adult-services", "community-childrens-nursing"],
        [OrganisationType.Other] = ["transition-to-adult-services", "psychological-support", "short-breaks", "sibling-support", "equipment"],
    };

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] Week = [.. Weekdays, "Saturday", "Sunday"];

    private int _locationId;
    private int _hoursId;

    private void AddServices(List<Org> organisations, Dictionary<string, int> terms)
    {
        var cumulative = Cumulative(organisations.Select(o => ServiceShare[o.Type]).ToList());
        var names = new HashSet<(int, string)>();
        for (var id = 1; id <= _options.Services; id++)
        {
            var org = organisations[PickIndex(cumulative)];
            var provided = TypesProvided[org.Type];
            var primary = _random.NextDouble() < 0.6 ? provided[0] : Pick(provided);
            var types = new List<string> { primary };
            for (var extra = _random.Next(0, 3); extra > 0; extra--)
            {
                var next = Pick(provided);
                if (!types.Contains(next))
                {
                    types.Add(next);
                }
            }

            var name = ServiceName(org, primary, names);
            var is24x7 = primary switch
            {
                "24-7-telephone-advice" or "end-of-life-care-at-home" => _random.NextDouble() < 0.65,
                "hospice-in-patient-care" => _random.NextDouble() < 0.4,
                _ => _random.NextDouble() < 0.03,
            };
            var (min, max) = primary == "transition-to-adult-services" ? (14, 25) : Ages();
            var status = _random.NextDouble() switch { < 0.93 => ServiceStatus.Active, < 0.98 => ServiceStatus.TemporarilyClosed, _ => ServiceStatus.Defunct };
            DateOnly? verified = _random.NextDouble() < 0.03 ? null : _today.AddDays(-_random.Next(0, 420));
            var created = Utc(_today.AddDays(-_random.Next(420, 1_500)), 9);
            Services.Add(
                id, org.Id, name, Description(types), min, max,
                "Life-limiting or life-threatening conditions (Together for Short Lives categories 1 to 4)",
                "Children and young people registered with a GP in the areas covered, and their families",
                is24x7, is24x7 ? null : $"Outside these hours, leave a message on {org.Phone}. In an emergency call 999; for urgent advice call NHS 111.",
                "Any health, social care or education professional; families can refer themselves",
                "Phone the team to talk it through, then send the referral form by secure email",
                $"{org.Phone} · referrals@{org.Domain}",
                "A child or young person with a life-limiting or life-threatening condition who lives in the areas covered",
                org.Phone, $"service{id.ToString(CultureInfo.InvariantCulture)}@{org.Domain}", $"https://{org.Domain}/services/{id.ToString(CultureInfo.InvariantCulture)}",
                Pick(Vocabulary.Costs), true, Pick(Vocabulary.Languages), status.ToString(), verified, verified is null ? null : "Network co-ordinator",
                null, created, verified is { } v ? Utc(v, 10) : created, 0);

            foreach (var type in types)
            {
                ServiceTypes.Add(id, terms[type]);
            }

            foreach (var area in _random.NextDouble() < 0.2 ? [org.Icb] : org.Areas)
            {
                ServiceAreas.Add(id, area);
            }

            AddLocations(id, org);
            if (!is24x7)
            {
                AddHours(id);
            }
        }
    }

    private string ServiceName(Org org, string primary, HashSet<(int, string)> used)
    {
        var template = Pick(Vocabulary.ByType[primary].Names);
        var baseName = string.Format(CultureInfo.InvariantCulture, template, org.Town);
        baseName = char.ToUpperInvariant(baseName[0]) + baseName[1..];
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? baseName : $"{baseName} ({n.ToString(CultureInfo.InvariantCulture)})";
            if (used.Add((org.Id, name)))
            {
                return name;
            }
        }
    }

    private string Description(List<string> types)
    {
        var text = new StringBuilder();
        foreach (var sentence in Vocabulary.ByType[types[0]].Sentences)
        {
            text.Append(sentence).Append(' ');
        }

        foreach (var other in types.Skip(1))
        {
            text.Append(Pick(Vocabulary.ByType[other].Sentences)).Append(' ');
        }

        foreach (var (chance, sentence) in Vocabulary.Extras)
        {
            if (_random.NextDouble() < chance)
            {
                text.Append(sentence).Append(' ');
            }
        }

        return text.ToString().TrimEnd();
    }

    private (int? Min, int? Max) Ages()
    {
        int? min = _random.NextDouble() switch { < 0.05 => null, < 0.75 => 0, < 0.85 => 2, < 0.92 => 5, _ => 11 };
        int? max = _random.NextDouble() switch { < 0.05 => null, < 0.55 => 18, < 0.75 => 19, < 0.90 => 25, _ => 16 };
        return (min, max);
    }

    private void AddLocations(int serviceId, Org org)
    {
        var count = _random.NextDouble() < 0.7 ? 1 : 2;
        for (var i = 0; i < count; i++)
        {
            var (name, town, postcode) = i == 0 ? (org.Name, org.Town, org.Postcode) : ($"{org.Town} Children's Centre", org.Town, Postcode());
            var latitude = Math.Round(50.4 + (_random.NextDouble() * 4.4), 5);
            var longitude = Math.Round(-4.2 + (_random.NextDouble() * 5.5), 5);
            Locations.Add(++_locationId, serviceId, name, $"{_random.Next(1, 200)} {Pick(Vocabulary.Streets)}", null, town, postcode, latitude, longitude);
        }
    }

    private void AddHours(int serviceId)
    {
        static TimeOnly T(int hour, int minute = 0) => new(hour, minute);

        IEnumerable<(string Day, TimeOnly Opens, TimeOnly Closes)> periods = _random.NextDouble() switch
        {
            < 0.40 => Weekdays.Select(d => (d, T(9), T(17))),
            < 0.55 => Weekdays.SelectMany(d => new[] { (d, T(9), T(12, 30)), (d, T(13, 30), T(17)) }),
            < 0.70 => Week.Select(d => (d, T(8), T(20))),
            < 0.80 => Weekdays.Select(d => (d, T(8), T(20))).Append(("Saturday", T(9), T(13))),
            < 0.88 => Week.Select(d => (d, T(8), T(22))),
            < 0.93 => [("Tuesday", T(16), T(18, 30)), ("Thursday", T(16), T(18, 30))],
            < 0.97 => [("Wednesday", T(10), T(14))],
            _ => [("Saturday", T(10), T(15))],
        };
        foreach (var (day, opens, closes) in periods)
        {
            Hours.Add(++_hoursId, serviceId, day, opens, closes);
        }
    }
}
