using System.Net;
using System.Text.RegularExpressions;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Authorization;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Platform;

/// <summary>
/// Walks the permission table (Platform/Authorization/Permissions.cs) against every page and endpoint of the
/// running app: every route is in the table, and each role (and anonymous) is allowed or refused as it says.
/// </summary>
public sealed partial class PermissionTableTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static readonly Dictionary<string, string> DemoAccounts = new()
    {
        ["Coordinator"] = "coordinator@riverlands.example",
        ["Member"] = "member@riverlands.example",
        ["OrganisationLead"] = "lead@riverlands.example",
        ["DataSubmitter"] = "submitter@riverlands.example",
        ["Educator"] = "educator@riverlands.example",
    };

    /// <summary>Pages whose GET answers something other than a page by design (they still must not refuse).</summary>
    private static readonly HashSet<string> NoAntiforgery = ["/Home/Error", "/Home/StatusCode"];

    /// <summary>The page that tells people they were refused answers 403 itself, to everyone.</summary>
    private const string AccessDeniedPage = "/Account/AccessDenied";

    [Fact]
    public void Every_page_and_endpoint_is_in_the_permission_table()
    {
        var missing = Routes().Where(r => r.Permission is null).Select(r => r.Key).ToList();

        Assert.True(missing.Count == 0, "Not in Platform/Authorization/Permissions.cs: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_table_entry_names_a_real_page_or_endpoint_and_a_known_permission()
    {
        var keys = Routes().Select(r => r.Key).ToHashSet();
        var stale = Permissions.Pages.Keys.Concat(Permissions.Endpoints.Keys).Where(k => !keys.Contains(k)).ToList();
        var unknown = Permissions.Pages.Values.Concat(Permissions.Endpoints.Values)
            .Where(p => p is not Permissions.Public and not Permissions.SignedIn && !Permissions.Table.ContainsKey(p) && !p.StartsWith("api.", StringComparison.Ordinal))
            .ToList();

        Assert.True(stale.Count == 0, "In the table but not in the app: " + string.Join(", ", stale));
        Assert.True(unknown.Count == 0, "Unknown permissions: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Endpoint_metadata_agrees_with_the_table()
    {
        var disagreements = new List<string>();
        foreach (var route in Routes().Where(r => !r.IsPage && r.Permission is not null))
        {
            var anonymous = route.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = route.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            var ok = route.Permission == Permissions.Public ? anonymous : !anonymous && policies.Contains(route.Permission);
            if (!ok)
            {
                disagreements.Add($"{route.Key}: table says {route.Permission}, endpoint has {(anonymous ? "AllowAnonymous" : string.Join("/", policies))}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public async Task Anonymous_visitors_reach_public_routes_and_are_sent_to_sign_in_from_the_rest()
    {
        var client = factory.CreateBrowserClient();
        var failures = new List<string>();
        foreach (var route in await WalkableAsync())
        {
            var response = await client.GetAsync(route.Url);
            var refused = IsRefusedAnonymous(response) && route.Key != AccessDeniedPage;
            var expectRefused = route.Permission != Permissions.Public;
            if (refused != expectRefused)
            {
                failures.Add($"GET {route.Url} ({route.Permission}): {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("Coordinator")]
    [InlineData("Member")]
    [InlineData("OrganisationLead")]
    [InlineData("DataSubmitter")]
    [InlineData("Educator")]
    public async Task Each_role_is_allowed_or_refused_every_route_as_the_table_says(string role)
    {
        var client = await factory.SignInAsync(DemoAccounts[role]);
        var failures = new List<string>();
        foreach (var route in await WalkableAsync())
        {
            var expectAllowed = Permissions.RoleHas(role, route.Permission!) || AllowedByApiScope(route.Permission!);
            var get = await client.GetAsync(route.Url);
            var recordRefusal = expectAllowed && Permissions.CheckedPerRecord.Contains(route.Key) && get.StatusCode == HttpStatusCode.Forbidden;
            if (IsRefusedSignedIn(get) == expectAllowed && route.Key != AccessDeniedPage && !recordRefusal)
            {
                failures.Add($"GET {route.Url} ({route.Permission}) as {role}: {(int)get.StatusCode} {get.Headers.Location}");
            }

            if (route.IsPage && !NoAntiforgery.Contains(route.Key))
            {
                // A post without an antiforgery token: refused (403) when the role may not, rejected (400) when it may.
                var post = await client.PostAsync(route.Url, new FormUrlEncodedContent([]));
                var expected = expectAllowed ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden;
                var actual = IsRefusedSignedIn(post) ? HttpStatusCode.Forbidden : post.StatusCode;
                if (actual != expected && !(recordRefusal && actual == HttpStatusCode.BadRequest))
                {
                    failures.Add($"POST {route.Url} ({route.Permission}) as {role}: expected {(int)expected}, got {(int)post.StatusCode} {post.Headers.Location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool AllowedByApiScope(string permission) => permission.StartsWith("api.", StringComparison.Ordinal);

    /// <summary>An anonymous visitor who may not is answered 401/403 (APIs) or challenged: sent to sign in with a return address.</summary>
    private static bool IsRefusedAnonymous(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/sign-in?ReturnUrl=", StringComparison.Ordinal));

    /// <summary>A signed-in user who may not is answered 403 or sent to the access-denied page (never challenged to sign in again).</summary>
    private static bool IsRefusedSignedIn(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal));

    private sealed record RouteInfo(string Key, string Template, string? Permission, bool IsPage, bool IsGet, Endpoint Endpoint);

    private sealed record Walkable(string Key, string Url, string? Permission, bool IsPage);

    private List<RouteInfo> Routes()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var routes = new List<RouteInfo>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var template = "/" + endpoint.RoutePattern.RawText?.Trim('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                routes.Add(new RouteInfo(page.ViewEnginePath, template, Permissions.Pages.GetValueOrDefault(page.ViewEnginePath), true, true, endpoint));
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                var key = $"{method} {template}";
                routes.Add(new RouteInfo(key, template, Permissions.Endpoints.GetValueOrDefault(key), false, method == "GET", endpoint));
            }
        }

        // A page can have several routes; keep one per page.
        return routes.GroupBy(r => r.Key).Select(g => g.First()).ToList();
    }

    /// <summary>GET routes with their parameters filled from the demo network (organisation routes use the lead's own organisation).</summary>
    private async Task<List<Walkable>> WalkableAsync()
    {
        var leadsOrganisation = await factory.WithDbAsync(db => Task.FromResult(db.Set<Organisation>().Single(o => o.Name == "Kingfisher Children's Hospice").Id));
        var leadsAgreement = await factory.WithDbAsync(db => Task.FromResult(db.Set<McnHub.Features.Members.Agreements.Agreement>().First(a => a.OrganisationId == leadsOrganisation).Id));
        // Members' guidelines send anonymous readers to sign in: public routes are walked on a public document.
        var publicGuideline = await factory.WithDbAsync(db => Task.FromResult(db.Set<McnHub.Features.Guidelines.Documents.GuidelineDocument>()
            .Where(d => d.Audience == McnHub.Features.Guidelines.Documents.DocumentAudience.Public && d.Status == McnHub.Features.Guidelines.Documents.DocumentStatus.Approved)
            .OrderBy(d => d.Id).First().Id));
        var walkable = new List<Walkable>();
        foreach (var route in Routes().Where(r => r.IsGet && r.Permission is not null))
        {
            if (route.Template.Contains("/api/docs", StringComparison.Ordinal) || route.Template.Contains("{documentName}", StringComparison.Ordinal))
            {
                walkable.Add(new Walkable(route.Key, route.Template.Contains("openapi", StringComparison.Ordinal) ? "/openapi/v1.json" : "/api/docs", route.Permission, route.IsPage));
                continue;
            }

            var url = Parameter().Replace(route.Template, m => m.Groups["name"].Value switch
            {
                "code" => "404",
                "id" when route.Template.StartsWith("/organisations", StringComparison.Ordinal) || route.Template.StartsWith("/api/v1/organisations", StringComparison.Ordinal) => leadsOrganisation.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "id" when route.Template.StartsWith("/agreements", StringComparison.Ordinal) => leadsAgreement.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "id" when route.Template.StartsWith("/guidelines", StringComparison.Ordinal) => publicGuideline.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // Editing a meeting is for the co-ordinator or the group's chair or secretary (a per-record check with its
                // own tests in Features/Governance/Meetings): here only the role table is walked, on a meeting that does not exist.
                _ when m.Value.Contains('?', StringComparison.Ordinal) => "",
                _ => "1",
            });
            walkable.Add(new Walkable(route.Key, url.Replace("//", "/", StringComparison.Ordinal).TrimEnd('/') is "" ? "/" : url.TrimEnd('/'), route.Permission, route.IsPage));
        }

        return walkable;
    }

    [GeneratedRegex(@"\{(?<name>[a-zA-Z]+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
