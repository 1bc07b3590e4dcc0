using Microsoft.Extensions.DependencyInjection.Extensions;

namespace McnHub.Features.Governance.Meetings;

public static class GroupsAndMeetingsModule
{
    public static IServiceCollection AddGroupsAndMeetings(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static WebApplication MapGroupsAndMeetings(this WebApplication app)
    {
        app.MapMeetingCalendars();
        return app;
    }
}
