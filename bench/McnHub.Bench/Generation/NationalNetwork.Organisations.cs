using System.Globalization;
using McnHub.Features.Members.Organisations;

namespace McnHub.Bench.Generation;

internal sealed partial class NationalNetwork
{
    /// <summary>An organisation as the services need it.</summary>
    private sealed record Org(int Id, string Name, OrganisationType Type, string Town, string Postcode, string Phone, string Domain, IReadOnlyList<int> Areas, int Icb);

    /// <summary>Share of each organisation type among the organisations (charities are the many small ones).</summary>
    private static readonly Dictionary<OrganisationType, double> TypeShare = new()
    {
        [OrganisationType.TertiaryChildrensHospital] = 1,
        [OrganisationType.DistrictGeneralHospital] = 8,
        [OrganisationType.CommunityChildrensNursing] = 12,
        [OrganisationType.ChildrensHospice] = 12,
        [OrganisationType.Charity] = 46,
        [OrganisationType.Commissioner] = 3,
        [OrganisationType.Other] = 18,
    };

    private static readonly Dictionary<OrganisationType, string[]> OrganisationNames = new()
    {
        [OrganisationType.TertiaryChildrensHospital] = ["{0} Children's Hospital NHS Foundation Trust", "{0} Royal Children's Hospital"],
        [OrganisationType.DistrictGeneralHospital] = ["{0} General Hospital NHS Trust", "{0} and District Hospitals NHS Foundation Trust"],
        [OrganisationType.CommunityChildrensNursing] = ["{0} Community Children's Nursing Team", "{0} Community Health Services NHS Trust"],
        [OrganisationType.ChildrensHospice] = ["{0} Children's Hospice", "{1} Children's Hospice, {0}", "{0} Hospice for Children and Young People"],
        [OrganisationType.Charity] = ["{0} Families Trust", "Friends of {0} Children", "{0} Children's Bereavement Charity", "{0} Sibling Support", "{0} Parents' Network", "{0} Carers Centre"],
        [OrganisationType.Commissioner] = ["{0} Children's Commissioning Team", "{0} Place Partnership"],
        [OrganisationType.Other] = ["{0} Special School", "{0} Children's Social Care", "{0} Youth Project", "{0} Children's Centre"],
    };

    private List<Org> AddOrganisations(List<(int Id, int Icb, string Name)> localAreas)
    {
        var byIcb = localAreas.ToLookup(a => a.Icb, a => a.Id);
        var types = OrganisationTypes;
        var cumulative = Cumulative(types.Select(t => TypeShare[t]).ToList());
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<Org>(_options.Organisations);
        for (var id = 1; id <= _options.Organisations; id++)
        {
            var type = types[PickIndex(cumulative)];
            var (name, town) = OrganisationName(type, names);
            var sector = SectorOf(type, _random);
            var home = localAreas[_random.Next(localAreas.Count)];
            var areas = new List<int> { home.Id };
            var neighbours = byIcb[home.Icb].Where(a => a != home.Id).ToList();
            for (var extra = _random.Next(0, 3); extra > 0 && neighbours.Count > 0; extra--)
            {
                var next = neighbours[_random.Next(neighbours.Count)];
                neighbours.Remove(next);
                areas.Add(next);
            }

            var status = _random.NextDouble() switch
            {
                < 0.70 => MembershipStatus.Member,
                < 0.85 => MembershipStatus.Prospective,
                < 0.95 => MembershipStatus.Lapsed,
                _ => MembershipStatus.Left,
            };
            var joined = status is MembershipStatus.Prospective ? (DateOnly?)null : _today.AddDays(-_random.Next(365, 3_000));
            DateOnly? left = status == MembershipStatus.Left ? _today.AddDays(-_random.Next(30, 300)) : null;
            var since = left ?? (status == MembershipStatus.Lapsed ? _today.AddDays(-_random.Next(30, 300)) : joined ?? _today.AddDays(-_random.Next(10, 200)));
            string? ods = sector == Sector.Nhs ? $"R{id:D5}" : type == OrganisationType.ChildrensHospice && id % 2 == 0 ? $"N{id:D5}" : null;
            var slug = Slug(name);
            var domain = slug[..Math.Min(50, slug.Length)].Trim('-') + ".example";
            var phone = $"0{_random.Next(113, 199)} 496 {_random.Next(0, 10_000):D4}";
            var postcode = Postcode();
            Organisations.Add(
                id, name, ods, type.ToString(), sector.ToString(), $"{_random.Next(1, 200)} {Pick(Vocabulary.Streets)}", null, town, postcode,
                $"https://{domain}", phone, $"enquiries@{domain}", status.ToString(), since, joined, left, Utc(_today.AddDays(-_random.Next(400, 1_500)), 9), 0);
            foreach (var area in areas)
            {
                OrganisationAreas.Add(id, area);
            }

            result.Add(new Org(id, name, type, town, postcode, phone, domain, areas, home.Icb));
        }

        return result;
    }

    private (string Name, string Town) OrganisationName(OrganisationType type, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var town = attempt < 30 ? AnyTown() : NewTown();
            var name = string.Format(CultureInfo.InvariantCulture, Pick(OrganisationNames[type]), town, Pick(Vocabulary.Saints));
            if (used.Add(name))
            {
                return (name, town);
            }
        }
    }

    private static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var sums = new double[weights.Count];
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
            sums[i] = total;
        }

        return sums;
    }

    /// <summary>An index drawn with the probabilities the cumulative weights give.</summary>
    private int PickIndex(double[] cumulative)
    {
        var target = _random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
