using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.DataValues;

/// <summary>
/// <c>POST /api/v1/datavalues</c>: a JSON array of values, or a CSV file with the upload template's columns and a
/// Dataset column (or <c>?dataset=</c>), checked by <see cref="DataValueRules"/> exactly as the upload page checks
/// a file, then saved in one SaveChanges (audited) into draft returns, or nothing saved and every problem answered.
/// Values for an organisation the caller does not submit data for are refused and the attempt audited.
/// </summary>
public static class DataValuesImportApi
{
    private static readonly string[] Fields = ["dataset", "organisation", "period", "element", "option", "value", "comment"];

    public static async Task<Results<Ok<ImportResultDto>, ProblemHttpResult>> ImportAsync(
        HttpRequest request,
        AppDbContext db,
        ClaimsPrincipal user,
        TimeProvider clock,
        [Description("true: check and report what would change, saving nothing")] string? dryRun,
        [Description("CSV only: the dataset code of rows with no Dataset column or an empty one")] string? dataset,
        CancellationToken ct)
    {
        var dry = dryRun?.Trim().ToLowerInvariant() switch
        {
            null or "" or "false" => false,
            "true" => true,
            _ => (bool?)null,
        };
        if (dry is null)
        {
            return Problem($"dryRun must be true or false, not \"{dryRun}\".", "The request is not valid");
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("application/json" or "text/csv"))
        {
            return TypedResults.Problem("Send the values as application/json (an array) or text/csv (the upload template's columns and Dataset).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type");
        }

        var bytes = await ReadBodyAsync(request, ct);
        if (bytes is null)
        {
            return TypedResults.Problem($"The body must be smaller than {DataValueImport.MaxBytes / 1024 / 1024} MB: split the values into several requests.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too many values at once");
        }

        var json = mediaType == "application/json";
        var (inputs, shapeErrors, bodyProblem) = json ? ReadJson(bytes) : ReadCsv(bytes, dataset?.Trim() ?? "");
        if (bodyProblem is not null)
        {
            return Problem(bodyProblem, "The body could not be read");
        }

        var layouts = await LayoutsAsync(db, inputs!.Select(i => i.Dataset), ct);
        var rules = await DataValueRules.LoadAsync(db, layouts.Values, inputs!, ct);
        var values = rules.Check(inputs!, i => layouts.GetValueOrDefault(i.Dataset), user, ReturnContext.TodayIn(clock), json ? "item" : "row");
        var errors = shapeErrors!.Concat(values.SelectMany(v => v.Problems.Select(p => (v.Input.Row, p.Field, p.Message))))
            .OrderBy(e => e.Row).Select(e => new ImportErrorDto(json ? null : e.Row, json ? e.Row : null, e.Field, e.Message)).ToList();

        var refused = values.Where(v => v.OutOfScope).Select(v => v.OrganisationId!.Value).Distinct().Order().ToList();
        if (refused.Count > 0)
        {
            await db.RecordRefusalAsync(nameof(DataReturn), string.Join(",", refused), $"Tried to import data values through the API for organisations the user does not submit data for ({string.Join(", ", refused)})", ct);
        }

        if (errors.Count > 0)
        {
            return TypedResults.Problem(
                $"Nothing was imported: {errors.Count} {(errors.Count == 1 ? "problem" : "problems")} to fix, listed in errors.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "The values were not imported",
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }

        ImportCounts counts;
        try
        {
            counts = await DataValueWriter.ApplyAsync(db, values, user, clock.GetUtcNow().UtcDateTime, save: !dry.Value, ct);
        }
        catch (ReturnLockedException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "A return was locked meanwhile");
        }

        var codes = layouts.Values.ToDictionary(l => l.Dataset.Id, l => l.Dataset.Code);
        var returns = counts.Returns.Select(r => new ImportedReturnDto(codes[r.DatasetId], r.OrganisationId, r.Period.Id, DataValuesApi.StatusName(r.Status))).ToList();
        var saved = values.Where(v => !v.IsEmpty).Select(v => new DataValueImportItem(v.Layout!.Dataset.Code, v.OrganisationId!.Value, v.Period!.Value.Id, v.Cell!.Element.Code, v.Cell.Option?.Code, v.Parsed.Value!, v.Input.Comment.Length > 0 ? v.Input.Comment : null)).ToList();
        return TypedResults.Ok(new ImportResultDto(dry.Value, counts.Created, counts.Updated, counts.Unchanged, counts.Removed, counts.Skipped, returns, saved));
    }

    private static ProblemHttpResult Problem(string detail, string title) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    /// <summary>The body, or null when it is larger than an import may be.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > DataValueImport.MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Active datasets by code (any case) among those the values name.</summary>
    private static async Task<Dictionary<string, ReturnLayout>> LayoutsAsync(AppDbContext db, IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Where(c => c.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var datasets = await db.Set<Dataset>().AsNoTracking().Where(d => d.Active).Select(d => new { d.Id, d.Code }).ToListAsync(ct);
        var layouts = new Dictionary<string, ReturnLayout>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in datasets.Where(d => wanted.Contains(d.Code)))
        {
            layouts[d.Code] = (await ReturnLayout.LoadAsync(db, d.Id, ct))!;
        }

        return layouts;
    }

    private static (IReadOnlyList<ValueInput>?, IReadOnlyList<(int Row, string Field, string Message)>?, string?) ReadCsv(byte[] bytes, string dataset)
    {
        var (inputs, problem) = DataValueImport.ReadValues(bytes, requireDataset: dataset.Length == 0, dataset);
        return problem is not null ? (null, null, problem)
            : inputs!.Count == 0 ? (null, null, "The file has a header row but no values.")
            : (inputs, [], null);
    }

    /// <summary>A JSON array of objects; strings, numbers and true/false are taken as text, checked later as typed.</summary>
    private static (IReadOnlyList<ValueInput>?, IReadOnlyList<(int Row, string Field, string Message)>?, string?) ReadJson(byte[] bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            return (null, null, $"The body is not valid JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return (null, null, "The body must be a JSON array of values: [{\"dataset\": \"CPC_MDS\", \"organisation\": 12, \"period\": \"2026Q1\", \"element\": \"DEATHS\", \"value\": \"2\"}].");
            }

            var count = document.RootElement.GetArrayLength();
            if (count == 0 || count > DataValueImport.MaxRows)
            {
                return (null, null, count == 0 ? "The array has no values." : $"The array has more than {DataValueImport.MaxRows} values: split it into several requests.");
            }

            var inputs = new List<ValueInput>(count);
            var errors = new List<(int, string, string)>();
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var text = new Dictionary<string, string>();
                foreach (var field in Fields)
                {
                    text[field] = "";
                }

                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add((index, "row", "each value must be a JSON object"));
                }
                else
                {
                    foreach (var property in item.EnumerateObject())
                    {
                        var field = Fields.FirstOrDefault(f => string.Equals(f, property.Name, StringComparison.OrdinalIgnoreCase));
                        if (field is null)
                        {
                            continue;
                        }

                        var (value, ok) = property.Value.ValueKind switch
                        {
                            JsonValueKind.String => (property.Value.GetString()!.Trim(), true),
                            JsonValueKind.Number => (property.Value.GetRawText(), true),
                            JsonValueKind.True or JsonValueKind.False => (property.Value.GetRawText(), true),
                            JsonValueKind.Null => ("", true),
                            _ => ("", false),
                        };
                        text[field] = value;
                        if (!ok)
                        {
                            errors.Add((index, field, $"{field} must be a string or a number"));
                        }
                    }
                }

                if (item.ValueKind == JsonValueKind.Object && text["value"].Length == 0)
                {
                    // In a file an empty value is a blank in the template, skipped; in JSON it is a mistake.
                    errors.Add((index, "value", "value is missing"));
                }

                inputs.Add(new ValueInput(index, text["dataset"], text["organisation"], text["period"], text["element"], text["option"], text["value"], text["comment"]));
                index++;
            }

            return (inputs, errors, null);
        }
    }
}
