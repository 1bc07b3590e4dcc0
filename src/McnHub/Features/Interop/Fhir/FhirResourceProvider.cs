using System.Linq.Expressions;
using Hl7.Fhir.Model;
using McnHub.Features.Directory.ReadModel;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Expression = System.Linq.Expressions.Expression;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Interop.Fhir;

/// <summary>What a FHIR request needs: the database, the code systems, the base URL the request arrived on, the directory's read model, and who asks.</summary>
public sealed class FhirRequestContext(AppDbContext db, FhirCodes codes, string baseUrl, DirectoryReadModel readModel, System.Security.Claims.ClaimsPrincipal? user = null, IServiceProvider? services = null)
{
    /// <summary>The request's services, for providers that compute their resources (MeasureReport: the indicator engine).</summary>
    public IServiceProvider? Services { get; } = services;

    public AppDbContext Db { get; } = db;

    /// <summary>The directory's in-memory read model: services and organisations are searched and read from it (docs/adr/0009).</summary>
    public DirectoryReadModel ReadModel { get; } = readModel;

    public FhirCodes Codes { get; } = codes;

    /// <summary>e.g. https://host/fhir/r4 (no trailing slash): links and fullUrls are built on it.</summary>
    public string BaseUrl { get; } = baseUrl;

    /// <summary>The caller (anonymous when not signed in): resources for members only (e.g. members' guidelines) check it.</summary>
    public System.Security.Claims.ClaimsPrincipal User { get; } = user ?? new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
}

public sealed record FhirSearchResult(int Total, IReadOnlyList<Resource> Resources)
{
    /// <summary>
    /// Instead of <see cref="Resources"/>: the page's resources already serialised (type, id, JSON), written into the
    /// Bundle as they are (<see cref="SearchBundle.Write"/>), so a page of kept resources is not serialised again.
    /// </summary>
    public IReadOnlyList<(string Type, string Id, byte[] Json)>? Serialised { get; init; }
}

/// <summary>
/// One FHIR resource type the API serves: its search parameters (the CapabilityStatement is built from them), read
/// and search. Each provider turns criteria into one database query; values it cannot understand throw FhirException.
/// </summary>
public abstract class FhirResourceProvider
{
    public abstract string Type { get; }

    /// <summary>What the resource holds here: for the CapabilityStatement and the OpenAPI document.</summary>
    public abstract string Documentation { get; }

    public abstract IReadOnlyList<FhirSearchParam> SearchParameters { get; }

    /// <summary>Resources that are not public (e.g. data returns): their routes need a sign-in (Permissions.SignedIn); the provider narrows further.</summary>
    public virtual bool RequiresSignIn => false;

    public abstract Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken);

    /// <summary>A read as the HTTP answer (null: not found). Providers that can keep answers ready-made override it.</summary>
    public virtual async Task<IResult?> ReadResultAsync(FhirRequestContext context, string id, CancellationToken cancellationToken) =>
        await ReadAsync(context, id, cancellationToken) is { } resource ? new FhirResult(resource) : null;

    public abstract Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken);

    /// <summary>Count, then the page (skipping the query when the page lies beyond the results or only the total is asked).</summary>
    protected static async Task<(int Total, List<T> Items)> PageAsync<T>(IQueryable<T> filtered, Func<IQueryable<T>, IQueryable<T>> order, long skip, int take, CancellationToken cancellationToken)
    {
        var total = await filtered.CountAsync(cancellationToken);
        var items = take == 0 || skip >= total
            ? []
            : await order(filtered).Skip((int)skip).Take(take).ToListAsync(cancellationToken);
        return (total, items);
    }

    protected static bool TryParseId(string id, string prefix, out int value)
    {
        value = 0;
        return id.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(id.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Numeric ids among referenced ids (others, such as "network", match no row).</summary>
    protected static List<int> Ids(IEnumerable<string> ids, string prefix = "")
    {
        var numbers = new List<int>();
        foreach (var id in ids)
        {
            if (TryParseId(id, prefix, out var number))
            {
                numbers.Add(number);
            }
        }

        return numbers;
    }
}

public static class FhirQueryExtensions
{
    /// <summary>Applies a string criterion to a text column: starts-with, :contains or :exact, values ORed.</summary>
    public static IQueryable<T> WhereText<T>(this IQueryable<T> query, Expression<Func<T, string>> column, FhirCriterion criterion)
    {
        Expression? body = null;
        foreach (var value in criterion.Values)
        {
            var test = Test(criterion.Modifier, value);
            var applied = ReplacingExpressionVisitor.Replace(test.Parameters[0], column.Body, test.Body);
            body = body is null ? applied : Expression.OrElse(body, applied);
        }

        return body is null ? query : query.Where(Expression.Lambda<Func<T, bool>>(body, column.Parameters));
    }

    private static Expression<Func<string, bool>> Test(string? modifier, string value)
    {
        // Contains and StartsWith translate to instr()/strpos() and an escaped LIKE: %, _ and quotes stay literal.
        var lower = value.ToLowerInvariant();
        return modifier switch
        {
            "exact" => s => s == value,
            "contains" => s => s.ToLower().Contains(lower),
            _ => s => s.ToLower().StartsWith(lower),
        };
    }
}
