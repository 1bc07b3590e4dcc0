using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Guidelines.Adoption;
using McnHub.Features.Guidelines.Library;
using McnHub.Features.Guidelines.Reviews;
using McnHub.Platform.Reports;

namespace McnHub.Features.Guidelines;

/// <summary>Standards and guidelines: the versioned document library, consultation, review, adoption, search and FHIR Library.</summary>
public static class GuidelinesModule
{
    public static IServiceCollection AddGuidelines(this IServiceCollection services)
    {
        services.AddScoped<LibrarySearch>();
        services.AddScoped<AdoptionQueries>();
        services.AddScoped<IDashboardSource, GuidelinesDueForReviewSource>();
        services.AddScoped<IReportSectionSource, GuidelinesReportSection>();
        services.AddSingleton<GuidelineReviewReminder>();
        services.AddHostedService(sp => sp.GetRequiredService<GuidelineReviewReminder>());
        return services;
    }

    public static WebApplication MapGuidelines(this WebApplication app) => app;
}
