namespace McnHub.Features.Directory.Editing;

/// <summary>Service editing, re-verification and reminders, the taxonomy, import and export.</summary>
public static class DirectoryEditingModule
{
    public static IServiceCollection AddDirectoryEditing(this IServiceCollection services)
    {
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // One instance: the hosted service runs it daily, and tests resolve the same instance to call it directly.
        services.AddSingleton<StaleServiceReminder>();
        services.AddHostedService(sp => sp.GetRequiredService<StaleServiceReminder>());
        return services;
    }

    public static WebApplication MapDirectoryEditing(this WebApplication app) => app;
}
