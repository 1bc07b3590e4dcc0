namespace McnHub.Features.Members;

public static class MembersModule
{
    public static IServiceCollection AddMembers(this IServiceCollection services) => services;

    public static WebApplication MapMembers(this WebApplication app) => app;
}
