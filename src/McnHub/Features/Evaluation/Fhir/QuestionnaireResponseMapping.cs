using System.Globalization;
using Hl7.Fhir.Model;
using McnHub.Features.Interop.Fhir;
using static McnHub.Features.Interop.Fhir.FhirMapping;

namespace McnHub.Features.Evaluation.Fhir;

/// <summary>A return as a QuestionnaireResponse whose items mirror the Questionnaire's (sections, elements, options), answered items only.</summary>
internal static class QuestionnaireResponseMapping
{
    public static QuestionnaireResponse ToFhir(DataReturn r, Dataset dataset, string? organisationName, IEnumerable<StoredAnswer> answers, FhirRequestContext context)
    {
        var byKey = answers.ToDictionary(a => (a.ElementId, a.OptionId));
        var sections = new List<QuestionnaireResponse.ItemComponent>();
        foreach (var section in dataset.Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id))
        {
            var items = dataset.Elements.Where(e => e.DatasetSectionId == section.Id && e.DataElement is not null)
                .OrderBy(e => e.SortOrder).ThenBy(e => e.Id)
                .Select(e => Item(e.DataElement!, byKey))
                .OfType<QuestionnaireResponse.ItemComponent>()
                .ToList();
            if (items.Count > 0)
            {
                sections.Add(new() { LinkId = "section-" + Id(section.Id), Text = section.Name, Item = items });
            }
        }

        var authored = r.SubmittedAt ?? r.CreatedAt;
        return new QuestionnaireResponse
        {
            Id = Id(r.Id),
            Questionnaire = context.Codes.QuestionnaireUrl(dataset.Code),
            Status = r.Status is ReturnStatus.Submitted or ReturnStatus.Approved
                ? QuestionnaireResponse.QuestionnaireResponseStatus.Completed
                : QuestionnaireResponse.QuestionnaireResponseStatus.InProgress,
            Subject = Reference("Organization", Id(r.OrganisationId), organisationName),
            Authored = new FhirDateTime(new DateTimeOffset(DateTime.SpecifyKind(authored, DateTimeKind.Utc))).Value,
            Item = sections,
        };
    }

    private static QuestionnaireResponse.ItemComponent? Item(DataElement element, Dictionary<(int, int?), StoredAnswer> byKey)
    {
        var options = element.CategoryCombo?.Options.OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToList() ?? [];
        if (options.Count == 0)
        {
            return byKey.TryGetValue((element.Id, null), out var answer) && Value(element.ValueType, answer) is { } value
                ? new() { LinkId = element.Code, Text = element.Name, Answer = [new() { Value = value }] }
                : null;
        }

        var answered = options
            .Select(o => byKey.TryGetValue((element.Id, o.Id), out var a) && Value(element.ValueType, a) is { } v
                ? new QuestionnaireResponse.ItemComponent { LinkId = $"{element.Code}.{o.Code}", Text = $"{element.Name}: {o.Name}", Answer = [new() { Value = v }] }
                : null)
            .OfType<QuestionnaireResponse.ItemComponent>()
            .ToList();
        return answered.Count == 0 ? null : new() { LinkId = element.Code, Text = element.Name, Item = answered };
    }

    /// <summary>The stored value in the item's type (matching <see cref="QuestionnaireResources.ItemType"/>); blank values are no answer.</summary>
    public static DataType? Value(DataValueType type, StoredAnswer answer) => type switch
    {
        DataValueType.Integer when answer.Numeric is { } n && n >= int.MinValue && n <= int.MaxValue => new Integer((int)n),
        DataValueType.Number or DataValueType.Percentage when answer.Numeric is { } n => new FhirDecimal((decimal)n),
        DataValueType.YesNo when answer.Numeric is { } n => new FhirBoolean(n != 0),
        DataValueType.Text when answer.Value.Length > 0 => new FhirString(answer.Value),
        _ => null,
    };
}
