using Hl7.Fhir.Model;
using McnHub.Features.Evaluation;
using McnHub.Features.Evaluation.Indicators;
using Microsoft.EntityFrameworkCore;
using static McnHub.Features.Interop.Fhir.FhirMapping;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Interop.Fhir.Resources;

/// <summary>
/// Measure: one per indicator (id = the indicator's id; identifier and name = its code). Definitions only, so
/// public like the rest of /fhir/r4: numerator and denominator as populations whose criteria are the indicator's
/// expressions over data element codes; scoring from the factor; improvement notation from the direction; the target
/// in guidance. Values are MeasureReports (Features/Evaluation/Fhir/MeasureReportResources): sign-in and suppression.
/// </summary>
internal sealed class MeasureResources : FhirResourceProvider
{
    private const string ScoringSystem = "http://terminology.hl7.org/CodeSystem/measure-scoring";
    private const string ImprovementSystem = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
    private const string PopulationSystem = "http://terminology.hl7.org/CodeSystem/measure-population";

    public override string Type => "Measure";

    public override string Documentation =>
        "The network's indicators (id = the indicator's id, name and identifier = its code): numerator and denominator " +
        "populations with the indicator's expressions over data element codes, scoring, improvement notation, and the target in guidance.";

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("name", SearchParamType.String, "The indicator's code."),
        new("title", SearchParamType.String, "The indicator's name."),
        new("status", SearchParamType.Token, "active or retired (other codes match nothing)."),
    ];

    public override async Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, "", out var indicatorId))
        {
            return null;
        }

        var indicator = await context.Db.Set<Indicator>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId, cancellationToken);
        return indicator is null ? null : ToFhir(indicator, context);
    }

    public override async Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken)
    {
        var indicators = context.Db.Set<Indicator>().AsNoTracking();
        foreach (var criterion in request.Criteria)
        {
            switch (criterion.Param.Name)
            {
                case "name":
                    indicators = indicators.WhereText(i => i.Code, criterion);
                    break;
                case "title":
                    indicators = indicators.WhereText(i => i.Name, criterion);
                    break;
                case "status":
                    var codes = criterion.Tokens().Select(t => t.Code).ToList();
                    var (active, retired) = (codes.Contains("active"), codes.Contains("retired"));
                    indicators = indicators.Where(i => (i.Active && active) || (!i.Active && retired));
                    break;
            }
        }

        var (total, page) = await PageAsync(indicators, q => q.OrderBy(i => i.Name).ThenBy(i => i.Id), request.Skip, request.Count, cancellationToken);
        return new FhirSearchResult(total, [.. page.Select(i => ToFhir(i, context))]);
    }

    private static Measure ToFhir(Indicator i, FhirRequestContext context)
    {
        var scoring = IndicatorFormat.IsCount(i) ? "cohort" : i.Factor == 100 ? "proportion" : "ratio";
        var improvement = i.Direction == IndicatorDirection.HigherIsBetter ? "increase" : "decrease";
        return new Measure
        {
            Id = Id(i.Id),
            Url = $"{context.BaseUrl}/Measure/{Id(i.Id)}",
            Identifier = [new Identifier($"{context.BaseUrl}/Id/indicator-code", i.Code)],
            Name = i.Code,
            Title = i.Name,
            Status = i.Active ? PublicationStatus.Active : PublicationStatus.Retired,
            Description = string.IsNullOrWhiteSpace(i.Description) ? null : new Markdown(i.Description),
            Scoring = Concept(ScoringSystem, scoring, scoring),
            ImprovementNotation = Concept(ImprovementSystem, improvement, improvement == "increase" ? "Increased score indicates improvement" : "Decreased score indicates improvement"),
            Guidance = new Markdown($"Value = numerator ÷ denominator × {i.Factor:N0}, to {i.Decimals} decimal places; target {IndicatorFormat.Target(i)}. Computed from approved data returns; a zero or missing denominator is no data; counts of 1 to 4 are suppressed."),
            Group =
            [
                new Measure.GroupComponent
                {
                    Population =
                    [
                        Population("numerator", "Numerator", i.NumeratorDescription, i.Numerator),
                        Population("denominator", "Denominator", i.DenominatorDescription, i.Denominator),
                    ],
                },
            ],
        };
    }

    private static Measure.PopulationComponent Population(string code, string display, string? description, string expression) => new()
    {
        Code = Concept(PopulationSystem, code, display),
        Description = description,
        Criteria = new Expression { Language = "text/x-mcnhub-expression", Expression_ = expression, Description = description },
    };
}
