using McnHub.Platform.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace McnHub.Platform.Authorization;

/// <summary>An organisation-scoped resource: the id of the organisation it belongs to.</summary>
public sealed record OrganisationScope(int OrganisationId);

/// <summary>The requirement to edit records of one organisation.</summary>
public static class OrganisationOperations
{
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = Permissions.EditOrganisation };
}

/// <summary>
/// The co-ordinator may edit any organisation; an organisation lead only those they lead
/// (claims <see cref="McnClaims.LeadOf"/>, issued at sign-in from the person's affiliations).
/// </summary>
public sealed class OrganisationScopeHandler : AuthorizationHandler<OperationAuthorizationRequirement, OrganisationScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, OrganisationScope resource)
    {
        var user = context.User;
        if (user.IsInRole(Roles.Coordinator))
        {
            context.Succeed(requirement);
        }
        else if (requirement.Name == Permissions.EditOrganisation
                 && user.IsInRole(Roles.OrganisationLead)
                 && AuthorizationModule.OrganisationsLedBy(user).Contains(resource.OrganisationId))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
