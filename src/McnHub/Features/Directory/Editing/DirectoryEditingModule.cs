namespace McnHub.Features.Directory.Editing;

public static class DirectoryEditingModule
{
    public static IServiceCollection AddDirectoryEditing(this IServiceCollection services) => services;

    public static WebApplication MapDirectoryEditing(this WebApplication app) => app;
}
