using McnHub.Features.Governance.Api;
using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Governance.Reports;
using McnHub.Platform.Reports;

namespace McnHub.Features.Governance;

/// <summary>Governance: groups and terms of reference, meetings, minutes, decisions, actions, risks, work plan, dashboard.</summary>
public static class GovernanceModule
{
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddGroupsAndMeetings();
        services.AddMinutesDecisionsActions();
        services.AddRisksWorkPlanDashboard();
        services.AddScoped<IReportSectionSource, GovernanceReportSection>();

        // One instance: the hosted service runs it daily, and tests resolve the same instance to call it directly.
        services.AddSingleton<TermsReviewReminder>();
        services.AddHostedService(sp => sp.GetRequiredService<TermsReviewReminder>());
        return services;
    }

    public static WebApplication MapGovernance(this WebApplication app)
    {
        app.MapGroupsAndMeetings();
        app.MapMinutesDecisionsActions();
        app.MapRisksWorkPlanDashboard();
        app.MapGovernanceApi();
        return app;
    }
}
