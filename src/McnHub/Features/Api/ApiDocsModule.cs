using Scalar.AspNetCore;

namespace McnHub.Features.Api;

/// <summary>The OpenAPI document at /openapi/v1.json and interactive docs at /api/docs.</summary>
public static class ApiDocsModule
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services)
    {
        services.AddOpenApi();
        return services;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("McnHub API")).AllowAnonymous();
        return app;
    }
}
