using System.Security.Claims;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation;

public sealed record ValueImportRow(int Row, string Organisation, string Period, string Element, string Option, string Value, IReadOnlyList<string> Problems);

public sealed record ValueImportPreview(IReadOnlyList<string> FileProblems, IReadOnlyList<ValueImportRow> Rows)
{
    /// <summary>The checked values behind the rows, to apply when there is no problem.</summary>
    public IReadOnlyList<CheckedValue> Values { get; init; } = [];

    public bool CanImport => FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);

    public int ProblemCount => FileProblems.Count + Rows.Count(r => r.Problems.Count > 0);
}

/// <summary>
/// CSV or Excel import of one dataset's values: every row checked by <see cref="DataValueRules"/> (organisation
/// assigned and yours, period, codes, value, duplicates, a return not locked), then all imported in one SaveChanges
/// by <see cref="DataValueWriter"/>, or nothing. A row with an empty value is skipped (the template lists every
/// value to fill in). The API (<c>/api/v1/datavalues</c>) reads files and checks values with the same code.
/// </summary>
public static class DataValueImport
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 20000;

    public static readonly string[] Columns = ["OrganisationId", "Organisation", "Period", "ElementCode", "OptionCode", "Value", "Comment"];

    /// <summary>The API's files name each value's dataset (the upload page takes it from the form).</summary>
    public const string DatasetColumn = "Dataset";

    public static async Task<McnHub.Platform.Export.Table> TemplateAsync(AppDbContext db, ReturnLayout layout, Period period, ClaimsPrincipal user, CancellationToken ct)
    {
        var mine = ReturnAccess.SubmitterFor(user);
        var coordinator = ReturnAccess.IsCoordinator(user);
        var organisations = await db.Set<DatasetAssignment>().AsNoTracking().Where(a => a.DatasetId == layout.Dataset.Id)
            .Select(a => new { a.OrganisationId, a.Organisation!.Name }).OrderBy(a => a.Name).ToListAsync(ct);
        var rows = organisations.Where(o => coordinator || mine.Contains(o.OrganisationId))
            .SelectMany(o => layout.Cells.Select(c => (IReadOnlyList<object?>)[o.OrganisationId, o.Name, period.Id, c.Element.Code, c.Option?.Code ?? "", "", ""]));
        return new McnHub.Platform.Export.Table($"{layout.Dataset.Code}-{period.Id}", Columns, rows.ToList());
    }

    public static async Task<ValueImportPreview> PreviewAsync(AppDbContext db, ReturnLayout layout, byte[] bytes, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        var (inputs, fileProblem) = ReadValues(bytes, requireDataset: false);
        if (fileProblem is not null)
        {
            return new([fileProblem], []);
        }

        var rules = await DataValueRules.LoadAsync(db, [layout], inputs!, ct);
        var values = rules.Check(inputs!, _ => layout, user, today);
        var rows = values.Select(v => new ValueImportRow(v.Input.Row, v.OrganisationName ?? v.Input.Organisation, v.Input.Period, v.Input.Element, v.Input.Option, v.Input.Value, v.Problems.Select(p => p.Message).ToList())).ToList();
        return new(rows.Count == 0 ? ["The file has a header row but no values."] : [], rows) { Values = values };
    }

    /// <summary>
    /// The values of a CSV or Excel file with the template's columns (and a Dataset column, which the API needs
    /// unless it is given otherwise), or what is wrong with the file as a whole.
    /// </summary>
    public static (IReadOnlyList<ValueInput>? Values, string? Problem) ReadValues(byte[] bytes, bool requireDataset, string defaultDataset = "")
    {
        var (table, fileProblem) = Read(bytes);
        if (fileProblem is not null)
        {
            return (null, fileProblem);
        }

        var headers = table![0].Select(h => h.Trim()).ToList();
        var required = Columns.Where(c => c != "Organisation").Concat(requireDataset ? [DatasetColumn] : []);
        var missing = required.Where(c => !headers.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return (null, $"The file has no column {string.Join(", ", missing)}. The first row must name the columns: {string.Join(", ", (requireDataset ? [DatasetColumn] : Array.Empty<string>()).Concat(Columns))}. Download the template to start from.");
        }

        if (table.Count - 1 > MaxRows)
        {
            return (null, $"The file has more than {MaxRows} rows: split it into smaller files.");
        }

        var index = Columns.Append(DatasetColumn).ToDictionary(c => c, c => headers.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase)));
        var values = new List<ValueInput>();
        for (var i = 1; i < table.Count; i++)
        {
            var row = table[i];
            string Cell(string column) => index[column] >= 0 && index[column] < row.Length ? row[index[column]].Trim() : "";
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var dataset = Cell(DatasetColumn);
            values.Add(new ValueInput(i + 1, dataset.Length > 0 ? dataset : defaultDataset, Cell("OrganisationId"), Cell("Period"), Cell("ElementCode"), Cell("OptionCode"), Unescape(Cell("Value")), Unescape(Cell("Comment"))));
        }

        return (values, null);
    }

    /// <summary>
    /// Undoes the formula escaping of our own exports (<see cref="McnHub.Platform.Export.TabularExport.EscapeFormula"/>
    /// puts "'" before text starting with =, +, -, @), so an exported file imports back unchanged.
    /// </summary>
    private static string Unescape(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' ? cell[1..] : cell;

    /// <summary>The rows of the first sheet of an Excel file, or of a UTF-8 CSV file.</summary>
    private static (List<string[]>? Rows, string? Problem) Read(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            try
            {
                using var workbook = new XLWorkbook(new MemoryStream(bytes));
                var sheet = workbook.Worksheets.First();
                var used = sheet.RangeUsed();
                if (used is null)
                {
                    return (null, "The spreadsheet is empty.");
                }

                var width = used.ColumnCount();
                return (used.Rows().Select(r => Enumerable.Range(1, width).Select(c => r.Cell(c).GetFormattedString()).ToArray()).ToList(), null);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or InvalidOperationException or FormatException)
            {
                return (null, "The file could not be read as an Excel workbook: save it as .xlsx or as CSV UTF-8 and upload it again.");
            }
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return (null, "The file is not UTF-8 text or an Excel workbook. In Excel, save it as \"CSV UTF-8 (Comma delimited)\" or .xlsx and upload it again.");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, "The file is empty or not text.");
        }

        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { Separator = ',', TrimWhitespace = true });
        var rows = new List<string[]> { reader.Headers.ToArray() };
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray());
        }

        return (rows, null);
    }

    /// <summary>Applies a checked file (no problems) in one SaveChanges; a missing return starts as a draft.</summary>
    public static Task<ImportCounts> ApplyAsync(AppDbContext db, ValueImportPreview preview, ClaimsPrincipal user, DateTime now, CancellationToken ct) =>
        DataValueWriter.ApplyAsync(db, preview.Values, user, now, save: true, ct);
}
