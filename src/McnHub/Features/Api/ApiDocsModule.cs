using Scalar.AspNetCore;

namespace McnHub.Features.Api;

/// <summary>The OpenAPI document at /openapi/v1.json and interactive docs at /api/docs.</summary>
public static class ApiDocsModule
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services)
    {
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "McnHub API";
            document.Info.Description =
                "The open API of a managed clinical network for children's palliative care. Public endpoints need no " +
                "credentials; others accept the sign-in cookie or a personal access token (`Authorization: Bearer mcn_…`) " +
                "created on your profile page. Errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o
            .WithTitle("McnHub API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();
        app.MapBenchEndpoint();
        return app;
    }
}
