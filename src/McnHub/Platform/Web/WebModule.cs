using McnHub.Platform.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;

namespace McnHub.Platform.Web;

public static class WebModule
{
    public static IServiceCollection AddWeb(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            AuthorizationModule.ApplyPermissionTable(o.Conventions);
        });
        services.AddMemoryCache();
        services.AddScoped<Ui.LayoutModel>();
        services.AddProblemDetails();
        services.AddExceptionHandler<KnownExceptionHandler>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "mcnhub-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = 20 * 1024 * 1024);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        return services;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Pages get the friendly error page; APIs get problem details.
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication, so that signed-in requests are never answered from (or stored in) the cache.
        app.UseOutputCache();
        app.UseAntiforgery();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}

/// <summary>Maps the exceptions the app knows about to answers, once, for pages and APIs alike.</summary>
internal sealed class KnownExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException bad)
        {
            context.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails = { Title = "Bad request", Detail = bad.Message, Status = bad.StatusCode },
            });
        }

        if (Accounts.AccountsModule.IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails = { Title = "Something went wrong", Status = 500 },
            });
        }

        return false;
    }
}
