using McnHub.Features.Evaluation.Reports;
using McnHub.Platform.Reports;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>Indicators, dashboards and reports: computation, suppression, the JSON API and the evaluation report section.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddEvaluationIndicators(this IServiceCollection services)
    {
        services.AddOptions<IndicatorCacheOptions>().BindConfiguration(IndicatorCacheOptions.Section);
        services.AddSingleton<IndicatorCache>();
        services.AddScoped<IndicatorConstants>();
        services.AddSingleton<NetworkTotalsRefresher>();
        services.AddScoped<NetworkTotals>();
        services.AddScoped<IndicatorCalculator>();
        services.AddScoped<IndicatorValues>();
        services.AddScoped<PublishedFigures>();
        services.AddScoped<ReportBuilder>();
        services.AddScoped<IReportSectionSource, EvaluationReportSection>();
        return services;
    }

    public static WebApplication MapEvaluationIndicators(this WebApplication app)
    {
        app.MapIndicatorsApi();
        return app;
    }
}
