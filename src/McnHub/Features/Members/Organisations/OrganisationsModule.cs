using Microsoft.Extensions.DependencyInjection.Extensions;

namespace McnHub.Features.Members.Organisations;

public static class OrganisationsModule
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<OrganisationImportStore>();
        return services;
    }
}
