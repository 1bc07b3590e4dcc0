using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;

namespace McnHub.Features.Interop.Fhir;

/// <summary>
/// A search parameter a resource supports. String parameters match from the start of the text, case-insensitively
/// (the R4 default), or anywhere with :contains, or exactly with :exact; other types take no modifiers.
/// </summary>
public sealed record FhirSearchParam(string Name, SearchParamType Type, string Documentation)
{
    public IReadOnlyList<string> Modifiers { get; } = Type == SearchParamType.String ? ["contains", "exact"] : [];
}

/// <summary>A token value: <c>code</c> (System null: any system), <c>system|code</c>, <c>|code</c> (System ""), <c>system|</c> (Code "").</summary>
public readonly record struct FhirToken(string? System, string Code)
{
    public bool Matches(string system, string code) =>
        (System is null || System == system) && (Code.Length == 0 || Code == code);
}

/// <summary>One parameter occurrence of a search. Repeated parameters are ANDed; comma-separated values are ORed.</summary>
public sealed class FhirCriterion(FhirSearchParam param, string? modifier, string value)
{
    public FhirSearchParam Param { get; } = param;

    public string? Modifier { get; } = modifier;

    /// <summary>The query string form, for the Bundle's links.</summary>
    public string Key => Modifier is null ? Param.Name : $"{Param.Name}:{Modifier}";

    public string RawValue { get; } = value;

    /// <summary>The values, split on unescaped commas and unescaped (\, \| \$ \\).</summary>
    public IReadOnlyList<string> Values => [.. Split(RawValue, ',').Select(Unescape)];

    public IReadOnlyList<FhirToken> Tokens() =>
    [
        .. Split(RawValue, ',').Select(v =>
        {
            var parts = Split(v, '|');
            return parts.Count switch
            {
                1 => new FhirToken(null, Unescape(parts[0])),
                2 => new FhirToken(Unescape(parts[0]), Unescape(parts[1])),
                _ => throw FhirException.BadRequest($"\"{v}\" is not a valid value for {Param.Name}: use code or system|code."),
            };
        }),
    ];

    public bool Boolean() => RawValue switch
    {
        "true" => true,
        "false" => false,
        _ => throw FhirException.BadRequest($"{Param.Name} must be true or false, not \"{RawValue}\"."),
    };

    /// <summary>The ids referred to: <c>Type/id</c>, a bare <c>id</c>, or an absolute URL ending in <c>Type/id</c>.</summary>
    public IReadOnlyList<string> References(string targetType) =>
    [
        .. Values.Select(v =>
        {
            var segments = v.Split('/');
            if (segments.Length == 1)
            {
                return v;
            }

            var (type, id) = (segments[^2], segments[^1]);
            if (type != targetType || id.Length == 0 || (segments.Length > 2 && !v.Contains("://", StringComparison.Ordinal)))
            {
                throw FhirException.BadRequest($"{Param.Name} refers to a {targetType}: use {targetType}/id or id, not \"{v}\".");
            }

            return id;
        }),
    ];

    /// <summary>The same test as the database query, for resources that are not rows (the network itself).</summary>
    public bool Matches(string text) => Values.Any(v => Modifier switch
    {
        "exact" => text == v,
        "contains" => text.Contains(v, StringComparison.OrdinalIgnoreCase),
        _ => text.StartsWith(v, StringComparison.OrdinalIgnoreCase),
    });

    private static List<string> Split(string value, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                current.Append(value[i]).Append(value[++i]);
            }
            else if (value[i] == separator)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(value[i]);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    private static string Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] is ',' or '|' or '$' or '\\')
            {
                i++;
            }

            text.Append(value[i]);
        }

        return text.ToString();
    }
}

/// <summary>
/// A parsed search: criteria checked against the resource's parameters, and paging. <c>_count</c> is 20 by default;
/// above 100 it is clamped to 100 (the self link shows the count used); 0 answers the total only. <c>_page</c> starts
/// at 1; a page beyond the last is an empty Bundle. Unknown parameters, unsupported modifiers and bad values throw.
/// </summary>
public sealed class FhirSearchRequest
{
    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    /// <summary>Parameters every search and read accepts, whatever the resource.</summary>
    public static readonly IReadOnlyList<string> CommonParameters = ["_count", "_page", "_format"];

    private FhirSearchRequest(IReadOnlyList<FhirCriterion> criteria, int count, int page)
    {
        Criteria = criteria;
        Count = count;
        Page = page;
    }

    public IReadOnlyList<FhirCriterion> Criteria { get; }

    public int Count { get; }

    public int Page { get; }

    public long Skip => (long)(Page - 1) * Count;

    public static FhirSearchRequest Parse(IQueryCollection query, string resourceType, IReadOnlyList<FhirSearchParam> parameters)
    {
        var criteria = new List<FhirCriterion>();
        var count = DefaultCount;
        var page = 1;
        foreach (var (key, values) in query)
        {
            switch (key)
            {
                case "_count":
                    count = (int)Math.Min(Number(key, values, minimum: 0), MaxCount);
                    continue;
                case "_page":
                    var number = Number(key, values, minimum: 1);
                    page = number <= int.MaxValue ? (int)number : throw FhirException.BadRequest($"_page can be at most {int.MaxValue}.");
                    continue;
                case "_format":
                    CheckFormat(values);
                    continue;
            }

            var colon = key.IndexOf(':', StringComparison.Ordinal);
            var (name, modifier) = colon < 0 ? (key, null) : (key[..colon], key[(colon + 1)..]);
            var parameter = parameters.FirstOrDefault(p => p.Name == name)
                ?? throw FhirException.NotSupported(
                    $"{resourceType} has no search parameter \"{name}\". Supported: {string.Join(", ", parameters.Select(p => p.Name).Concat(CommonParameters))}.");
            if (modifier is not null && !parameter.Modifiers.Contains(modifier))
            {
                throw FhirException.NotSupported(parameter.Modifiers.Count == 0
                    ? $"{name} takes no modifiers (\":{modifier}\" was given)."
                    : $"The modifier \":{modifier}\" is not supported on {name}; use {string.Join(" or ", parameter.Modifiers.Select(m => ":" + m))}.");
            }

            // An empty value does not restrict the search (FHIR: empty parameters are ignored).
            criteria.AddRange(values.Where(v => !string.IsNullOrEmpty(v)).Select(v => new FhirCriterion(parameter, modifier, v!)));
        }

        return new FhirSearchRequest(criteria, count, page);
    }

    /// <summary>A read takes no parameters but <c>_format</c>.</summary>
    public static void CheckReadParameters(IQueryCollection query)
    {
        foreach (var (key, values) in query)
        {
            if (key != "_format")
            {
                throw FhirException.NotSupported($"A read takes no parameter \"{key}\".");
            }

            CheckFormat(values);
        }
    }

    private static long Number(string key, Microsoft.Extensions.Primitives.StringValues values, int minimum)
    {
        if (values.Count != 1)
        {
            throw FhirException.BadRequest($"{key} can be given once.");
        }

        if (!long.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum)
        {
            throw FhirException.BadRequest($"{key} must be a whole number from {minimum}, not \"{values[0]}\".");
        }

        return number;
    }

    private static void CheckFormat(Microsoft.Extensions.Primitives.StringValues values)
    {
        foreach (var value in values)
        {
            var format = (value ?? "").Split(';')[0].Trim();
            if (format is not ("json" or "application/json" or "application/fhir+json"))
            {
                throw new FhirException(StatusCodes.Status406NotAcceptable, OperationOutcome.IssueType.NotSupported, $"Only JSON is served (_format=json), not \"{value}\".");
            }
        }
    }
}
