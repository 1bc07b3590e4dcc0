using System.Security.Claims;
using Hl7.Fhir.Model;
using McnHub.Features.Interop.Fhir;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Accounts;
using Microsoft.EntityFrameworkCore;
using static McnHub.Features.Interop.Fhir.FhirMapping;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Evaluation.Fhir;

/// <summary>
/// QuestionnaireResponse: one per data return (id = the return's id), answering its dataset's Questionnaire with the
/// stored values. Returns are organisations' own figures, not public: anonymous callers get 401. Who sees what
/// (the simplest safe rule, the same as the return pages): the co-ordinator sees every return; anyone else only the
/// returns of organisations they submit data for or lead (claims mcn:submitter-for / mcn:lead-of). Other members see
/// none, approved or not: aggregated, suppressed figures are what they get (indicators). A return the caller may not
/// see is "not found", so its existence is not revealed.
/// </summary>
internal sealed class QuestionnaireResponseResources : FhirResourceProvider
{
    public override string Type => "QuestionnaireResponse";

    public override string Documentation =>
        "Data returns (id = the return's id) as answers to their dataset's Questionnaire: status completed when submitted or approved, " +
        "in-progress while a draft or reopened; authored = when submitted (else started). Sign-in needed: the co-ordinator sees all returns, " +
        "data submitters and leads their organisations' returns.";

    public override bool RequiresSignIn => true;

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("subject", SearchParamType.Reference, "The returning organisation: Organization/id."),
        new("questionnaire", SearchParamType.Reference, "The dataset: Questionnaire/id or the Questionnaire's canonical url."),
        new("authored", SearchParamType.Date, "When the return was submitted (started, for drafts); prefixes eq, ge, gt, le, lt."),
        new("status", SearchParamType.Token, "completed (submitted or approved) or in-progress (draft or reopened)."),
    ];

    public override async Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        var returns = Visible(context);
        if (!TryParseId(id, "", out var returnId))
        {
            return null;
        }

        var found = await returns.Where(r => r.Id == returnId).ToListAsync(cancellationToken);
        return found.Count == 0 ? null : (await ToFhirAsync(found, context, cancellationToken))[0];
    }

    public override async Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken)
    {
        var returns = Visible(context);
        foreach (var criterion in request.Criteria)
        {
            switch (criterion.Param.Name)
            {
                case "subject":
                    var organisations = Ids(criterion.References("Organization"));
                    returns = returns.Where(r => organisations.Contains(r.OrganisationId));
                    break;
                case "questionnaire":
                    var (ids, codes) = Questionnaires(criterion, context);
                    returns = returns.Where(r => ids.Contains(r.DatasetId) || codes.Contains(r.Dataset!.Code));
                    break;
                case "authored":
                    returns = Authored(returns, criterion);
                    break;
                case "status":
                    var tokens = criterion.Tokens();
                    var completed = tokens.Any(t => t.Matches("http://hl7.org/fhir/questionnaire-answers-status", "completed"));
                    var inProgress = tokens.Any(t => t.Matches("http://hl7.org/fhir/questionnaire-answers-status", "in-progress"));
                    returns = returns.Where(r => (completed && (r.Status == ReturnStatus.Submitted || r.Status == ReturnStatus.Approved))
                        || (inProgress && (r.Status == ReturnStatus.Draft || r.Status == ReturnStatus.Reopened)));
                    break;
            }
        }

        var (total, page) = await PageAsync(returns, q => q.OrderByDescending(r => r.PeriodStart).ThenBy(r => r.Id), request.Skip, request.Count, cancellationToken);
        return new FhirSearchResult(total, await ToFhirAsync(page, context, cancellationToken));
    }

    /// <summary>The returns the caller may see (anonymous: refused with 401 before any query).</summary>
    private static IQueryable<DataReturn> Visible(FhirRequestContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            throw new FhirException(StatusCodes.Status401Unauthorized, OperationOutcome.IssueType.Login, "Data returns need a sign-in.");
        }

        var returns = context.Db.Set<DataReturn>().AsNoTracking();
        if (user.IsInRole(Roles.Coordinator))
        {
            return returns;
        }

        var own = user.FindAll(McnClaims.SubmitterFor).Concat(user.FindAll(McnClaims.LeadOf))
            .Select(c => int.TryParse(c.Value, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();
        return returns.Where(r => own.Contains(r.OrganisationId));
    }

    private static IQueryable<DataReturn> Authored(IQueryable<DataReturn> returns, FhirCriterion criterion)
    {
        // Comma-separated values are ORed: few enough to test one by one in the database.
        var ranges = criterion.Values.Select(v => FhirDateRange.Parse("authored", v)).ToList();
        if (ranges.Count != 1)
        {
            throw FhirException.BadRequest("authored takes one date per parameter; repeat the parameter to give a range.");
        }

        var (prefix, from, to) = ranges[0];
        return prefix switch
        {
            "ge" => returns.Where(r => (r.SubmittedAt ?? r.CreatedAt) >= from),
            "gt" => returns.Where(r => (r.SubmittedAt ?? r.CreatedAt) >= to),
            "le" => returns.Where(r => (r.SubmittedAt ?? r.CreatedAt) < to),
            "lt" => returns.Where(r => (r.SubmittedAt ?? r.CreatedAt) < from),
            _ => returns.Where(r => (r.SubmittedAt ?? r.CreatedAt) >= from && (r.SubmittedAt ?? r.CreatedAt) < to),
        };
    }

    /// <summary>Dataset ids (Questionnaire/id or id) and codes (from canonical urls) the criterion names.</summary>
    private static (List<int> Ids, List<string> Codes) Questionnaires(FhirCriterion criterion, FhirRequestContext context)
    {
        var canonical = context.Codes.QuestionnaireUrl("");
        var ids = new List<int>();
        var codes = new List<string>();
        foreach (var value in criterion.Values)
        {
            if (value.StartsWith(canonical, StringComparison.Ordinal))
            {
                codes.Add(value[canonical.Length..].Split('|')[0]);
                continue;
            }

            var id = value.StartsWith("Questionnaire/", StringComparison.Ordinal) ? value["Questionnaire/".Length..] : value;
            if (!TryParseId(id, "", out var number))
            {
                throw FhirException.BadRequest($"questionnaire refers to a Questionnaire: use Questionnaire/id or its canonical url ({canonical}CODE), not \"{value}\".");
            }

            ids.Add(number);
        }

        return (ids, codes);
    }

    private static async Task<List<Resource>> ToFhirAsync(List<DataReturn> page, FhirRequestContext context, CancellationToken cancellationToken)
    {
        var returnIds = page.Select(r => r.Id).ToList();
        var datasetIds = page.Select(r => r.DatasetId).Distinct().ToList();
        var organisationIds = page.Select(r => r.OrganisationId).Distinct().ToList();
        var datasets = await context.Db.Set<Dataset>().AsNoTracking().Where(d => datasetIds.Contains(d.Id))
            .Include(d => d.Sections)
            .Include(d => d.Elements).ThenInclude(e => e.DataElement!).ThenInclude(e => e.CategoryCombo!).ThenInclude(c => c.Options)
            .AsSplitQuery().ToDictionaryAsync(d => d.Id, cancellationToken);
        var names = await context.Db.Set<Organisation>().AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var values = (await context.Db.Set<DataValue>().AsNoTracking().Where(v => returnIds.Contains(v.DataReturnId))
            .Select(v => new StoredAnswer(v.DataReturnId, v.DataElementId, v.CategoryOptionId, v.Value, v.Numeric)).ToListAsync(cancellationToken))
            .ToLookup(v => v.ReturnId);
        return [.. page.Select(r => (Resource)QuestionnaireResponseMapping.ToFhir(r, datasets[r.DatasetId], names.GetValueOrDefault(r.OrganisationId), values[r.Id], context))];
    }
}

internal sealed record StoredAnswer(int ReturnId, int ElementId, int? OptionId, string Value, double? Numeric);
