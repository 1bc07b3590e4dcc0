using McnHub.Features.Directory.Editing;
using McnHub.Features.Directory.Search;

namespace McnHub.Features.Directory;

/// <summary>The service directory: editing and freshness, public search, provision map.</summary>
public static class DirectoryModule
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddDirectoryEditing();
        services.AddDirectorySearch();
        return services;
    }

    public static WebApplication MapDirectory(this WebApplication app)
    {
        app.MapDirectoryEditing();
        app.MapDirectorySearch();
        return app;
    }
}
