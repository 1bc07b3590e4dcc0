using McnHub.Features.Members.Organisations;

namespace McnHub.Platform.Seeding;

/// <summary>
/// The fictional Riverlands Children's Palliative Care Network: the data the demo seed writes.
/// Every name and code here is invented.
/// </summary>
internal static class DemoNetwork
{
    public const string Name = "Riverlands Children's Palliative Care Network";

    public const string Aims =
        "Every baby, child and young person in Riverlands with a life-limiting or life-threatening condition, and their family, " +
        "gets the same high standard of palliative care — at home, in hospital or in a hospice — whatever their diagnosis, age or postcode.";

    public const string Objectives = """
        Make clear who provides what, and to whom, in every area of the region
        Agree and adopt shared guidelines, including the regional advance care plan
        Make 24-hour nursing care and consultant advice available to every child dying at home
        Offer training that staff in every organisation can reach, in person and online
        Collect the same data in the same way, and publish what it shows
        """;

    public sealed record AreaSeed(string Name, string Code, int Population0To19);

    /// <summary>The ICB at the top and its six local areas.</summary>
    public static readonly AreaSeed Region = new("Riverlands Integrated Care Board", "E54000990", 0);

    public static readonly AreaSeed[] Areas =
    [
        new("Northbrook", "E06000901", 68_400),
        new("Eastmere", "E06000902", 52_100),
        new("Westvale", "E06000903", 81_950),
        new("Southford", "E06000904", 47_300),
        new("Highcross", "E06000905", 59_800),
        new("Lowmoor", "E06000906", 38_650),
    ];

    public sealed record OrganisationSeed(string Name, string? Ods, OrganisationType Type, Sector Sector, string Town, string Postcode, MembershipStatus Status, int[] Areas);

    public static readonly OrganisationSeed[] Organisations =
    [
        new("Riverlands Children's Hospital NHS Foundation Trust", "RX1", OrganisationType.TertiaryChildrensHospital, Sector.Nhs, "Northbrook", "NB1 4AA", MembershipStatus.Member, [0, 1, 2, 3, 4, 5]),
        new("Northbrook Hospitals NHS Trust", "RX2", OrganisationType.DistrictGeneralHospital, Sector.Nhs, "Northbrook", "NB2 7QT", MembershipStatus.Member, [0]),
        new("Eastmere and District Hospital NHS Trust", "RX3", OrganisationType.DistrictGeneralHospital, Sector.Nhs, "Eastmere", "EM1 2HB", MembershipStatus.Member, [1]),
        new("Westvale General Hospital NHS Trust", "RX4", OrganisationType.DistrictGeneralHospital, Sector.Nhs, "Westvale", "WV3 9DL", MembershipStatus.Member, [2]),
        new("Southford Royal Hospital NHS Trust", "RX5", OrganisationType.DistrictGeneralHospital, Sector.Nhs, "Southford", "SF1 1RS", MembershipStatus.Member, [3]),
        new("Highcross University Hospitals NHS Trust", "RX6", OrganisationType.DistrictGeneralHospital, Sector.Nhs, "Highcross", "HC4 5NP", MembershipStatus.Member, [4]),
        new("Lowmoor Community Hospital NHS Trust", "RX7", OrganisationType.DistrictGeneralHospital, Sector.Nhs, "Lowmoor", "LM2 8EW", MembershipStatus.Prospective, [5]),
        new("Riverlands Neonatal Unit", "RX1N1", OrganisationType.Other, Sector.Nhs, "Northbrook", "NB1 4AB", MembershipStatus.Member, [0, 1, 2]),
        new("Northbrook Community Children's Nursing Team", "RY1", OrganisationType.CommunityChildrensNursing, Sector.Nhs, "Northbrook", "NB3 2CC", MembershipStatus.Member, [0]),
        new("Eastmere Community Children's Nursing Service", "RY2", OrganisationType.CommunityChildrensNursing, Sector.Nhs, "Eastmere", "EM2 6LD", MembershipStatus.Member, [1]),
        new("Westvale Children's Community Nursing", "RY3", OrganisationType.CommunityChildrensNursing, Sector.Nhs, "Westvale", "WV1 3JJ", MembershipStatus.Member, [2]),
        new("Southford and Lowmoor Children's Community Team", "RY4", OrganisationType.CommunityChildrensNursing, Sector.Nhs, "Southford", "SF2 4TU", MembershipStatus.Member, [3, 5]),
        new("Highcross Community Health Services", "RY5", OrganisationType.CommunityChildrensNursing, Sector.Nhs, "Highcross", "HC1 9FG", MembershipStatus.Lapsed, [4]),
        new("Kingfisher Children's Hospice", "8KF01", OrganisationType.ChildrensHospice, Sector.NonNhs, "Northbrook", "NB5 1KF", MembershipStatus.Member, [0, 1]),
        new("Willow Bank Children's Hospice", "8WB02", OrganisationType.ChildrensHospice, Sector.NonNhs, "Westvale", "WV6 2WB", MembershipStatus.Member, [2, 3]),
        new("Heron House Hospice for Children", "8HH03", OrganisationType.ChildrensHospice, Sector.NonNhs, "Highcross", "HC7 3HH", MembershipStatus.Member, [4, 5]),
        new("Little Lanterns Hospice at Home", null, OrganisationType.ChildrensHospice, Sector.NonNhs, "Eastmere", "EM4 8LL", MembershipStatus.Member, [1]),
        new("Starlight Sibling Support", null, OrganisationType.Charity, Sector.NonNhs, "Northbrook", "NB6 3SS", MembershipStatus.Member, [0, 1, 2, 3, 4, 5]),
        new("Forget-Me-Not Bereavement Care", null, OrganisationType.Charity, Sector.NonNhs, "Southford", "SF4 2FM", MembershipStatus.Member, [3, 5]),
        new("Riverlands Families Together", null, OrganisationType.Charity, Sector.NonNhs, "Westvale", "WV2 5RF", MembershipStatus.Member, [2]),
        new("Little Steps Equipment Trust", null, OrganisationType.Charity, Sector.NonNhs, "Highcross", "HC2 6LS", MembershipStatus.Prospective, [4]),
        new("Helping Hands Transition Project", null, OrganisationType.Charity, Sector.NonNhs, "Eastmere", "EM3 1HH", MembershipStatus.Left, [1]),
        new("Riverlands Integrated Care Board", "QX1", OrganisationType.Commissioner, Sector.Nhs, "Northbrook", "NB1 9IC", MembershipStatus.Member, [0, 1, 2, 3, 4, 5]),
        new("Northbrook and Eastmere Place Commissioning", "QX2", OrganisationType.Commissioner, Sector.Nhs, "Eastmere", "EM1 9PC", MembershipStatus.Member, [0, 1]),
        new("Westvale and Southford Place Commissioning", "QX3", OrganisationType.Commissioner, Sector.Nhs, "Westvale", "WV1 9PC", MembershipStatus.Member, [2, 3]),
        new("Riverlands Children's Palliative Care Team", "RX1P1", OrganisationType.TertiaryChildrensHospital, Sector.Nhs, "Northbrook", "NB1 4AC", MembershipStatus.Member, [0, 1, 2, 3, 4, 5]),
        new("Riverlands Ambulance Service NHS Trust", "RX8", OrganisationType.Other, Sector.Nhs, "Southford", "SF9 1AM", MembershipStatus.Prospective, [0, 1, 2, 3, 4, 5]),
        new("Northbrook GP Federation", "Y0101", OrganisationType.Other, Sector.Nhs, "Northbrook", "NB4 2GP", MembershipStatus.Member, [0]),
        new("Lowmoor Children's Hospice Appeal", null, OrganisationType.Charity, Sector.NonNhs, "Lowmoor", "LM1 3CA", MembershipStatus.Prospective, [5]),
        new("Riverlands Chaplaincy Service", null, OrganisationType.Other, Sector.NonNhs, "Northbrook", "NB1 4AD", MembershipStatus.Member, [0, 1, 2]),
    ];
}
