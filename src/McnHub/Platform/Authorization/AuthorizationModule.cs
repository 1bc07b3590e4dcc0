using System.Security.Claims;
using McnHub.Platform.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace McnHub.Platform.Authorization;

public static class AuthorizationModule
{
    public static IServiceCollection AddMcnAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Permissions.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Permissions.Public, p => p.RequireAssertion(_ => true))
            // Anything not in the permission table needs a sign-in; an address that matches nothing is a plain 404.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAssertion(ctx => ctx.User.Identity?.IsAuthenticated == true || (ctx.Resource is HttpContext http && http.GetEndpoint() is null))
                .Build());
        services.Configure<AuthorizationOptions>(options =>
        {
            foreach (var (permission, roles) in Permissions.Table)
            {
                options.AddPolicy(permission, p => p.RequireAuthenticatedUser().RequireRole(roles));
            }
        });
        services.AddScoped<IAuthorizationHandler, OrganisationScopeHandler>();
        return services;
    }

    /// <summary>Applies the permission table to every Razor page it names.</summary>
    public static void ApplyPermissionTable(PageConventionCollection conventions)
    {
        foreach (var (page, permission) in Permissions.Pages)
        {
            if (permission == Permissions.Public)
            {
                conventions.AllowAnonymousToPage(page);
            }
            else
            {
                conventions.AuthorizePage(page, permission);
            }
        }
    }

    public static IEnumerable<int> OrganisationsLedBy(ClaimsPrincipal user) =>
        user.FindAll(McnClaims.LeadOf).Select(c => int.TryParse(c.Value, out var id) ? id : 0).Where(id => id > 0);
}
