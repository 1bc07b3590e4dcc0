namespace McnHub.Features.Directory.Search;

public static class DirectorySearchModule
{
    public static IServiceCollection AddDirectorySearch(this IServiceCollection services) => services;

    public static WebApplication MapDirectorySearch(this WebApplication app) => app;
}
