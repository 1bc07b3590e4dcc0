namespace McnHub.Features.Evaluation;

/// <summary>A problem with a return, against the form key of a value or comment ("" for the return as a whole).</summary>
public sealed record EntryProblem(string Key, string Message);

/// <summary>
/// Reads a return's typed values and comments, checks them for saving (every value readable) or for submission
/// (compulsory values present; rules: errors block, warnings need a comment on a value involved; with
/// <see cref="Dataset.RequireValidationPass"/> warnings block too), and applies them to the tracked return.
/// </summary>
public sealed class ReturnEntry(ReturnLayout layout, IReadOnlyDictionary<string, string?> typed, IReadOnlyDictionary<string, string?> comments)
{
    private Dictionary<string, ParsedValue>? parsed;

    public IReadOnlyDictionary<string, ParsedValue> Parsed => parsed ??= layout.Cells.ToDictionary(c => c.Key, c => ValueParser.Parse(c.Element, Typed(c.Key)));

    public IReadOnlyList<RuleOutcome> Outcomes { get; private set; } = [];

    public string? Typed(string key) => typed.TryGetValue(key, out var v) ? v : null;

    public string? Comment(string key) => comments.TryGetValue(key, out var c) && !string.IsNullOrWhiteSpace(c) ? c.Trim() : null;

    public List<EntryProblem> CheckForSaving()
    {
        var problems = layout.Cells.Where(c => Parsed[c.Key].Error is not null).Select(c => new EntryProblem(c.Key, Parsed[c.Key].Error!)).ToList();
        foreach (var element in layout.Elements)
        {
            if (Comment(element.CommentKey) is { Length: > EvaluationLimits.Comment })
            {
                problems.Add(new EntryProblem("c" + element.CommentKey, $"The comment on {element.Element.Name} must be {EvaluationLimits.Comment} characters or fewer"));
            }
        }

        return problems;
    }

    public List<EntryProblem> CheckForSubmission(ExpressionService expressions)
    {
        var problems = CheckForSaving();
        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var element in layout.Elements.Where(e => e.Compulsory))
        {
            foreach (var cell in element.Cells.Where(c => Parsed[c.Key].IsEmpty))
            {
                problems.Add(new EntryProblem(cell.Key, $"Enter {cell.Label.ToLowerInvariant()} (enter 0 if there were none)"));
            }
        }

        var numbers = Parsed.ToDictionary(p => p.Key, p => p.Value.Numeric);
        Outcomes = ReturnChecks.Run(layout, numbers, expressions);
        foreach (var outcome in Outcomes.Where(o => o.Failed))
        {
            var involved = outcome.InvolvedCodes.Select(layout.ElementByCode).OfType<LayoutElement>().ToList();
            var first = involved.FirstOrDefault();
            var key = first?.Cells[0].Key ?? "";
            if (outcome.Rule.Importance == RuleImportance.Error || layout.Dataset.RequireValidationPass)
            {
                problems.Add(new EntryProblem(key, outcome.Rule.Message));
            }
            else if (!involved.Any(e => Comment(e.CommentKey) is not null))
            {
                problems.Add(new EntryProblem(first is null ? "" : "c" + first.CommentKey,
                    $"{outcome.Rule.Message} Explain in a comment on {string.Join(" or ", involved.Select(e => e.Element.Name.ToLowerInvariant()))}."));
            }
        }

        return problems;
    }

    /// <summary>Brings the return's values in line with the form; a zero that is not significant is not stored.</summary>
    public void ApplyTo(DataReturn r)
    {
        var existing = r.Values.ToDictionary(v => (v.DataElementId, v.CategoryOptionId));
        foreach (var element in layout.Elements)
        {
            var comment = Comment(element.CommentKey);
            for (var i = 0; i < element.Cells.Count; i++)
            {
                var cell = element.Cells[i];
                var value = Parsed[cell.Key];
                var store = !value.IsEmpty && value.Error is null && (element.Element.ZeroIsSignificant || value.Numeric != 0);
                var cellComment = i == 0 ? comment : null;
                existing.TryGetValue((element.Element.Id, cell.Option?.Id), out var row);
                if (!store && cellComment is null)
                {
                    if (row is not null)
                    {
                        r.Values.Remove(row);
                    }

                    continue;
                }

                if (row is null)
                {
                    row = new DataValue { DataElementId = element.Element.Id, CategoryOptionId = cell.Option?.Id, OrganisationId = r.OrganisationId, PeriodStart = r.PeriodStart };
                    r.Values.Add(row);
                }

                row.Value = store ? value.Value! : "";
                row.Numeric = store ? value.Numeric : null;
                row.Comment = cellComment;
            }
        }
    }

    /// <summary>The form's starting values from a saved return: what was stored, as stored.</summary>
    public static (Dictionary<string, string?> Values, Dictionary<string, string?> Comments) FromReturn(ReturnLayout layout, DataReturn? r)
    {
        var values = new Dictionary<string, string?>();
        var comments = new Dictionary<string, string?>();
        if (r is null)
        {
            return (values, comments);
        }

        var byCell = r.Values.ToDictionary(v => (v.DataElementId, v.CategoryOptionId));
        foreach (var element in layout.Elements)
        {
            foreach (var cell in element.Cells)
            {
                if (byCell.TryGetValue((element.Element.Id, cell.Option?.Id), out var v))
                {
                    values[cell.Key] = v.Value.Length == 0 ? null : v.Value;
                    if (v.Comment is not null)
                    {
                        comments[element.CommentKey] = v.Comment;
                    }
                }
            }
        }

        return (values, comments);
    }
}
