using System.Text;
using CsvHelper;

namespace McnHub.Features.Members.Organisations;

/// <summary>The uploaded file as text, or why it cannot be read; <see cref="Note"/> says how it was read when that matters.</summary>
public sealed record DecodedCsv(string? Text, string? Error, string? Note);

/// <summary>One data row of the file: what it says, and every problem with it (none: it can be imported).</summary>
public sealed record ImportRow(int Line, OrganisationFields Fields, string? Areas, IReadOnlyList<string> Problems, OrganisationValues? Values, IReadOnlyList<int> AreaIds)
{
    public bool IsValid => Problems.Count == 0 && Values is not null;
}

/// <summary>What the preview shows: whole-file errors (nothing can be imported), notes, and every row.</summary>
public sealed record ImportPreview(IReadOnlyList<string> FileErrors, IReadOnlyList<string> Notes, IReadOnlyList<ImportRow> Rows)
{
    public IEnumerable<ImportRow> ValidRows => FileErrors.Count > 0 ? [] : Rows.Where(r => r.IsValid);
}

/// <summary>What is already in the database, to check the rows against.</summary>
public sealed record ImportContext(
    IReadOnlyDictionary<string, string> NamesByLowerName,
    IReadOnlyDictionary<string, string> NamesByOdsCode,
    IReadOnlyDictionary<string, int> AreaIdsByName,
    DateOnly Today);

/// <summary>
/// Reads a CSV of organisations (CsvHelper) and checks every row with the same rules as the form. Pure: the
/// page loads the <see cref="ImportContext"/> and saves the valid rows.
///
/// Decisions: a cell a spreadsheet would run as a formula (=, @, or + and - unless a plain number) makes the row
/// refused, not silently changed — the person can see and fix it. A file that is not valid UTF-8 is read as
/// Windows-1252 (what Excel's plain "CSV" saves on UK Windows), and the preview says so.
/// </summary>
public static class OrganisationCsvImport
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5000;
    public const string AreasColumn = "Areas";

    /// <summary>Every column, in the template's order.</summary>
    public static readonly string[] Columns =
    [
        nameof(OrganisationFields.Name), nameof(OrganisationFields.OdsCode), nameof(OrganisationFields.Type), nameof(OrganisationFields.Sector),
        nameof(OrganisationFields.AddressLine1), nameof(OrganisationFields.AddressLine2), nameof(OrganisationFields.Town), nameof(OrganisationFields.Postcode),
        nameof(OrganisationFields.Website), nameof(OrganisationFields.Phone), nameof(OrganisationFields.Email), nameof(OrganisationFields.Status), AreasColumn,
    ];

    public static readonly string[] RequiredColumns = [nameof(OrganisationFields.Name), nameof(OrganisationFields.Type), nameof(OrganisationFields.Sector)];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedCsv Decode(byte[] bytes)
    {
        const string saveAs = "In your spreadsheet, choose Save as and the format \"CSV UTF-8 (comma delimited)\", then upload that file.";
        if (bytes.Length == 0)
        {
            return new DecodedCsv(null, "The selected file is empty", null);
        }

        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("PK\u0003\u0004"u8) || span.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return new DecodedCsv(null, "The selected file is a spreadsheet workbook, not a CSV file. " + saveAs, null);
        }

        try
        {
            if (span.StartsWith(Encoding.UTF8.Preamble))
            {
                return Text(StrictUtf8.GetString(bytes, 3, bytes.Length - 3), null);
            }

            if (span.StartsWith(new byte[] { 0xFF, 0xFE }))
            {
                return Text(new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2), null);
            }

            if (span.StartsWith(new byte[] { 0xFE, 0xFF }))
            {
                return Text(new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2), null);
            }
        }
        catch (DecoderFallbackException)
        {
            return new DecodedCsv(null, "The file says it is Unicode text but contains bytes that are not valid in that encoding. " + saveAs, null);
        }

        if (span.Contains((byte)0))
        {
            return new DecodedCsv(null, "The selected file is not a text file (it contains binary data). " + saveAs, null);
        }

        try
        {
            return Text(StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
            return Text(windows1252.GetString(bytes),
                "The file is not UTF-8, so it was read as Windows-1252 (Western European), the encoding of Excel's plain \"CSV\" format. " +
                "Check that names with accents or symbols look right below; if not, save the file as \"CSV UTF-8\" and upload it again.");
        }

        static DecodedCsv Text(string text, string? note) =>
            text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'))
                ? new DecodedCsv(null, "The selected file contains control characters, so it is not a CSV text file. " + saveAs, null)
                : new DecodedCsv(text, null, note);
    }

    public static ImportPreview Parse(string text, ImportContext context)
    {
        var fileErrors = new List<string>();
        var notes = new List<string>();
        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { TrimWhitespace = true, TrackLineNumbers = true });
        reader.ReadHeader();
        if (reader.Headers.Count == 0 || reader.Headers.All(string.IsNullOrWhiteSpace))
        {
            return new ImportPreview(["The file is empty: its first row must name the columns, " + string.Join(", ", Columns)], notes, []);
        }

        // Header names match ignoring case, spaces and punctuation ("ODS code" is OdsCode).
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.Headers.Count; i++)
        {
            var header = reader.Headers[i] ?? "";
            var column = Columns.FirstOrDefault(c => Comparable(c) == Comparable(header));
            if (column is null)
            {
                notes.Add($"The column \"{header}\" is not one McnHub knows, so it is ignored.");
            }
            else if (!index.TryAdd(column, i))
            {
                fileErrors.Add($"The column {column} appears more than once in the first row: keep only one.");
            }
        }

        var missing = RequiredColumns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            fileErrors.Add($"The file is missing the required {(missing.Count == 1 ? "column" : "columns")} {string.Join(", ", missing)}. " +
                           $"Its first row must name the columns; they can be {string.Join(", ", Columns)}.");
            return new ImportPreview(fileErrors, notes, []);
        }

        var raw = new List<(int Line, OrganisationFields Fields, string? Areas, List<string> Problems)>();
        while (reader.Read())
        {
            if (raw.Count == MaxRows)
            {
                fileErrors.Add($"The file has more than {MaxRows} rows: split it into smaller files.");
                break;
            }

            string? Get(string column) => index.TryGetValue(column, out var i) && i < reader.FieldCount ? reader.GetString(i) : null;
            var problems = new List<string>();
            foreach (var column in index.Keys.Where(c => OrganisationRules.LooksLikeFormula(Get(c))))
            {
                var value = Get(column)!;
                problems.Add($"{column}: \"{Shorten(value)}\" starts with \"{Visible(value[0])}\", so a spreadsheet could run it as a formula. Remove that character (rows like this are never imported).");
            }

            var fields = new OrganisationFields
            {
                Name = Get(nameof(OrganisationFields.Name)),
                OdsCode = Get(nameof(OrganisationFields.OdsCode)),
                Type = Get(nameof(OrganisationFields.Type)),
                Sector = Get(nameof(OrganisationFields.Sector)),
                AddressLine1 = Get(nameof(OrganisationFields.AddressLine1)),
                AddressLine2 = Get(nameof(OrganisationFields.AddressLine2)),
                Town = Get(nameof(OrganisationFields.Town)),
                Postcode = Get(nameof(OrganisationFields.Postcode)),
                Website = Get(nameof(OrganisationFields.Website)),
                Phone = Get(nameof(OrganisationFields.Phone)),
                Email = Get(nameof(OrganisationFields.Email)),
                Status = Get(nameof(OrganisationFields.Status)),
            };
            raw.Add(((int)reader.LineNumber, fields, Get(AreasColumn), problems));
        }

        if (raw.Count == 0 && fileErrors.Count == 0)
        {
            fileErrors.Add("The file has no organisations: add one row per organisation under the first row of column names.");
        }

        var linesByName = Lines(raw.Select(r => (r.Line, Key: r.Fields.Name?.Trim().ToLowerInvariant())));
        var linesByOds = Lines(raw.Select(r => (r.Line, Key: OrganisationRules.NormaliseOdsCode(r.Fields.OdsCode))));
        var rows = raw.Select(r => Check(r.Line, r.Fields, r.Areas, r.Problems, context, linesByName, linesByOds)).ToList();
        return new ImportPreview(fileErrors, notes, rows);
    }

    private static ImportRow Check(int line, OrganisationFields fields, string? areasText, List<string> problems, ImportContext context,
        Dictionary<string, List<int>> linesByName, Dictionary<string, List<int>> linesByOds)
    {
        var fieldProblems = new List<FieldProblem>();
        var values = OrganisationValidation.Check(fields, context.Today, fieldProblems, membershipDates: false);
        problems.AddRange(fieldProblems.Select(p => $"{p.Field}: {p.Message}"));

        var areaIds = new List<int>();
        foreach (var name in (areasText ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (context.AreaIdsByName.TryGetValue(name, out var id))
            {
                areaIds.Add(id);
            }
            else
            {
                problems.Add($"{AreasColumn}: \"{Shorten(name)}\" is not an area of the network. Use the names {string.Join(", ", context.AreaIdsByName.Keys.Order())}, separated by ;");
            }
        }

        var nameKey = fields.Name?.Trim().ToLowerInvariant();
        if (nameKey is { Length: > 0 })
        {
            if (linesByName[nameKey].Count > 1)
            {
                problems.Add($"Name: \"{fields.Name!.Trim()}\" is in this file more than once (lines {string.Join(" and ", linesByName[nameKey])})");
            }

            if (context.NamesByLowerName.TryGetValue(nameKey, out var existing))
            {
                problems.Add($"Name: an organisation called \"{existing}\" already exists. Import adds new organisations only; edit existing ones instead.");
            }
        }

        if (OrganisationRules.NormaliseOdsCode(fields.OdsCode) is { } ods)
        {
            if (linesByOds[ods].Count > 1)
            {
                problems.Add($"OdsCode: {ods} is in this file more than once (lines {string.Join(" and ", linesByOds[ods])})");
            }

            if (context.NamesByOdsCode.TryGetValue(ods, out var owner))
            {
                problems.Add($"OdsCode: {ods} is already used by {owner}");
            }
        }

        return new ImportRow(line, fields, areasText, problems, problems.Count == 0 ? values : null, areaIds.Distinct().ToList());
    }

    private static Dictionary<string, List<int>> Lines(IEnumerable<(int Line, string? Key)> keys) =>
        keys.Where(k => !string.IsNullOrEmpty(k.Key)).GroupBy(k => k.Key!).ToDictionary(g => g.Key, g => g.Select(k => k.Line).ToList());

    private static string Comparable(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static string Visible(char c) => c switch { '\t' => "a tab", '\r' => "a carriage return", _ => c.ToString() };
}
