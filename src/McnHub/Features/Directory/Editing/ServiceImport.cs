using System.ComponentModel.DataAnnotations;
using System.Text;
using CsvHelper;
using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.Editing;

/// <summary>One data row of an import file: what it would create, or every problem found in it.</summary>
public sealed record ImportRow(int Row, string Organisation, string Name, IReadOnlyList<string> Problems, Service? Service)
{
    public bool IsValid => Problems.Count == 0 && Service is not null;
}

/// <summary>What an import file would do; nothing is saved until the co-ordinator confirms.</summary>
public sealed record ImportPreview(IReadOnlyList<string> FileProblems, IReadOnlyList<ImportRow> Rows)
{
    public IEnumerable<ImportRow> ValidRows => FileProblems.Count == 0 ? Rows.Where(r => r.IsValid) : [];

    public int InvalidCount => Rows.Count(r => !r.IsValid);
}

/// <summary>
/// Reads a services CSV (CsvHelper) and checks every row against the rules and the database: unknown
/// organisations, types and areas, bad ages, duplicates in the file or already in the directory, missing
/// columns, text that is not UTF-8, and cells a spreadsheet would run as formulas.
/// </summary>
public static class ServiceImport
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    public static readonly string[] Columns =
        ["OrganisationOdsOrName", "Name", "Description", "Types", "MinimumAge", "MaximumAge", "Areas", "Is24x7", "Phone", "Email", "Website", "Status"];

    private static readonly string[] Yes = ["yes", "y", "true", "1"];
    private static readonly string[] No = ["no", "n", "false", "0", ""];

    public static byte[] Template() => Encoding.UTF8.GetBytes(string.Join(",", Columns) + "\r\n");

    public static async Task<ImportPreview> PreviewAsync(AppDbContext db, byte[] bytes, string importedBy, DateTime now, CancellationToken ct)
    {
        if (Decode(bytes) is not { } text)
        {
            return new ImportPreview(["The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 (Comma delimited)\" and upload it again."], []);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new ImportPreview(["The file is empty."], []);
        }

        var malformed = new Dictionary<long, string>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrimWhitespace = true,
            OnMalformedRecord = m => malformed.TryAdd(m.RecordNumber - 1, "the quotes in this row do not match up"),
        };
        using var reader = CsvReader.FromText(text, options);
        var headers = reader.Headers.Select(h => h.Trim()).ToList();
        var missing = Columns.Where(c => !headers.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return new ImportPreview([$"The file has no column {string.Join(", ", missing)}. The first row must name the columns: {string.Join(", ", Columns)}."], []);
        }

        var index = Columns.ToDictionary(c => c, c => headers.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase)));
        var lookups = await Lookups.LoadAsync(db, ct);
        var seen = new Dictionary<(int, string), int>();
        var rows = new List<ImportRow>();
        while (reader.Read())
        {
            if (rows.Count == MaxRows)
            {
                return new ImportPreview([$"The file has more than {MaxRows} rows: split it into smaller files."], rows);
            }

            var rowNumber = (int)reader.RowNumber + 1;
            var cells = Columns.ToDictionary(c => c, c => index[c] < reader.FieldCount ? reader.GetString(index[c]).Trim() : "");
            var problems = new List<string>();
            if (malformed.TryGetValue(reader.RowNumber, out var quoting))
            {
                problems.Add(quoting);
            }

            if (reader.FieldCount != headers.Count)
            {
                problems.Add($"this row has {reader.FieldCount} cells but the header has {headers.Count}");
            }

            var service = Check(cells, lookups, problems, seen, rowNumber);
            if (service is not null)
            {
                service.CreatedAt = service.UpdatedAt = now;
                service.LastVerifiedOn = DateOnly.FromDateTime(now);
                service.LastVerifiedBy = importedBy;
            }

            rows.Add(new ImportRow(rowNumber, cells["OrganisationOdsOrName"], cells["Name"], problems, problems.Count == 0 ? service : null));
        }

        return new ImportPreview(rows.Count == 0 ? ["The file has a header row but no services."] : [], rows);
    }

    private static Service? Check(Dictionary<string, string> cells, Lookups lookups, List<string> problems, Dictionary<(int, string), int> seen, int rowNumber)
    {
        foreach (var (column, value) in cells)
        {
            var formula = column == "Phone" ? ServiceRules.LooksLikeFormulaPhone(value) : column is not ("MinimumAge" or "MaximumAge") && ServiceRules.LooksLikeFormula(value);
            if (formula)
            {
                problems.Add($"{column} starts with \"{value[0]}\": cells that a spreadsheet would run as a formula are not accepted");
            }
        }

        var organisation = lookups.Organisation(cells["OrganisationOdsOrName"]);
        if (cells["OrganisationOdsOrName"].Length == 0)
        {
            problems.Add("OrganisationOdsOrName is empty: give the organisation's ODS code or name");
        }
        else if (organisation is null)
        {
            problems.Add($"unknown organisation \"{cells["OrganisationOdsOrName"]}\": use its ODS code or its name as in the directory");
        }

        var name = cells["Name"];
        Required(problems, "Name", name, ServiceRules.NameMaxLength);
        Required(problems, "Description", cells["Description"], ServiceRules.DescriptionMaxLength);

        var types = Split(cells["Types"]).Select(t => (Text: t, Term: lookups.Term(t))).ToList();
        if (types.Count == 0)
        {
            problems.Add("Types is empty: give at least one service type code or label, separated by ;");
        }

        problems.AddRange(types.Where(t => t.Term is null).Select(t => $"unknown service type \"{t.Text}\""));
        var areas = Split(cells["Areas"]).Select(a => (Text: a, Area: lookups.Area(a))).ToList();
        problems.AddRange(areas.Where(a => a.Area is null).Select(a => $"unknown area \"{a.Text}\""));

        var minError = ServiceRules.ParseAge("MinimumAge", cells["MinimumAge"], out var min);
        var maxError = ServiceRules.ParseAge("MaximumAge", cells["MaximumAge"], out var max);
        problems.AddRange(new[] { minError, maxError, ServiceRules.AgeRangeError(min, max) }.OfType<string>());

        var is24x7 = cells["Is24x7"].ToLowerInvariant();
        if (!Yes.Contains(is24x7) && !No.Contains(is24x7))
        {
            problems.Add($"Is24x7 must be yes or no, not \"{cells["Is24x7"]}\"");
        }

        if (cells["Phone"].Length > 40)
        {
            problems.Add("Phone must be 40 characters or fewer");
        }

        if (cells["Email"].Length > 0 && (cells["Email"].Length > 256 || !new EmailAddressAttribute().IsValid(cells["Email"])))
        {
            problems.Add($"Email \"{cells["Email"]}\" is not an email address");
        }

        if (cells["Website"].Length > 0 && (cells["Website"].Length > 300 || !ServiceRules.IsWebsite(cells["Website"])))
        {
            problems.Add($"Website \"{cells["Website"]}\" must start https:// or http://");
        }

        var status = ServiceStatus.Active;
        if (cells["Status"].Length > 0 && !ServiceRules.TryParseStatus(cells["Status"], out status))
        {
            problems.Add($"Status must be Active, Temporarily closed or Defunct, not \"{cells["Status"]}\"");
        }

        if (organisation is not null && name.Length > 0)
        {
            var key = (organisation.Id, name.ToLowerInvariant());
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add($"duplicate of row {first}: the same organisation and name appear twice in the file");
            }
            else
            {
                seen[key] = rowNumber;
            }

            if (lookups.Exists(organisation.Id, name))
            {
                problems.Add($"{organisation.Name} already has a service called \"{name}\" in the directory");
            }
        }

        if (problems.Count > 0 || organisation is null)
        {
            return null;
        }

        return new Service
        {
            OrganisationId = organisation.Id,
            Name = name,
            Description = cells["Description"],
            MinimumAge = min,
            MaximumAge = max,
            Is24x7 = Yes.Contains(is24x7),
            Phone = ServiceForm.Clean(cells["Phone"]),
            Email = ServiceForm.Clean(cells["Email"]),
            Website = ServiceForm.Clean(cells["Website"]),
            Status = status,
            Types = types.Select(t => t.Term!.Id).Distinct().Select(id => new ServiceType { TaxonomyTermId = id }).ToList(),
            Areas = areas.Select(a => a.Area!.Id).Distinct().Select(id => new ServiceArea { AreaId = id }).ToList(),
        };
    }

    private static void Required(List<string> problems, string column, string value, int max)
    {
        if (value.Length == 0)
        {
            problems.Add($"{column} is empty");
        }
        else if (value.Length > max)
        {
            problems.Add($"{column} is {value.Length} characters long: the most is {max:N0}");
        }
    }

    private static IEnumerable<string> Split(string cell) =>
        cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Strict UTF-8 (a byte order mark is allowed); null for anything else, or for binary files.</summary>
    private static string? Decode(byte[] bytes)
    {
        var preamble = Encoding.UTF8.GetPreamble();
        var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
            return text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Everything a row is checked against, loaded once per file.</summary>
    private sealed class Lookups
    {
        private readonly List<Organisation> _organisations;
        private readonly List<TaxonomyTerm> _terms;
        private readonly List<Area> _areas;
        private readonly HashSet<(int, string)> _existing;

        private Lookups(List<Organisation> organisations, List<TaxonomyTerm> terms, List<Area> areas, HashSet<(int, string)> existing) =>
            (_organisations, _terms, _areas, _existing) = (organisations, terms, areas, existing);

        public static async Task<Lookups> LoadAsync(AppDbContext db, CancellationToken ct)
        {
            var existing = await db.Set<Service>().Select(s => new { s.OrganisationId, s.Name }).ToListAsync(ct);
            return new Lookups(
                await db.Set<Organisation>().AsNoTracking().ToListAsync(ct),
                await db.Set<TaxonomyTerm>().AsNoTracking().ToListAsync(ct),
                await db.Set<Area>().AsNoTracking().ToListAsync(ct),
                existing.Select(s => (s.OrganisationId, s.Name.ToLowerInvariant())).ToHashSet());
        }

        public Organisation? Organisation(string text) =>
            _organisations.FirstOrDefault(o => string.Equals(o.OdsCode, text, StringComparison.OrdinalIgnoreCase))
            ?? _organisations.FirstOrDefault(o => string.Equals(o.Name, text, StringComparison.OrdinalIgnoreCase));

        public TaxonomyTerm? Term(string text) =>
            _terms.FirstOrDefault(t => string.Equals(t.Code, text, StringComparison.OrdinalIgnoreCase))
            ?? _terms.FirstOrDefault(t => string.Equals(t.Label, text, StringComparison.OrdinalIgnoreCase));

        public Area? Area(string text) =>
            _areas.FirstOrDefault(a => string.Equals(a.Name, text, StringComparison.OrdinalIgnoreCase))
            ?? _areas.FirstOrDefault(a => string.Equals(a.Code, text, StringComparison.OrdinalIgnoreCase));

        public bool Exists(int organisationId, string name) => _existing.Contains((organisationId, name.ToLowerInvariant()));
    }
}
