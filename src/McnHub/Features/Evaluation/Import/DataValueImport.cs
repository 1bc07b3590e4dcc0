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
    public bool CanImport => FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);

    public int ProblemCount => FileProblems.Count + Rows.Count(r => r.Problems.Count > 0);
}

/// <summary>
/// CSV or Excel import of one dataset's values: every row checked (organisation assigned and yours, period, codes,
/// value, duplicates, a return not locked), then all imported in one SaveChanges, or nothing. A row with an empty
/// value is skipped (the template lists every value to fill in).
/// </summary>
public static class DataValueImport
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 20000;

    public static readonly string[] Columns = ["OrganisationId", "Organisation", "Period", "ElementCode", "OptionCode", "Value", "Comment"];

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
        var (table, fileProblem) = Read(bytes);
        if (fileProblem is not null)
        {
            return new([fileProblem], []);
        }

        var headers = table![0].Select(h => h.Trim()).ToList();
        var missing = Columns.Where(c => c != "Organisation" && !headers.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return new([$"The file has no column {string.Join(", ", missing)}. The first row must name the columns: {string.Join(", ", Columns)}. Download the template to start from."], []);
        }

        if (table.Count - 1 > MaxRows)
        {
            return new([$"The file has more than {MaxRows} rows: split it into smaller files."], []);
        }

        var index = Columns.ToDictionary(c => c, c => headers.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase)));
        var assigned = (await db.Set<DatasetAssignment>().AsNoTracking().Where(a => a.DatasetId == layout.Dataset.Id).Select(a => a.OrganisationId).ToListAsync(ct)).ToHashSet();
        var known = (await db.Set<Organisation>().AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
        var statuses = (await db.Set<DataReturn>().AsNoTracking().Where(r => r.DatasetId == layout.Dataset.Id).Select(r => new { r.OrganisationId, r.Period, r.Status }).ToListAsync(ct))
            .ToDictionary(r => (r.OrganisationId, r.Period), r => r.Status);
        var seen = new Dictionary<(int, Period, string), int>();
        var rows = new List<ValueImportRow>();
        for (var i = 1; i < table.Count; i++)
        {
            string Cell(string column) => index[column] >= 0 && index[column] < table[i].Length ? table[i][index[column]].Trim() : "";
            var problems = new List<string>();
            var (orgText, periodText, code, optionCode, value) = (Cell("OrganisationId"), Cell("Period"), Cell("ElementCode"), Cell("OptionCode"), Cell("Value"));
            if (table[i].All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            int? org = int.TryParse(orgText, out var id) && known.ContainsKey(id) ? id : null;
            if (org is null)
            {
                problems.Add($"unknown organisation id \"{orgText}\"");
            }
            else if (!assigned.Contains(org.Value))
            {
                problems.Add($"{known[org.Value]} is not assigned this dataset");
            }
            else if (!ReturnAccess.MayEnter(user, org.Value))
            {
                problems.Add($"you do not submit data for {known[org.Value]}");
            }

            Period? period = null;
            if (!Period.TryParse(periodText, out var p) || p.Type != layout.Dataset.PeriodType)
            {
                problems.Add($"\"{periodText}\" is not a {layout.Dataset.PeriodType.ToString().ToLowerInvariant()} period (e.g. {Period.Containing(layout.Dataset.PeriodType, today).Previous.Id})");
            }
            else if (p.Start > today)
            {
                problems.Add($"{p.Name} is in the future");
            }
            else
            {
                period = p;
            }

            if (org is int o && period is Period pp && statuses.TryGetValue((o, pp), out var status) && status is ReturnStatus.Submitted or ReturnStatus.Approved)
            {
                problems.Add($"the return for {pp.Name} is {status.ToString().ToLowerInvariant()}: the co-ordinator must reopen it first");
            }
            else if (period is Period late && !ReturnAccess.IsCoordinator(user) && today > layout.Dataset.LastEntryDate(late))
            {
                problems.Add($"late entry for {late.Name} has closed");
            }

            var element = layout.ElementByCode(code);
            ReturnCell? cell = null;
            if (element is null)
            {
                problems.Add($"unknown element code \"{code}\" for this dataset");
            }
            else if (element.IsDisaggregated)
            {
                cell = element.Cells.FirstOrDefault(c => string.Equals(c.Option!.Code, optionCode, StringComparison.OrdinalIgnoreCase));
                if (cell is null)
                {
                    problems.Add($"{code} is given by {element.Element.CategoryCombo!.Name.ToLowerInvariant()}: OptionCode must be one of {string.Join(", ", element.Cells.Select(c => c.Option!.Code))}");
                }
            }
            else if (optionCode.Length > 0)
            {
                problems.Add($"{code} has no options: leave OptionCode empty");
            }
            else
            {
                cell = element.Cells[0];
            }

            if (cell is not null && ValueParser.Parse(cell.Element, value).Error is { } error)
            {
                problems.Add(error);
            }

            if (Cell("Comment").Length > EvaluationLimits.Comment)
            {
                problems.Add($"the comment is longer than {EvaluationLimits.Comment} characters");
            }

            if (org is int oo && period is Period ppp && cell is not null && value.Length > 0)
            {
                if (seen.TryGetValue((oo, ppp, cell.Key), out var first))
                {
                    problems.Add($"duplicates row {first}");
                }
                else
                {
                    seen[(oo, ppp, cell.Key)] = i + 1;
                }
            }

            rows.Add(new ValueImportRow(i + 1, org is int n ? known[n] : orgText, periodText, code, optionCode, value, problems));
        }

        return new(rows.Count == 0 ? ["The file has a header row but no values."] : [], rows);
    }

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

    /// <summary>Applies a checked file (no problems): one SaveChanges for every return touched; a missing return starts as a draft.</summary>
    public static async Task<int> ApplyAsync(AppDbContext db, ReturnLayout layout, ValueImportPreview preview, byte[] bytes, ClaimsPrincipal user, DateTime now, CancellationToken ct)
    {
        var (table, _) = Read(bytes);
        var headers = table![0].Select(h => h.Trim()).ToList();
        int Col(string c) => headers.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase));
        var parsed = table.Skip(1).Where(r => !r.All(string.IsNullOrWhiteSpace)).Select(r => new
        {
            Org = int.Parse(r[Col("OrganisationId")].Trim(), System.Globalization.CultureInfo.InvariantCulture),
            Period = Period.Parse(r[Col("Period")]),
            Element = layout.ElementByCode(r[Col("ElementCode")].Trim())!,
            Option = r[Col("OptionCode")].Trim(),
            Value = r[Col("Value")].Trim(),
            Comment = Col("Comment") >= 0 && Col("Comment") < r.Length ? r[Col("Comment")].Trim() : "",
        }).Where(x => x.Value.Length > 0).ToList();

        var count = 0;
        foreach (var group in parsed.GroupBy(x => (x.Org, x.Period)))
        {
            var r = await db.Set<DataReturn>().Include(x => x.Values).SingleOrDefaultAsync(x => x.DatasetId == layout.Dataset.Id && x.OrganisationId == group.Key.Org && x.Period == group.Key.Period, ct);
            if (r is null)
            {
                r = DataReturn.Start(layout.Dataset.Id, group.Key.Org, group.Key.Period, user.Identity?.Name, now);
                db.Add(r);
            }
            else
            {
                // Move the return's version, as the entry form does, so a form opened before the import is caught as stale.
                db.Entry(r).State = EntityState.Modified;
            }

            foreach (var x in group)
            {
                var cell = x.Element.IsDisaggregated ? x.Element.Cells.First(c => string.Equals(c.Option!.Code, x.Option, StringComparison.OrdinalIgnoreCase)) : x.Element.Cells[0];
                var value = ValueParser.Parse(cell.Element, x.Value);
                var row = r.Values.FirstOrDefault(v => v.DataElementId == cell.Element.Id && v.CategoryOptionId == cell.Option?.Id);
                if (!x.Element.Element.ZeroIsSignificant && value.Numeric == 0 && x.Comment.Length == 0)
                {
                    if (row is not null)
                    {
                        r.Values.Remove(row);
                    }

                    continue;
                }

                if (row is null)
                {
                    row = new DataValue { DataElementId = cell.Element.Id, CategoryOptionId = cell.Option?.Id, OrganisationId = r.OrganisationId, PeriodStart = r.PeriodStart };
                    r.Values.Add(row);
                }

                row.Value = value.Value!;
                row.Numeric = value.Numeric;
                row.Comment = x.Comment.Length > 0 ? x.Comment : row.Comment;
                count++;
            }
        }

        await db.SaveChangesAsync(ct);
        return count;
    }
}
