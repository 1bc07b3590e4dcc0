using System.Security.Claims;
using McnHub.Platform.Accounts;

namespace McnHub.Platform.Ui;

public sealed record NavItem(string Text, string Href);

/// <summary>The header navigation, fitted to the signed-in role.</summary>
public static class Navigation
{
    public static IEnumerable<NavItem> For(ClaimsPrincipal user)
    {
        yield return new NavItem("Home", "/");
        yield return new NavItem("Find a service", "/services");
        yield return new NavItem("Provision map", "/directory/provision-map");
        yield return new NavItem("Guidelines", "/guidelines");
        yield return new NavItem("Training", "/training");
        yield return new NavItem("Organisations", "/organisations");
        if (user.Identity?.IsAuthenticated != true)
        {
            yield return new NavItem("About the network", "/network");
            yield break;
        }

        yield return new NavItem("People", "/people");
        yield return new NavItem("Data", "/data");
        yield return new NavItem("Governance", "/governance");
        yield return new NavItem("My work", "/my-work");
        if (user.IsInRole(Roles.OrganisationLead))
        {
            yield return new NavItem("My organisation", "/organisations/mine");
        }

        // The co-ordinator's administration (settings, areas, agreements, service types, imports, audit) is one hub,
        // so the header stays short enough to read on a phone.
        if (user.IsInRole(Roles.Coordinator))
        {
            yield return new NavItem("Manage", "/manage");
        }
    }

    /// <summary>
    /// The item for the page being shown: the longest link the path falls under ("/organisations/mine" rather than
    /// "/organisations"), and "Home" only on the home page itself.
    /// </summary>
    public static NavItem? Current(IEnumerable<NavItem> items, PathString path) =>
        items
            .Where(i => i.Href == "/" ? path == "/" : path.StartsWithSegments(i.Href, StringComparison.OrdinalIgnoreCase))
            .MaxBy(i => i.Href.Length);
}
