using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;

namespace McnHub.Features.Governance;

/// <summary>Governance: groups and terms of reference, meetings, minutes, decisions, actions, risks, work plan, dashboard.</summary>
public static class GovernanceModule
{
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddGroupsAndMeetings();
        services.AddMinutesDecisionsActions();
        services.AddRisksWorkPlanDashboard();
        return services;
    }

    public static WebApplication MapGovernance(this WebApplication app)
    {
        app.MapGroupsAndMeetings();
        app.MapMinutesDecisionsActions();
        app.MapRisksWorkPlanDashboard();
        return app;
    }
}
