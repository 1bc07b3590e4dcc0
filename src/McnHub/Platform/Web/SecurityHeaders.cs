namespace McnHub.Platform.Web;

/// <summary>Security headers on every response. The CSP allows no inline script: all script is in wwwroot/js.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            // Scalar's API reference page loads its own script bundle inline; it is the one exception.
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs")
                ? ContentSecurityPolicy.Replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
}
