using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>
/// Anonymous answers of the public directory's searches (the page, Open Referral UK, FHIR HealthcareService) and
/// of the FHIR Organization read, kept ready-made by ASP.NET Core's output cache per exact request (path and every
/// query parameter) <b>and directory version</b>: an answer made from an older snapshot is never served, so the
/// cache is exactly as fresh as the read model (docs/adr/0011). The built-in default policy underneath keeps it to
/// GET and HEAD, 200 answers without cookies, and requests with no Authorization header from someone not signed in:
/// a signed-in page (which shows who is signed in, and a sign-out form with an antiforgery token) is never stored
/// or served from here. Use only on endpoints whose answer depends on nothing but the URL and the directory's
/// eight tables (see the AddDirectoryVersion triggers).
/// </summary>
public static class DirectoryResponseCache
{
    public const string Policy = "directory";

    public static IServiceCollection AddDirectoryResponseCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<DirectoryOptions>>((o, directory) =>
        {
            var settings = directory.Value;
            o.SizeLimit = settings.ResponseCacheSizeMegabytes * 1024L * 1024L;
            o.AddPolicy(Policy, b => b
                .With(c => settings.ResponseCacheDuration > TimeSpan.Zero && NumericIdOrNone(c.HttpContext))
                .Expire(settings.ResponseCacheDuration > TimeSpan.Zero ? settings.ResponseCacheDuration : TimeSpan.FromSeconds(1))
                // The exact query string, not the default "every query key": building that key sorts a repeated
                // parameter's values in place, in the request itself (?Only24x7=true&Only24x7=false then binds false).
                .SetVaryByQuery([])
                .VaryByValue(http => new KeyValuePair<string, string>("query", http.Request.QueryString.Value ?? ""))
                .VaryByValue(async (http, ct) => new KeyValuePair<string, string>(
                    "directory-version",
                    (await http.RequestServices.GetRequiredService<DirectoryReadModel>().VersionAsync(ct)).ToString(CultureInfo.InvariantCulture))));
        });
        return services;
    }

    /// <summary>
    /// A read by id is cached only for the directory's numeric ids: FHIR's Organization/network is made from the
    /// network's settings, which the directory's change counter does not follow.
    /// </summary>
    private static bool NumericIdOrNone(HttpContext http) =>
        http.GetRouteValue("id") is not string id || int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
