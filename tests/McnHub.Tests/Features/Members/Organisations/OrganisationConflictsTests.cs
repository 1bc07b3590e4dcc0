using McnHub.Features.Members.Organisations;

namespace McnHub.Tests.Features.Members.Organisations;

public sealed class OrganisationConflictsTests
{
    private static readonly OrganisationValues Loaded = new(
        "Otter Care", "8OT01", OrganisationType.Charity, Sector.NonNhs, null, null, "Northbrook", null, null, "0161 496 0000", null,
        MembershipStatus.Member, new DateOnly(2024, 1, 1), null, null);

    private static Dictionary<string, string?> Snap(OrganisationValues v, params string[] areas) => OrganisationConflicts.Snapshot(v, areas);

    [Fact]
    public void Only_the_fields_someone_else_changed_are_conflicts()
    {
        var loaded = OrganisationConflicts.Serialise(Snap(Loaded, "Northbrook"));
        var saved = Snap(Loaded with { Town = "Eastmere" }, "Northbrook", "Lowmoor");
        var yours = Snap(Loaded with { Phone = "0161 000 1111" }, "Northbrook");

        var conflicts = OrganisationConflicts.Find(loaded, saved, yours, includeMembership: true);

        Assert.Equal(
            [new OrganisationConflicts.Conflict("Town", "Town or city", "Eastmere", "Northbrook"), new OrganisationConflicts.Conflict("AreaIds", "Areas served", "Lowmoor, Northbrook", "Northbrook")],
            conflicts);
    }

    [Fact]
    public void A_change_to_what_you_also_entered_is_no_conflict()
    {
        var loaded = OrganisationConflicts.Serialise(Snap(Loaded));

        var conflicts = OrganisationConflicts.Find(loaded, Snap(Loaded with { Town = "Eastmere" }), Snap(Loaded with { Town = "Eastmere" }), true);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Without_a_usable_snapshot_every_difference_is_listed()
    {
        var saved = Snap(Loaded with { Town = "Eastmere" });
        var yours = Snap(Loaded with { Phone = "0161 000 1111" });

        var conflicts = OrganisationConflicts.Find("{not json", saved, yours, true);

        Assert.Equal(["Town", "Phone"], conflicts.Select(c => c.Field));
    }

    [Fact]
    public void Membership_changes_are_left_out_for_someone_who_cannot_edit_them()
    {
        var loaded = OrganisationConflicts.Serialise(Snap(Loaded));

        var conflicts = OrganisationConflicts.Find(loaded, Snap(Loaded with { Status = MembershipStatus.Lapsed }), Snap(Loaded), includeMembership: false);

        Assert.Empty(conflicts);
    }
}
