namespace McnHub.Features.Governance.Dashboard;

public static class RisksWorkPlanDashboardModule
{
    public static IServiceCollection AddRisksWorkPlanDashboard(this IServiceCollection services) => services;

    public static WebApplication MapRisksWorkPlanDashboard(this WebApplication app) => app;
}
