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
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Resource Resource { get; } = resource;

    public int Status { get; } = status;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Serializer.Serialize(Resource, writer);
        }

        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = ContentType + "; charset=utf-8";
        httpContext.Response.ContentLength = buffer.WrittenCount;
        await httpContext.Response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
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
