using McnHub.Platform.Accounts;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Platform.Data;

public static class DataModule
{
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        Directory.CreateDirectory(options.DataFolder);
        var connectionString = options.ResolveConnectionString();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();

        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => Configure(sp, o.UseNpgsql(connectionString), options));
        }
        else
        {
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => Configure(sp, o.UseSqlite(connectionString), options));
        }

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return services;
    }

    /// <summary>Interceptors registered by features (as IInterceptor singletons) see every context's commands and saves.</summary>
    private static void Configure(IServiceProvider services, DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        builder.AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        if (options.LogSql)
        {
            builder.EnableSensitiveDataLogging();
        }
    }

    /// <summary>Applies pending migrations of whichever provider is configured.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
