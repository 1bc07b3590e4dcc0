using McnHub.Features.Interop.Fhir;
using McnHub.Features.Interop.OpenReferral;

namespace McnHub.Features.Interop;

/// <summary>Open standards APIs: Open Referral UK (/openreferral) and FHIR R4 (/fhir/r4).</summary>
public static class InteropModule
{
    public static IServiceCollection AddInterop(this IServiceCollection services)
    {
        services.AddFhir();
        return services;
    }

    public static WebApplication MapInterop(this WebApplication app)
    {
        app.MapOpenReferralApi();
        app.MapFhirApi();
        return app;
    }
}
