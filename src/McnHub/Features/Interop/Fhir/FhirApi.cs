using Hl7.Fhir.Model;
using McnHub.Features.Directory.ReadModel;
using McnHub.Features.Interop.Fhir.Resources;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Interop.Fhir;

/// <summary>
/// The public, read-only FHIR R4 (4.0.1) API under /fhir/r4: metadata, and read + search-type for each resource in
/// <see cref="Resources"/>. Every error is an OperationOutcome, made in one place (<see cref="OperationOutcomeFilter"/>).
/// </summary>
public static class FhirApi
{
    /// <summary>The resources served. The CapabilityStatement, the routes and the permission table all follow this list.</summary>
    public static readonly IReadOnlyList<FhirResourceProvider> Resources =
    [
        new OrganizationResources(),
        new OrganizationAffiliationResources(),
        new HealthcareServiceResources(),
        new LocationResources(),
        new PractitionerRoleResources(),
        new McnHub.Features.Guidelines.Fhir.LibraryResources(),
        new MeasureResources(),
        new McnHub.Features.Evaluation.Fhir.QuestionnaireResources(),
        new McnHub.Features.Evaluation.Fhir.QuestionnaireResponseResources(),
        new McnHub.Features.Evaluation.Fhir.MeasureReportResources(),
    ];

    public static IServiceCollection AddFhir(this IServiceCollection services)
    {
        services.AddOptions<FhirOptions>().BindConfiguration(FhirOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new FhirCodes(sp.GetRequiredService<IOptions<FhirOptions>>().Value.CanonicalBase));
        services.AddHostedService<FhirWarmUp>();
        return services;
    }

    public static IEndpointRouteBuilder MapFhirApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/fhir/r4").WithTags("FHIR R4").AddEndpointFilter<OperationOutcomeFilter>();

        group.MapGet("/metadata", (HttpContext http, AppDbContext db, [FromServices] FhirCodes codes) =>
                new FhirResult(CapabilityStatementFactory.Create(Context(http, db, codes), Resources)))
            .WithName("FhirMetadata")
            .WithSummary("CapabilityStatement")
            .AllowAnonymous()
            .WithDescription("FHIR R4 (4.0.1): the resources, interactions and search parameters this server supports.")
            .Produces(StatusCodes.Status200OK, contentType: FhirResult.ContentType);

        foreach (var provider in Resources)
        {
            var search = group.MapGet($"/{provider.Type}", (HttpContext http, AppDbContext db, [FromServices] FhirCodes codes, CancellationToken cancellationToken) =>
                    SearchAsync(provider, Context(http, db, codes), http.Request.Query, cancellationToken))
                .Access(provider)
                .WithName($"FhirSearch{provider.Type}")
                .WithSummary($"Search {provider.Type}")
                .WithDescription($"FHIR R4 (4.0.1) search-type: a searchset Bundle. {provider.Documentation} Parameters: " +
                    string.Join("; ", provider.SearchParameters.Select(p => $"`{p.Name}` ({p.Type.ToString().ToLowerInvariant()}) {p.Documentation}")) +
                    "; `_count` (default 20, at most 100), `_page` (from 1).")
                .Produces(StatusCodes.Status200OK, contentType: FhirResult.ContentType)
                .Produces(StatusCodes.Status400BadRequest, contentType: FhirResult.ContentType);

            var read = group.MapGet($"/{provider.Type}/{{id}}", (string id, HttpContext http, AppDbContext db, [FromServices] FhirCodes codes, CancellationToken cancellationToken) =>
                    ReadAsync(provider, Context(http, db, codes), id, http.Request.Query, cancellationToken))
                .Access(provider)
                .WithName($"FhirRead{provider.Type}")
                .WithSummary($"Read {provider.Type}")
                .WithDescription($"FHIR R4 (4.0.1) read. {provider.Documentation}")
                .Produces(StatusCodes.Status200OK, contentType: FhirResult.ContentType)
                .Produces(StatusCodes.Status404NotFound, contentType: FhirResult.ContentType);

            // Answers made from the directory's read model alone are kept per directory version (docs/adr/0011).
            if (provider is HealthcareServiceResources)
            {
                search.CacheOutput(DirectoryResponseCache.Policy);
            }

            if (provider is OrganizationResources)
            {
                read.CacheOutput(DirectoryResponseCache.Policy);
            }
        }

        // Anything else under /fhir/r4 (other resource types, _history, operations) is answered in FHIR too.
        group.MapGet("/{**path}", (string path) => Unsupported(path))
            .AllowAnonymous()
            .ExcludeFromDescription();

        return app;
    }

    /// <summary>Public resources are open to anyone; the others need a sign-in (anonymous callers get a 401 OperationOutcome, see AccountsModule).</summary>
    private static RouteHandlerBuilder Access(this RouteHandlerBuilder route, FhirResourceProvider provider) =>
        provider.RequiresSignIn ? route.RequireAuthorization(McnHub.Platform.Authorization.Permissions.SignedIn) : route.AllowAnonymous();

    private static IResult Unsupported(string path) =>
        throw FhirException.NotFound($"This server does not serve \"{path}\". See /fhir/r4/metadata for what it supports.");

    private static async Task<IResult> SearchAsync(FhirResourceProvider provider, FhirRequestContext context, IQueryCollection query, CancellationToken cancellationToken)
    {
        var request = FhirSearchRequest.Parse(query, provider.Type, provider.SearchParameters);
        var result = await provider.SearchAsync(context, request, cancellationToken);
        return result.Serialised is { } serialised
            ? new FhirBytesResult(SearchBundle.Write(context, provider.Type, request, result.Total, serialised))
            : new FhirResult(SearchBundle.Create(context, provider.Type, request, result));
    }

    private static async Task<IResult> ReadAsync(FhirResourceProvider provider, FhirRequestContext context, string id, IQueryCollection query, CancellationToken cancellationToken)
    {
        FhirSearchRequest.CheckReadParameters(query);
        return await provider.ReadResultAsync(context, id, cancellationToken)
            ?? throw FhirException.NotFound($"{provider.Type}/{id} does not exist.");
    }

    private static FhirRequestContext Context(HttpContext http, AppDbContext db, FhirCodes codes) =>
        new(db, codes, $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/fhir/r4", http.RequestServices.GetRequiredService<DirectoryReadModel>(), http.User, http.RequestServices);
}
