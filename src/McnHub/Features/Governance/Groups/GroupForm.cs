using System.ComponentModel.DataAnnotations;
using System.Globalization;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Groups;

/// <summary>What the group create and edit forms post.</summary>
public sealed class GroupInput
{
    [Required(ErrorMessage = "Enter the group's name")]
    [StringLength(150, ErrorMessage = "Name must be 150 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Select the kind of group")]
    public GroupKind? Kind { get; set; }

    public int? ParentId { get; set; }

    [Required(ErrorMessage = "Select who can see the group's papers")]
    public GroupVisibility? Visibility { get; set; } = GroupVisibility.Public;

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public static GroupInput From(Group g) => new()
    {
        Name = g.Name, Kind = g.Kind, ParentId = g.ParentId, Visibility = g.Visibility, Active = g.Active, Version = g.Version,
    };

    public void ApplyTo(Group g)
    {
        g.Name = Name!.Trim();
        g.Kind = Kind!.Value;
        g.ParentId = ParentId;
        g.Visibility = Visibility!.Value;
        g.Active = Active;
    }

    public IEnumerable<FieldValues> Compare(Group saved, IReadOnlyList<GroupNode> groups) =>
    [
        new("Input.Name", "Name", Name, saved.Name),
        new("Input.Kind", "Kind", Kind is { } k ? GroupTree.Describe(k) : null, GroupTree.Describe(saved.Kind)),
        new("Input.ParentId", "Reports to", NameOf(ParentId, groups), NameOf(saved.ParentId, groups)),
        new("Input.Visibility", "Visibility", Visibility?.ToString(), saved.Visibility.ToString()),
        new("Input.Active", "Active", Active ? "Yes" : "No", saved.Active ? "Yes" : "No"),
    ];

    private static string? NameOf(int? id, IReadOnlyList<GroupNode> groups) =>
        id is null ? "(none)" : groups.FirstOrDefault(g => g.Id == id)?.Name;
}

/// <summary>The group checks that need the database: a unique name, and a parent that keeps the hierarchy a tree.</summary>
public static class GroupForm
{
    public static readonly IEnumerable<SelectListItem> KindItems =
        Enum.GetValues<GroupKind>().Select(k => new SelectListItem(GroupTree.Describe(k), k.ToString()));

    public static readonly IEnumerable<SelectListItem> VisibilityItems =
    [
        new("Public: approved minutes for every member", nameof(GroupVisibility.Public)),
        new("Private: papers and minutes for the group's members only", nameof(GroupVisibility.Private)),
    ];

    public static async Task ValidateAsync(AppDbContext db, GroupInput input, ModelStateDictionary state, int? groupId, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(input.Name))
        {
            var name = input.Name.Trim().ToLower();
            if (await db.Set<Group>().AnyAsync(g => g.Name.ToLower() == name && g.Id != (groupId ?? 0), ct))
            {
                state.AddModelError("Input.Name", "There is already a group with this name");
            }
        }

        if (input.ParentId is not { } parentId)
        {
            return;
        }

        var links = await db.Set<Group>().Select(g => new { g.Id, g.ParentId }).ToListAsync(ct);
        if (links.All(g => g.Id != parentId))
        {
            state.AddModelError("Input.ParentId", "Select a group from the list");
        }
        else if (parentId == groupId)
        {
            state.AddModelError("Input.ParentId", "A group cannot report to itself");
        }
        else if (groupId is { } id && GroupTree.DescendantsOf(id, links.Select(l => (l.Id, l.ParentId))).Contains(parentId))
        {
            state.AddModelError("Input.ParentId", "A group cannot report to a group that reports to it: choose a group above it or none");
        }
    }

    /// <summary>Possible parents: every group except this one and those reporting to it.</summary>
    public static IEnumerable<SelectListItem> ParentItems(IReadOnlyList<GroupNode> groups, int? groupId)
    {
        var excluded = groupId is { } id
            ? GroupTree.DescendantsOf(id, groups.Select(g => (g.Id, g.ParentId))).Append(id).ToHashSet()
            : [];
        return groups.Where(g => !excluded.Contains(g.Id))
            .Select(g => new SelectListItem(new string('–', g.Depth) + (g.Depth > 0 ? " " : "") + g.Name, g.Id.ToString(CultureInfo.InvariantCulture)));
    }
}
