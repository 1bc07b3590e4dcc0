using Hl7.Fhir.Model;

namespace McnHub.Features.Interop.Fhir;

/// <summary>
/// A FHIR request the API refuses. Thrown anywhere under /fhir/r4 and turned into an OperationOutcome in one place,
/// <see cref="OperationOutcomeFilter"/>.
/// </summary>
public sealed class FhirException(int status, OperationOutcome.IssueType code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public OperationOutcome.IssueType Code { get; } = code;

    public static FhirException BadRequest(string message) => new(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid, message);

    public static FhirException NotSupported(string message) => new(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.NotSupported, message);

    public static FhirException NotFound(string message) => new(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound, message);

    public static OperationOutcome Outcome(OperationOutcome.IssueType code, string message) => new()
    {
        Issue =
        [
            new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = code,
                Diagnostics = message,
            },
        ],
    };
}

/// <summary>The one place FHIR errors become OperationOutcomes: every endpoint of the /fhir/r4 group runs through it.</summary>
internal sealed partial class OperationOutcomeFilter(ILogger<OperationOutcomeFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (FhirException e)
        {
            return new FhirResult(FhirException.Outcome(e.Code, e.Message), e.Status);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailure(logger, e, context.HttpContext.Request.Path);
            return new FhirResult(FhirException.Outcome(OperationOutcome.IssueType.Exception, "Something went wrong on the server."), StatusCodes.Status500InternalServerError);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "FHIR request {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string path);
}
