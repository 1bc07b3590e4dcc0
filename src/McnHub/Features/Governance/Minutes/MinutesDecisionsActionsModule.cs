using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Decisions;

namespace McnHub.Features.Governance.Minutes;

/// <summary>Minutes, decisions and actions: their pages, reminders and API.</summary>
public static class MinutesDecisionsActionsModule
{
    public static IServiceCollection AddMinutesDecisionsActions(this IServiceCollection services)
    {
        // One instance each: the hosted service runs it daily, and tests resolve the same instance to call it directly.
        services.AddSingleton<ActionReminder>();
        services.AddHostedService(sp => sp.GetRequiredService<ActionReminder>());
        services.AddSingleton<DecisionReviewReminder>();
        services.AddHostedService(sp => sp.GetRequiredService<DecisionReviewReminder>());
        return services;
    }

    public static WebApplication MapMinutesDecisionsActions(this WebApplication app)
    {
        app.MapGovernanceLogApi();
        return app;
    }
}
