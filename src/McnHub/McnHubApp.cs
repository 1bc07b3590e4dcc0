using McnHub.Features.Api;
using McnHub.Features.Directory;
using McnHub.Features.Evaluation;
using McnHub.Features.Evaluation.Indicators;
using McnHub.Features.Governance;
using McnHub.Features.Guidelines;
using McnHub.Features.Home;
using McnHub.Features.Interop;
using McnHub.Features.Members;
using McnHub.Features.Standards;
using McnHub.Features.Training;
using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Accounts;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using McnHub.Platform.Files;
using McnHub.Platform.Seeding;
using McnHub.Platform.Web;

namespace McnHub;

/// <summary>The table of contents: one line per platform service and per feature.</summary>
public static class McnHubApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var services = builder.Services;

        services.AddData(builder.Configuration);
        services.AddAccounts(builder.Configuration);
        services.AddMcnAuthorization();
        services.AddEmail();
        services.AddFiles();
        services.AddSeeding();
        services.AddWeb();

        services.AddMembers();
        services.AddDirectory();
        services.AddInterop();
        services.AddGovernance();
        services.AddStandards();
        services.AddGuidelines();
        services.AddEvaluation();
        services.AddTraining();
        services.AddTrainingOutcomes();
        services.AddEvaluationIndicators();
        services.AddApiDocs();

        return builder.Build();
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await DataModule.MigrateAsync(app.Services);
        await app.Services.SeedAsync();
    }

    public static WebApplication UseMcnHub(this WebApplication app)
    {
        app.UseWeb();

        app.MapHome();
        app.MapAccountsApi();
        app.MapMembers();
        app.MapDirectory();
        app.MapInterop();
        app.MapGovernance();
        app.MapStandards();
        app.MapGuidelines();
        app.MapEvaluation();
        app.MapTraining();
        app.MapTrainingOutcomes();
        app.MapEvaluationIndicators();
        app.MapApiDocs();
        app.MapRazorPages();
        return app;
    }
}
