using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using McnHub.Features.Evaluation.Indicators;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Accounts;
using McnHub.Platform.Audit;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.DataValues;

/// <summary>
/// <c>/api/v1/datavalues</c>: raw data values out (JSON pages or a CSV that re-imports) and in (JSON or CSV, all
/// or nothing, by the same rules as the upload page), by sign-in cookie or personal access token (write scope to
/// import). Raw values are per organisation, so the suppression rule for them is access, not rounding: the
/// co-ordinator sees every organisation's values; an organisation's data submitters and leads only their own
/// organisations'; nobody else sees any (403), and asking for another organisation's values is refused (403) and
/// audited. Small-number suppression (<see cref="Suppression"/>) applies to the aggregated figures of
/// <c>/api/v1/indicators</c>, which others may see; it is not needed here since no one sees another's raw values.
/// </summary>
public static class DataValuesApi
{
    public const string Route = "/api/v1/datavalues";

    public static IEndpointRouteBuilder MapDataValuesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route).WithTags("Data values");
        group.MapGet("", ExportAsync).RequireAuthorization(TokenScopes.Read, Permissions.ViewDataValues)
            .WithName("ExportDataValues").WithSummary("Stored data values of the caller's organisations (all for the co-ordinator), as JSON pages or CSV");
        group.MapPost("", DataValuesImportApi.ImportAsync).RequireAuthorization(TokenScopes.Write, Permissions.EnterData)
            .Accepts<List<DataValueImportItem>>("application/json", "text/csv")
            .WithName("ImportDataValues").WithSummary("Import data values (JSON array or text/csv) into draft returns: all or nothing, every problem reported");
        return app;
    }

    public static async Task<Results<Ok<PagedResponse<DataValueDto>>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        AppDbContext db,
        ClaimsPrincipal user,
        [Description("Dataset code, e.g. CPC_MDS")] string? dataset,
        [Description("Organisation id (yours, unless you are the co-ordinator)")] string? organisation,
        [Description("One period: 2026Q1, 2026-03 or 2026 (not with from/to)")] string? period,
        [Description("First period (inclusive)")] string? from,
        [Description("Last period (inclusive)")] string? to,
        [Description("Data element code")] string? element,
        [Description("Return status: draft, submitted, approved or reopened")] string? status,
        [Description("Page number from 1 (JSON only)")] string? page,
        [Description("Items per page, 1 to 200 (default 25; JSON only)"), FromQuery(Name = "per_page")] string? perPage,
        [Description("json (default), csv or xlsx: the upload template's columns plus Dataset, every matching value, re-importable")] string? format,
        CancellationToken ct)
    {
        var coordinator = ReturnAccess.IsCoordinator(user);
        var viewer = Viewer.For(user);
        if (!coordinator && viewer.OwnOrganisations.Count == 0)
        {
            return Forbidden("You do not submit data for, or lead, any organisation.");
        }

        var filter = await DataValueFilter.ParseAsync(db, dataset, organisation, period, from, to, element, status, page, perPage, format, ct);
        if (filter.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(filter.Errors, title: "The filter is not valid");
        }

        if (filter.OrganisationId is int org && !viewer.SeesInFull(org))
        {
            await db.RecordRefusalAsync(nameof(Organisation), org.ToString(CultureInfo.InvariantCulture), "Tried to export the data values of an organisation the user does not submit data for or lead", ct);
            return Forbidden("You may only export the data values of the organisations you submit data for or lead.");
        }

        var query = filter.Apply(db.Set<DataValue>().AsNoTracking(), coordinator ? null : viewer.OwnOrganisations);
        var total = await query.CountAsync(ct);
        if (filter.FileFormat is not null && total > DataValueImport.MaxRows)
        {
            return TypedResults.Problem($"{total} values match: a file export holds at most {DataValueImport.MaxRows}. Narrow it with dataset, organisation, period or from/to.", statusCode: StatusCodes.Status400BadRequest, title: "Too many values for one file");
        }

        var ordered = query.OrderBy(v => v.DataReturn!.Dataset!.Code).ThenBy(v => v.OrganisationId).ThenBy(v => v.PeriodStart)
            .ThenBy(v => v.DataElement!.Code).ThenBy(v => v.CategoryOption!.SortOrder).ThenBy(v => v.Id);
        var rows = await (filter.FileFormat is not null ? ordered : ordered.Skip((filter.Page - 1) * filter.PerPage).Take(filter.PerPage))
            .Select(v => new ExportRow(v.DataReturn!.Dataset!.Code, v.OrganisationId, v.DataReturn.Organisation!.Name, v.DataReturn.Period, v.DataElement!.Code, v.DataElement.ValueType,
                v.CategoryOption!.Code, v.Value, v.Comment, v.DataReturn.Status))
            .ToListAsync(ct);

        if (filter.FileFormat is { } fileFormat)
        {
            var table = new Table("datavalues", [DataValueImport.DatasetColumn, .. DataValueImport.Columns], rows.Select(r => r.Cells()).ToList());
            var name = $"datavalues-{DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{fileFormat}";
            return fileFormat == "xlsx"
                ? TypedResults.File(TabularExport.ToExcel(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)
                : TypedResults.File(TabularExport.ToCsv(table), "text/csv; charset=utf-8", name);
        }

        var dtos = rows.Select(r => r.ToDto()).ToList();
        return TypedResults.Ok(PagedResponse.From(new Page<DataValueDto>(dtos, filter.Page, filter.PerPage, total)));
    }

    internal static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not yours to see or change");

    internal static string StatusName(ReturnStatus status) => status.ToString().ToLowerInvariant();

    private sealed record ExportRow(string Dataset, int OrganisationId, string Organisation, Period Period, string Element, DataValueType Type, string? Option, string Value, string? Comment, ReturnStatus Status)
    {
        public DataValueDto ToDto() => new(Dataset, OrganisationId, Organisation, Period.Id, Element, Option, Value, Comment, StatusName(Status));

        /// <summary>
        /// Numbers go out as numbers so the CSV writer's formula escaping (a leading "'" on text starting with "-")
        /// cannot turn a negative value into text that no longer re-imports.
        /// </summary>
        public IReadOnlyList<object?> Cells() =>
            [Dataset, OrganisationId, Organisation, Period.Id, Element, Option ?? "", Type is DataValueType.Number or DataValueType.Integer or DataValueType.Percentage && decimal.TryParse(Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : Value, Comment ?? ""];
    }
}
