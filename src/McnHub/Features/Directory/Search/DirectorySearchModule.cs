using Microsoft.Extensions.DependencyInjection.Extensions;

namespace McnHub.Features.Directory.Search;

/// <summary>Public directory search (/services, /services/{id}) and the provision map (/directory/provision-map).</summary>
public static class DirectorySearchModule
{
    public static IServiceCollection AddDirectorySearch(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReadModel.DirectoryVersionReader>();
        services.AddSingleton<ReadModel.DirectoryReadModel>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, ReadModel.DirectoryWriteInterceptor>();
        ReadModel.DirectoryResponseCache.AddDirectoryResponseCache(services);
        services.AddScoped<DirectorySearch>();
        services.AddScoped<ProvisionMap.ProvisionMapQuery>();
        return services;
    }

    public static WebApplication MapDirectorySearch(this WebApplication app) => app;
}
