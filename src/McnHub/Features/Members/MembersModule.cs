using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Members;

public static class MembersModule
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddOrganisations();
        return services;
    }

    public static WebApplication MapMembers(this WebApplication app)
    {
        app.MapOrganisationsApi();
        return app;
    }
}
