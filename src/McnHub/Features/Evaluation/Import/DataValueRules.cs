using System.Security.Claims;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation;

/// <summary>
/// One value to import as it arrived (a file row or an item of a JSON array), all text. <see cref="Row"/> is the
/// file's line number (the header is line 1) or the JSON array's index.
/// </summary>
public sealed record ValueInput(int Row, string Dataset, string Organisation, string Period, string Element, string Option, string Value, string Comment);

/// <summary>What is wrong with a value, and which field: dataset, organisation, period, element, option, value, comment or row.</summary>
public sealed record ValueProblem(string Field, string Message);

/// <summary>A value checked against the rules: what it refers to (when known) and every problem found.</summary>
public sealed record CheckedValue(ValueInput Input, ReturnLayout? Layout, int? OrganisationId, string? OrganisationName, Period? Period, ReturnCell? Cell, ParsedValue Parsed, IReadOnlyList<ValueProblem> Problems)
{
    /// <summary>An empty value is skipped, as the template lists every value to fill in.</summary>
    public bool IsEmpty => Input.Value.Length == 0;

    /// <summary>The value names an organisation the caller does not submit data for (refused and audited).</summary>
    public bool OutOfScope { get; init; }
}

/// <summary>
/// The rules every imported value must pass, shared by the upload page and the API so they refuse the same things
/// with the same words: organisation known, assigned the dataset and yours; period of the dataset's kind, not in
/// the future, its return not submitted or approved, late entry still open; element in the dataset; option of
/// its disaggregation; value read as the entry form reads it; comment length; no value given twice.
/// </summary>
public sealed class DataValueRules
{
    private readonly Dictionary<int, string> organisations;
    private readonly HashSet<(int Dataset, int Organisation)> assigned;
    private readonly Dictionary<(int Dataset, int Organisation, Period Period), ReturnStatus> statuses;
    private readonly HashSet<string> elementCodes;

    private DataValueRules(Dictionary<int, string> organisations, HashSet<(int, int)> assigned, Dictionary<(int, int, Period), ReturnStatus> statuses, HashSet<string> elementCodes)
    {
        this.organisations = organisations;
        this.assigned = assigned;
        this.statuses = statuses;
        this.elementCodes = elementCodes;
    }

    /// <summary>Loads what the checks need for these datasets, limited to the organisations the values name.</summary>
    public static async Task<DataValueRules> LoadAsync(AppDbContext db, IReadOnlyCollection<ReturnLayout> layouts, IEnumerable<ValueInput> inputs, CancellationToken ct)
    {
        var datasetIds = layouts.Select(l => l.Dataset.Id).Distinct().ToList();
        var named = inputs.Select(i => int.TryParse(i.Organisation, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();
        var organisations = await db.Set<Organisation>().AsNoTracking().Where(o => named.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var assigned = (await db.Set<DatasetAssignment>().AsNoTracking().Where(a => datasetIds.Contains(a.DatasetId) && named.Contains(a.OrganisationId))
            .Select(a => new { a.DatasetId, a.OrganisationId }).ToListAsync(ct)).Select(a => (a.DatasetId, a.OrganisationId)).ToHashSet();
        var statuses = (await db.Set<DataReturn>().AsNoTracking().Where(r => datasetIds.Contains(r.DatasetId) && named.Contains(r.OrganisationId))
                .Select(r => new { r.DatasetId, r.OrganisationId, r.Period, r.Status }).ToListAsync(ct))
            .ToDictionary(r => (r.DatasetId, r.OrganisationId, r.Period), r => r.Status);
        var codes = (await db.Set<DataElement>().AsNoTracking().Select(e => e.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new DataValueRules(organisations, assigned, statuses, codes);
    }

    /// <summary>Checks every value; <paramref name="layoutFor"/> finds the dataset a value belongs to (null: unknown).</summary>
    public IReadOnlyList<CheckedValue> Check(IReadOnlyList<ValueInput> inputs, Func<ValueInput, ReturnLayout?> layoutFor, ClaimsPrincipal user, DateOnly today, string rowWord = "row")
    {
        var coordinator = ReturnAccess.IsCoordinator(user);
        var seen = new Dictionary<(int, int, Period, string), int>();
        var result = new List<CheckedValue>(inputs.Count);
        foreach (var input in inputs)
        {
            var problems = new List<ValueProblem>();
            void Problem(string field, string message) => problems.Add(new ValueProblem(field, message));
            var layout = layoutFor(input);
            if (layout is null)
            {
                Problem("dataset", input.Dataset.Length == 0 ? "the dataset code is missing" : $"unknown dataset code \"{input.Dataset}\"");
            }

            var outOfScope = false;
            int? org = int.TryParse(input.Organisation, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && organisations.ContainsKey(id) ? id : null;
            if (org is null)
            {
                Problem("organisation", $"unknown organisation id \"{input.Organisation}\"");
            }
            else if (layout is not null && !assigned.Contains((layout.Dataset.Id, org.Value)))
            {
                Problem("organisation", $"{organisations[org.Value]} is not assigned this dataset");
            }
            else if (!ReturnAccess.MayEnter(user, org.Value))
            {
                Problem("organisation", $"you do not submit data for {organisations[org.Value]}");
                outOfScope = true;
            }

            var period = layout is null ? null : CheckPeriod(input, layout, org, coordinator, today, Problem);
            var cell = layout is null ? null : CheckCell(input, layout, Problem);
            var parsed = cell is null ? ParsedValue.Empty : ValueParser.Parse(cell.Element, input.Value);
            if (parsed.Error is { } error)
            {
                Problem("value", error);
            }

            if (input.Comment.Length > EvaluationLimits.Comment)
            {
                Problem("comment", $"the comment is longer than {EvaluationLimits.Comment} characters");
            }

            if (layout is not null && org is int o && period is Period p && cell is not null && input.Value.Length > 0)
            {
                if (seen.TryGetValue((layout.Dataset.Id, o, p, cell.Key), out var first))
                {
                    Problem("row", $"duplicates {rowWord} {first}");
                }
                else
                {
                    seen[(layout.Dataset.Id, o, p, cell.Key)] = input.Row;
                }
            }

            result.Add(new CheckedValue(input, layout, org, org is int n ? organisations[n] : null, period, cell, parsed, problems) { OutOfScope = outOfScope });
        }

        return result;
    }

    private Period? CheckPeriod(ValueInput input, ReturnLayout layout, int? org, bool coordinator, DateOnly today, Action<string, string> problem)
    {
        var type = layout.Dataset.PeriodType;
        if (!Period.TryParse(input.Period, out var p) || p.Type != type)
        {
            problem("period", $"\"{input.Period}\" is not a {type.ToString().ToLowerInvariant()} period (e.g. {Period.Containing(type, today).Previous.Id})");
            return null;
        }

        if (p.Start > today)
        {
            problem("period", $"{p.Name} is in the future");
            return null;
        }

        if (org is int o && statuses.TryGetValue((layout.Dataset.Id, o, p), out var status) && status is ReturnStatus.Submitted or ReturnStatus.Approved)
        {
            problem("period", $"the return for {p.Name} is {status.ToString().ToLowerInvariant()}: the co-ordinator must reopen it first");
        }
        else if (!coordinator && today > layout.Dataset.LastEntryDate(p))
        {
            problem("period", $"late entry for {p.Name} has closed");
        }

        return p;
    }

    private ReturnCell? CheckCell(ValueInput input, ReturnLayout layout, Action<string, string> problem)
    {
        var element = layout.ElementByCode(input.Element);
        if (element is null)
        {
            problem("element", elementCodes.Contains(input.Element)
                ? $"{input.Element} is not in the dataset {layout.Dataset.Code}"
                : $"unknown element code \"{input.Element}\" for this dataset");
            return null;
        }

        if (element.IsDisaggregated)
        {
            var cell = element.Cells.FirstOrDefault(c => string.Equals(c.Option!.Code, input.Option, StringComparison.OrdinalIgnoreCase));
            if (cell is null)
            {
                problem("option", $"{input.Element} is given by {element.Element.CategoryCombo!.Name.ToLowerInvariant()}: OptionCode must be one of {string.Join(", ", element.Cells.Select(c => c.Option!.Code))}");
            }

            return cell;
        }

        if (input.Option.Length > 0)
        {
            problem("option", $"{input.Element} has no options: leave OptionCode empty");
            return null;
        }

        return element.Cells[0];
    }
}
