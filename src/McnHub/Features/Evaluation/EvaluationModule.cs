using McnHub.Features.Evaluation.DataValues;
using McnHub.Features.Governance.Dashboard;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace McnHub.Features.Evaluation;

/// <summary>Evaluation: the minimum dataset (data elements, datasets), data returns and their workflow, validation rules, indicators.</summary>
public static class EvaluationModule
{
    public static IServiceCollection AddEvaluation(this IServiceCollection services)
    {
        services.AddSingleton<ExpressionService>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IDashboardSource, OutstandingReturnsSource>();
        services.AddSingleton<DataReturnReminder>();
        services.AddHostedService(sp => sp.GetRequiredService<DataReturnReminder>());
        return services;
    }

    public static WebApplication MapEvaluation(this WebApplication app)
    {
        app.MapDataValuesApi();
        return app;
    }
}
