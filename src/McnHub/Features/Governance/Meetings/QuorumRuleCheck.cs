using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Governance.Meetings;

/// <summary>Rejects a quorum rule the group could never meet with its current membership, saying why.</summary>
public static class QuorumRuleCheck
{
    public static IReadOnlyList<string> Problems(QuorumRule rule, IReadOnlyList<QuorumSeat> seats)
    {
        var problems = new List<string>();
        if (rule.MinimumMembers < 1)
        {
            problems.Add("The quorum must need at least 1 member");
        }

        if (rule.MinimumNhs < 0 || rule.MinimumNonNhs < 0)
        {
            problems.Add("The minimum numbers of NHS and non-NHS members cannot be negative");
        }

        var voting = seats.Where(s => s.Counts && s.PersonIds.Count > 0).ToList();
        var size = voting.Count;
        var nhs = voting.Count(s => s.Sector == Sector.Nhs);
        var nonNhs = voting.Count(s => s.Sector == Sector.NonNhs);

        if (rule.MinimumMembers > size)
        {
            problems.Add($"The quorum needs {rule.MinimumMembers} members but the group has {Members(size)}");
        }

        if (rule.MinimumNonNhs > nonNhs)
        {
            problems.Add($"The quorum needs {rule.MinimumNonNhs} non-NHS {QuorumCalculator.Plural(rule.MinimumNonNhs, "member")} but the group has {Count(nonNhs)} non-NHS {QuorumCalculator.Plural(nonNhs, "member")}");
        }

        // NHS and non-NHS seats are disjoint, so these two checks also reject minimums that together exceed the
        // membership, while minimums that together exceed the minimum members are fine (the quorum is then larger).
        if (rule.MinimumNhs > nhs)
        {
            problems.Add($"The quorum needs {rule.MinimumNhs} NHS {QuorumCalculator.Plural(rule.MinimumNhs, "member")} but the group has {Count(nhs)} NHS {QuorumCalculator.Plural(nhs, "member")}");
        }

        if (rule.RequiresChairOrViceChair && !voting.Any(s => s.Role is GroupRole.Chair or GroupRole.ViceChair))
        {
            problems.Add("The quorum needs the chair or the vice-chair but the group has neither");
        }

        return problems;
    }

    private static string Members(int n) => n == 0 ? "no members" : $"{n} {QuorumCalculator.Plural(n, "member")}";

    private static string Count(int n) => n == 0 ? "no" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
