namespace McnHub.Features.Api;

/// <summary>
/// GET /bench/hello: the bare endpoint the benchmark measures as its ceiling (the whole middleware pipeline, no
/// database). Mapped only when the setting <c>Bench:Enabled</c> is true (bench/run.sh sets it), so it is not part of
/// the app anywhere else, nor in the permission table.
/// </summary>
public static class BenchEndpoint
{
    public const string EnabledSetting = "Bench:Enabled";

    public static WebApplication MapBenchEndpoint(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(EnabledSetting))
        {
            app.MapGet("/bench/hello", () => TypedResults.Text("hello")).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }
}
