namespace McnHub.Features.Guidelines;

/// <summary>Standards and guidelines: the versioned document library, consultation, review, adoption, search and FHIR Library.</summary>
public static class GuidelinesModule
{
    public static IServiceCollection AddGuidelines(this IServiceCollection services)
    {
        return services;
    }

    public static WebApplication MapGuidelines(this WebApplication app)
    {
        return app;
    }
}
