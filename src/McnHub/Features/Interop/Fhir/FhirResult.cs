using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Interop.Fhir;

/// <summary>Writes a FHIR resource as application/fhir+json with the shared serializer.</summary>
public sealed class FhirResult(Resource resource, int status = StatusCodes.Status200OK) : IResult
{
    public const string ContentType = "application/fhir+json";

    /// <summary>One serializer for the app: building one loads the FHIR model, so it is never created per request.</summary>
    public static readonly FhirJsonSerializer Serializer = new();

    /// <summary>Apostrophes and accents are written as themselves, not \u0027: this JSON is never embedded in HTML.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Resource Resource { get; } = resource;

    public int Status { get; } = status;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(Resource, buffer);
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = ContentType + "; charset=utf-8";
        httpContext.Response.ContentLength = buffer.WrittenCount;
        await httpContext.Response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }

    /// <summary>The resource as the API writes it, for answers kept ready-made (<see cref="FhirJsonResult"/>).</summary>
    public static byte[] ToJson(Resource resource)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(resource, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Resource resource, ArrayBufferWriter<byte> buffer)
    {
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        Serializer.Serialize(resource, writer);
    }
}

/// <summary>A response body already written as FHIR JSON (a searchset of kept resources).</summary>
public sealed class FhirBytesResult(ReadOnlyMemory<byte> json) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = FhirResult.ContentType + "; charset=utf-8";
        httpContext.Response.ContentLength = json.Length;
        await httpContext.Response.Body.WriteAsync(json, httpContext.RequestAborted);
    }
}

/// <summary>
/// A resource already serialised (a read served from the directory's read model), with a weak ETag of the row's
/// version: a client that sends it back in If-None-Match gets 304 Not Modified and no body.
/// </summary>
public sealed class FhirJsonResult(byte[] json, string etag) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.ETag = etag;
        if (httpContext.Request.Headers.IfNoneMatch.Contains(etag))
        {
            httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = FhirResult.ContentType + "; charset=utf-8";
        httpContext.Response.ContentLength = json.Length;
        await httpContext.Response.Body.WriteAsync(json, httpContext.RequestAborted);
    }
}

/// <summary>Loads the FHIR model while the app starts, so the first request does not pay for it (about a second).</summary>
internal sealed class FhirWarmUp : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(
            () => FhirResult.Serializer.SerializeToBytes(new Bundle { Type = Bundle.BundleType.Searchset, Total = 0 }),
            cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
