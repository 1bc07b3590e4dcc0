using McnHub.Features.Governance.Dashboard;
using McnHub.Platform.Reports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace McnHub.Features.Standards;

/// <summary>Self-assessment against standards (e.g. NICE QS160) and the advance care plan adoption tracker.</summary>
public static class StandardsModule
{
    public static IServiceCollection AddStandards(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IDashboardSource, OutstandingSelfAssessmentsSource>();
        services.AddScoped<IDashboardSource, OverdueActionPlanItemsSource>();
        services.AddScoped<IReportSectionSource, StandardsReportSection>();
        return services;
    }

    public static WebApplication MapStandards(this WebApplication app) => app;
}
