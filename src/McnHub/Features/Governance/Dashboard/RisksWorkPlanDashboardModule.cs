using Microsoft.Extensions.DependencyInjection.Extensions;

namespace McnHub.Features.Governance.Dashboard;

public static class RisksWorkPlanDashboardModule
{
    public static IServiceCollection AddRisksWorkPlanDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        // The dashboard shows its sections in this order; later modules add theirs with AddScoped<IDashboardSource, ...>.
        services.AddScoped<IDashboardSource, OverdueActionsSource>();
        services.AddScoped<IDashboardSource, ActionsDueSoonSource>();
        services.AddScoped<IDashboardSource, UpcomingMeetingsSource>();
        services.AddScoped<IDashboardSource, MinutesOverdueSource>();
        services.AddScoped<IDashboardSource, MinutesAwaitingApprovalSource>();
        services.AddScoped<IDashboardSource, DecisionsDueForReviewSource>();
        services.AddScoped<IDashboardSource, TermsOfReferenceDueForReviewSource>();
        services.AddScoped<IDashboardSource, AgreementsDueForRenewalSource>();
        services.AddScoped<IDashboardSource, StaleServicesSource>();
        return services;
    }

    public static WebApplication MapRisksWorkPlanDashboard(this WebApplication app) => app;
}
