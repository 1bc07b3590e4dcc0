using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Groups;

public sealed record GroupNode(int Id, string Name, GroupKind Kind, GroupVisibility Visibility, bool Active, int? ParentId, int Depth);

/// <summary>The groups in hierarchy order (each followed by the groups reporting to it), and the checks that keep it a tree.</summary>
public static class GroupTree
{
    public static async Task<List<GroupNode>> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var groups = await db.Set<Group>().AsNoTracking().OrderBy(g => g.Name).ToListAsync(ct);
        var ids = groups.Select(g => g.Id).ToHashSet();
        var result = new List<GroupNode>();
        void Add(int? parentId, int depth)
        {
            // Orphans (parent missing) are shown at the top level rather than lost.
            foreach (var g in groups.Where(g => depth == 0 ? g.ParentId is null || !ids.Contains(g.ParentId.Value) : g.ParentId == parentId))
            {
                result.Add(new GroupNode(g.Id, g.Name, g.Kind, g.Visibility, g.Active, g.ParentId, depth));
                Add(g.Id, depth + 1);
            }
        }

        Add(null, 0);
        return result;
    }

    public static HashSet<int> DescendantsOf(int id, IEnumerable<(int Id, int? ParentId)> links)
    {
        var children = links.Where(l => l.ParentId is not null).ToLookup(l => l.ParentId!.Value, l => l.Id);
        var found = new HashSet<int>();
        var stack = new Stack<int>(children[id]);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (found.Add(next))
            {
                foreach (var c in children[next])
                {
                    stack.Push(c);
                }
            }
        }

        return found;
    }

    public static string Describe(GroupKind kind) => kind switch
    {
        GroupKind.Board => "Board",
        GroupKind.SteeringGroup => "Steering group",
        GroupKind.ClinicalLeadsGroup => "Clinical leads group",
        GroupKind.WorkingGroup => "Working group",
        GroupKind.TaskAndFinishGroup => "Task-and-finish group",
        _ => "Other",
    };

    public static string Describe(GroupRole role) => role switch
    {
        GroupRole.Chair => "Chair",
        GroupRole.ViceChair => "Vice-chair",
        GroupRole.Secretary => "Secretary",
        GroupRole.Observer => "Observer",
        _ => "Member",
    };
}
