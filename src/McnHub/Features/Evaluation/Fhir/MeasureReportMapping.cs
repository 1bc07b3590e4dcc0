using System.Globalization;
using Hl7.Fhir.Model;
using McnHub.Features.Evaluation.Indicators;
using McnHub.Features.Interop.Fhir;
using McnHub.Features.Interop.Fhir.Resources;
using static McnHub.Features.Interop.Fhir.FhirMapping;

namespace McnHub.Features.Evaluation.Fhir;

/// <summary>
/// A computed indicator value as a summary MeasureReport. Figures the caller may not see (small-number suppression)
/// and figures that do not exist (nothing returned, a zero denominator) are left out, with a data-absent-reason
/// extension on the element saying why: masked, unknown, not-a-number (a zero denominator).
/// Who a report is about follows base R4, where MeasureReport.subject may not be an Organization: an area report has
/// subject Location/area-{id} and the network as reporter; the network's and an organisation's reports have no subject,
/// and the organisation (Organization/network for the network) as reporter, the body whose figures they are.
/// </summary>
internal static class MeasureReportMapping
{
    public const string DataAbsentReasonUrl = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    public const string Masked = "masked";
    public const string Unknown = "unknown";
    public const string NotANumber = "not-a-number";

    private const string ImprovementSystem = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
    private const string PopulationSystem = "http://terminology.hl7.org/CodeSystem/measure-population";
    private const string Ucum = "http://unitsofmeasure.org";

    /// <param name="shown">The value as the caller may see it; null when the engine listed no value for the subject (no data).</param>
    public static MeasureReport ToFhir(ReportKey key, ShownValue? shown, string networkName, string generated, FhirRequestContext context)
    {
        var indicator = key.Indicator;
        var suppressed = shown?.Shown.Suppressed == true;
        var improvement = indicator.Direction == IndicatorDirection.HigherIsBetter ? "increase" : "decrease";
        return new MeasureReport
        {
            Id = key.Id,
            Status = MeasureReport.MeasureReportStatus.Complete,
            Type = MeasureReport.MeasureReportType.Summary,
            Measure = $"{context.BaseUrl}/Measure/{Id(indicator.Id)}",
            Subject = SubjectReference(key.Subject),
            Date = generated,
            Reporter = ReporterReference(key.Subject, networkName),
            Period = new Hl7.Fhir.Model.Period { Start = Date(key.Period.Start), End = Date(key.Period.End) },
            ImprovementNotation = Concept(ImprovementSystem, improvement, improvement == "increase" ? "Increased score indicates improvement" : "Decreased score indicates improvement"),
            Group =
            [
                new MeasureReport.GroupComponent
                {
                    Population =
                    [
                        Population("numerator", "Numerator", shown?.Value.Numerator, suppressed),
                        Population("denominator", "Denominator", shown?.Value.Denominator, suppressed),
                    ],
                    MeasureScore = Score(indicator, shown?.Value, suppressed),
                },
            ],
        };
    }

    /// <summary>Only an area is a subject R4 allows (a Location); organisations and the network are reporters instead.</summary>
    public static ResourceReference? SubjectReference(Subject subject) => subject.Level == IndicatorLevel.Area
        ? Reference("Location", LocationResources.AreaPrefix + Id(subject.Id ?? 0), subject.Name)
        : null;

    /// <summary>The organisation whose figures these are; the network for its own and its areas' figures.</summary>
    public static ResourceReference ReporterReference(Subject subject, string networkName) => subject.Level == IndicatorLevel.Organisation
        ? Reference("Organization", Id(subject.Id ?? 0), subject.Name)
        : new ResourceReference($"Organization/{FhirCodes.NetworkId}", networkName);

    private static MeasureReport.PopulationComponent Population(string code, string display, double? count, bool suppressed)
    {
        var population = new MeasureReport.PopulationComponent { Code = Concept(PopulationSystem, code, display) };
        if (suppressed)
        {
            population.CountElement = Absent<Integer>(Masked);
        }
        else if (count is double c && c == Math.Floor(c) && c is >= int.MinValue and <= int.MaxValue)
        {
            population.Count = (int)c;
        }
        else
        {
            // Nothing returned, or a count that is not whole (an averaged element): an integer count cannot carry it.
            population.CountElement = Absent<Integer>(count is null ? Unknown : "unsupported");
        }

        return population;
    }

    private static Quantity Score(Indicator indicator, IndicatorValue? value, bool suppressed)
    {
        if (suppressed)
        {
            return Absent<Quantity>(Masked);
        }

        if (value?.Value is not double score)
        {
            return Absent<Quantity>(value?.Numerator is not null && value.Denominator == 0 ? NotANumber : Unknown);
        }

        var (unit, code) = indicator.Factor switch
        {
            100 => ("%", "%"),
            10000 => ("per 10,000", "/10*4"),
            _ when IndicatorFormat.IsCount(indicator) => ("count", "{count}"),
            _ => ("ratio", "1"),
        };
        return new Quantity
        {
            // Written with the indicator's decimals (75.0, not 75): FHIR decimals keep their precision.
            Value = decimal.Parse(score.ToString("F" + Math.Clamp(indicator.Decimals, 0, 6).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            Unit = unit,
            System = Ucum,
            Code = code,
        };
    }

    private static T Absent<T>(string reason)
        where T : DataType, new()
    {
        var element = new T();
        element.Extension.Add(new Extension(DataAbsentReasonUrl, new Code(reason)));
        return element;
    }

    /// <summary>When the reports were computed (each request computes them afresh).</summary>
    public static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
