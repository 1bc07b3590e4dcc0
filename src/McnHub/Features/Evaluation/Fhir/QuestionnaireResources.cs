using Hl7.Fhir.Model;
using McnHub.Features.Interop.Fhir;
using Microsoft.EntityFrameworkCore;
using static McnHub.Features.Interop.Fhir.FhirMapping;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Evaluation.Fhir;

/// <summary>
/// Questionnaire: one per dataset (id = the dataset's id, name = its code). A group per section, an item per data
/// element typed by its value type; a disaggregated element is a group with one item per category option. linkIds
/// are element codes ("CODE" or "CODE.OPTION"), the same keys as imports and expressions. Definitions only: public.
/// </summary>
internal sealed class QuestionnaireResources : FhirResourceProvider
{
    private const string PublicationStatusSystem = "http://hl7.org/fhir/publication-status";

    public override string Type => "Questionnaire";

    public override string Documentation =>
        "The network's datasets (id = the dataset's id, name = its code): a group per section, an item per data element " +
        "(linkId = the element's code; disaggregated elements are groups with an item per category option, linkId CODE.OPTION).";

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("name", SearchParamType.String, "The dataset's code."),
        new("title", SearchParamType.String, "The dataset's name."),
        new("status", SearchParamType.Token, "active or retired (publication-status)."),
    ];

    public override async Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, "", out var datasetId))
        {
            return null;
        }

        var dataset = await WithItems(context.Db.Set<Dataset>().AsNoTracking().Where(d => d.Id == datasetId)).FirstOrDefaultAsync(cancellationToken);
        return dataset is null ? null : ToFhir(dataset, context);
    }

    public override async Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken)
    {
        var datasets = context.Db.Set<Dataset>().AsNoTracking();
        foreach (var criterion in request.Criteria)
        {
            switch (criterion.Param.Name)
            {
                case "name":
                    datasets = datasets.WhereText(d => d.Code, criterion);
                    break;
                case "title":
                    datasets = datasets.WhereText(d => d.Name, criterion);
                    break;
                case "status":
                    var tokens = criterion.Tokens();
                    var active = tokens.Any(t => t.Matches(PublicationStatusSystem, "active"));
                    var retired = tokens.Any(t => t.Matches(PublicationStatusSystem, "retired"));
                    datasets = datasets.Where(d => (active && d.Active) || (retired && !d.Active));
                    break;
            }
        }

        var (total, ids) = await PageAsync(datasets, q => q.OrderBy(d => d.Name).ThenBy(d => d.Id), request.Skip, request.Count, cancellationToken);
        var pageIds = ids.Select(d => d.Id).ToList();
        var loaded = await WithItems(context.Db.Set<Dataset>().AsNoTracking().Where(d => pageIds.Contains(d.Id))).ToListAsync(cancellationToken);
        return new FhirSearchResult(total, [.. ids.Select(d => ToFhir(loaded.Single(l => l.Id == d.Id), context))]);
    }

    private static IQueryable<Dataset> WithItems(IQueryable<Dataset> datasets) => datasets
        .Include(d => d.Sections)
        .Include(d => d.Elements).ThenInclude(e => e.DataElement!).ThenInclude(e => e.CategoryCombo!).ThenInclude(c => c.Options)
        .AsSplitQuery();

    internal static Questionnaire ToFhir(Dataset dataset, FhirRequestContext context) => new()
    {
        Id = Id(dataset.Id),
        Url = context.Codes.QuestionnaireUrl(dataset.Code),
        Name = dataset.Code,
        Title = dataset.Name,
        Status = dataset.Active ? PublicationStatus.Active : PublicationStatus.Retired,
        Description = string.IsNullOrWhiteSpace(dataset.Description) ? null : dataset.Description,
        SubjectType = [ResourceType.Organization],
        Item =
        [
            .. dataset.Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => new Questionnaire.ItemComponent
            {
                LinkId = "section-" + Id(s.Id),
                Text = s.Name,
                Type = Questionnaire.QuestionnaireItemType.Group,
                Item =
                [
                    .. dataset.Elements.Where(e => e.DatasetSectionId == s.Id && e.DataElement is not null)
                        .OrderBy(e => e.SortOrder).ThenBy(e => e.Id).Select(e => Item(e.DataElement!, e.Compulsory)),
                ],
            }).Where(g => g.Item.Count > 0),
        ],
    };

    private static Questionnaire.ItemComponent Item(DataElement element, bool compulsory)
    {
        var options = element.CategoryCombo?.Options.OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToList() ?? [];
        if (options.Count == 0)
        {
            return Question(element.Code, element.Name, element, compulsory);
        }

        return new Questionnaire.ItemComponent
        {
            LinkId = element.Code,
            Text = element.Name,
            Type = Questionnaire.QuestionnaireItemType.Group,
            Required = compulsory ? true : null,
            Item = [.. options.Select(o => Question($"{element.Code}.{o.Code}", $"{element.Name}: {o.Name}", element, compulsory))],
        };
    }

    private static Questionnaire.ItemComponent Question(string linkId, string text, DataElement element, bool compulsory) => new()
    {
        LinkId = linkId,
        Text = text,
        Definition = null,
        Type = ItemType(element.ValueType),
        Required = compulsory ? true : null,
    };

    public static Questionnaire.QuestionnaireItemType ItemType(DataValueType type) => type switch
    {
        DataValueType.Integer => Questionnaire.QuestionnaireItemType.Integer,
        DataValueType.Number or DataValueType.Percentage => Questionnaire.QuestionnaireItemType.Decimal,
        DataValueType.YesNo => Questionnaire.QuestionnaireItemType.Boolean,
        _ => Questionnaire.QuestionnaireItemType.String,
    };
}
