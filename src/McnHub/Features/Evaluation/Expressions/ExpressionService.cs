using System.Globalization;
using System.Text.RegularExpressions;
using NCalc;
using NCalc.Exceptions;

namespace McnHub.Features.Evaluation;

/// <summary>A reference to a data element (its total) or to one of its category options: <c>[CODE]</c> or <c>[CODE.OPTION]</c>.</summary>
public sealed record ExpressionReference(string ElementCode, string? OptionCode)
{
    public string Key => OptionCode is null ? ElementCode : $"{ElementCode}.{OptionCode}";

    public static ExpressionReference FromKey(string key)
    {
        var upper = key.Trim().ToUpperInvariant();
        var dot = upper.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? new(upper, null) : new(upper[..dot], upper[(dot + 1)..]);
    }
}

/// <summary>What is wrong with an expression, and where: <see cref="Position"/> is the 1-based character position.</summary>
public sealed record ExpressionError(string Message, int Position)
{
    public override string ToString() => $"{Message} (at character {Position})";
}

public sealed record ExpressionCheck(string Text, IReadOnlyList<ExpressionReference> References, ExpressionError? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Expressions over data element codes for indicators and validation rules, parsed and evaluated by NCalc (a
/// maintained expression library; never our own eval). <c>[CODE]</c> is an element's total, <c>[CODE.OPTION]</c>
/// one disaggregation; <c>#{CODE}</c> (DHIS2 style) is accepted too. A few arithmetic functions are allowed.
/// Evaluation never throws: a missing value, a division by zero or anything not a finite number is "no data" (null).
/// </summary>
public sealed partial class ExpressionService
{
    /// <summary>Functions an expression may call (NCalc built-ins with an obvious meaning for aggregate data).</summary>
    public static readonly IReadOnlySet<string> AllowedFunctions =
        new HashSet<string>(["Abs", "Min", "Max", "Round", "Floor", "Ceiling", "Sqrt", "Pow", "if"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses the expression and checks every reference against <paramref name="known"/> (keys "CODE" and "CODE.OPTION").</summary>
    public ExpressionCheck Check(string? text, IReadOnlySet<string> known)
    {
        var source = text ?? "";
        if (string.IsNullOrWhiteSpace(source))
        {
            return new(source, [], new ExpressionError("Enter an expression", 1));
        }

        var expression = new Expression(Normalise(source));
        List<string> parameters;
        List<string> functions;
        try
        {
            if (expression.HasErrors())
            {
                return new(source, [], ParseError(expression.Error, source));
            }

            parameters = expression.GetParameterNames();
            functions = expression.GetFunctionNames();
        }
        catch (NCalcException e)
        {
            return new(source, [], ParseError(e, source));
        }

        foreach (var function in functions)
        {
            if (!AllowedFunctions.Contains(function))
            {
                return new(source, [], new ExpressionError($"Unknown function '{function}'", PositionOf(source, function, 0)));
            }
        }

        var references = parameters.Select(ExpressionReference.FromKey).DistinctBy(r => r.Key).ToList();
        foreach (var reference in references)
        {
            if (!known.Contains(reference.Key))
            {
                var what = reference.OptionCode is null
                    ? $"Unknown data element code '{reference.ElementCode}'"
                    : known.Contains(reference.ElementCode)
                        ? $"'{reference.ElementCode}' has no category option '{reference.OptionCode}'"
                        : $"Unknown data element code '{reference.ElementCode}'";
                return new(source, references, new ExpressionError(what, PositionOfReference(source, reference)));
            }
        }

        return new(source, references, null);
    }

    /// <summary>The codes an expression references, or none when it does not parse.</summary>
    public IReadOnlyList<ExpressionReference> References(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        try
        {
            var expression = new Expression(Normalise(text));
            return expression.HasErrors() ? [] : expression.GetParameterNames().Select(ExpressionReference.FromKey).DistinctBy(r => r.Key).ToList();
        }
        catch (NCalcException)
        {
            return [];
        }
    }

    /// <summary>
    /// Evaluates against values keyed "CODE" (an element's total) and "CODE.OPTION"; a reference with no value, a
    /// division by zero, a malformed expression or a non-numeric result gives null ("no data").
    /// </summary>
    public double? Evaluate(string? text, IReadOnlyDictionary<string, double?> values)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var expression = new Expression(Normalise(text));
            if (expression.HasErrors())
            {
                return null;
            }

            foreach (var name in expression.GetParameterNames())
            {
                var key = ExpressionReference.FromKey(name).Key;
                if (!values.TryGetValue(key, out var value) || value is not double number)
                {
                    return null;
                }

                expression.Parameters[name] = number;
            }

            return ToNumber(expression.Evaluate());
        }
        catch (Exception e) when (e is NCalcException or ArithmeticException or ArgumentException or InvalidCastException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// For expressions that may reference each other by code (e.g. an indicator built on another): the first cycle
    /// found, as the chain of codes from a code back to itself, or null when there is none.
    /// </summary>
    public static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, IReadOnlyCollection<string>> dependsOn)
    {
        var state = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // 1 = on the path, 2 = done
        var path = new List<string>();

        List<string>? Visit(string code)
        {
            if (state.TryGetValue(code, out var s))
            {
                return s == 1 ? [.. path.Skip(path.FindIndex(p => string.Equals(p, code, StringComparison.OrdinalIgnoreCase))), code] : null;
            }

            state[code] = 1;
            path.Add(code);
            if (dependsOn.TryGetValue(code, out var next))
            {
                foreach (var n in next)
                {
                    if (dependsOn.ContainsKey(n) && Visit(n) is { } cycle)
                    {
                        return cycle;
                    }
                }
            }

            path.RemoveAt(path.Count - 1);
            state[code] = 2;
            return null;
        }

        foreach (var code in dependsOn.Keys)
        {
            if (Visit(code) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    /// <summary><c>#{CODE}</c> becomes <c> [CODE]</c>: same length, so positions stay true to what the user typed.</summary>
    private static string Normalise(string text) => HashBraces().Replace(text, m => $" [{m.Groups[1].Value}]");

    private static double? ToNumber(object? result)
    {
        double? number = result switch
        {
            null => null,
            bool b => b ? 1 : 0,
            string => null,
            IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
            _ => null,
        };
        return number is double d && double.IsFinite(d) ? d : null;
    }

    private static ExpressionError ParseError(Exception? error, string source)
    {
        if (UnmatchedBracket(source) is { } bracket)
        {
            return new ExpressionError(bracket.Message, bracket.Position);
        }

        // NCalc (Parlot) reports "(line:column)" in an inner exception; an operator sequence it reports without one.
        for (var e = error; e is not null; e = e.InnerException)
        {
            var match = PositionInMessage().Match(e.Message);
            if (match.Success)
            {
                var position = Math.Clamp(int.Parse(match.Groups["col"].Value, CultureInfo.InvariantCulture), 1, Math.Max(source.Length, 1));
                return Describe(source, position);
            }
        }

        var doubled = DoubledOperator().Match(source);
        return doubled.Success
            ? new ExpressionError($"'{doubled.Groups["op"].Value}' follows another operator", doubled.Groups["op"].Index + 1)
            : new ExpressionError("The expression cannot be read", 1);
    }

    private static ExpressionError Describe(string source, int position)
    {
        var c = source[position - 1];
        if ("+-*/%<>=!&|".Contains(c, StringComparison.Ordinal) && string.IsNullOrWhiteSpace(source[position..].TrimStart("+-*/%<>=!&|".ToCharArray())))
        {
            return new ExpressionError($"'{c}' has nothing after it", position);
        }

        if ("+-*/%<>=!&|".Contains(c, StringComparison.Ordinal))
        {
            return new ExpressionError($"What follows '{c}' cannot be read", position);
        }

        var snippet = source.Substring(position - 1, Math.Min(12, source.Length - position + 1));
        return new ExpressionError($"Cannot read the expression from '{snippet}'", position);
    }

    /// <summary>Unbalanced brackets are the commonest slip; point at the one left open or the one too many.</summary>
    private static (string Message, int Position)? UnmatchedBracket(string source)
    {
        var open = new Stack<(char, int)>();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c is '(' or '[' or '{')
            {
                open.Push((c, i));
            }
            else if (c is ')' or ']' or '}')
            {
                var expected = c switch { ')' => '(', ']' => '[', _ => '{' };
                if (open.Count == 0 || open.Peek().Item1 != expected)
                {
                    return ($"'{c}' has no matching opening bracket", i + 1);
                }

                open.Pop();
            }
        }

        return open.Count > 0 ? ($"'{open.Peek().Item1}' is never closed", open.Peek().Item2 + 1) : null;
    }

    private static int PositionOfReference(string source, ExpressionReference reference)
    {
        foreach (var form in new[] { $"[{reference.Key}]", $"#{{{reference.Key}}}", $"{{{reference.Key}}}" })
        {
            var i = source.IndexOf(form, StringComparison.OrdinalIgnoreCase);
            if (i >= 0)
            {
                return i + 2;
            }
        }

        return PositionOf(source, reference.Key, 0);
    }

    private static int PositionOf(string source, string word, int fallback)
    {
        var match = Regex.Match(source, $@"(?<![A-Za-z0-9_]){Regex.Escape(word)}(?![A-Za-z0-9_])", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return match.Success ? match.Index + 1 : fallback + 1;
    }

    [GeneratedRegex(@"#\{([^}]*)\}")]
    private static partial Regex HashBraces();

    [GeneratedRegex(@"\(\d+:(?<col>\d+)\)")]
    private static partial Regex PositionInMessage();

    [GeneratedRegex(@"[-+*/%^]\s*(?<op>[*/%^])")]
    private static partial Regex DoubledOperator();
}
