namespace McnHub.Features.Governance.Minutes;

public static class MinutesDecisionsActionsModule
{
    public static IServiceCollection AddMinutesDecisionsActions(this IServiceCollection services) => services;

    public static WebApplication MapMinutesDecisionsActions(this WebApplication app) => app;
}
