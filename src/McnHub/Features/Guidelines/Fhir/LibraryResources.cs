using Hl7.Fhir.Model;
using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Interop.Fhir;
using Microsoft.EntityFrameworkCore;
using static McnHub.Features.Interop.Fhir.FhirMapping;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Guidelines.Fhir;

/// <summary>
/// Library: each approved (or retired) guideline at its current approved version. Anonymous callers get public
/// documents only; signed-in members also members-only ones. Drafts and consultations are never published here.
/// </summary>
internal sealed class LibraryResources : FhirResourceProvider
{
    public const string PublicationStatusSystem = "http://hl7.org/fhir/publication-status";
    public const string LibraryTypeSystem = "http://terminology.hl7.org/CodeSystem/library-type";

    public override string Type => "Library";

    public override string Documentation =>
        "The network's approved guidelines, care pathways, policies, templates and symptom management guidance, at their current " +
        "approved version: title, version, status (active; retired when withdrawn), approvalDate, lastReviewDate, effectivePeriod, " +
        "topic (clinical topics) and content (links to the page and to the attached file). Members-only documents need a sign-in.";

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("title", SearchParamType.String, "The document's title."),
        new("status", SearchParamType.Token, "active or retired (publication-status)."),
        new("topic", SearchParamType.Token, "A clinical topic, e.g. pain (the network's clinical-topic code system)."),
    ];

    public override async Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, "", out var documentId))
        {
            return null;
        }

        var row = await Rows(Published(context).Where(d => d.Id == documentId)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToFhir(row, context);
    }

    public override async Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken)
    {
        var documents = Published(context);
        foreach (var criterion in request.Criteria)
        {
            switch (criterion.Param.Name)
            {
                case "title":
                    documents = documents.WhereText(d => d.Title, criterion);
                    break;
                case "status":
                    var tokens = criterion.Tokens();
                    var statuses = new[] { (Code: "active", Status: DocumentStatus.Approved), (Code: "retired", Status: DocumentStatus.Retired) }
                        .Where(s => tokens.Any(t => t.Matches(PublicationStatusSystem, s.Code))).Select(s => s.Status).ToList();
                    documents = documents.Where(d => statuses.Contains(d.Status));
                    break;
                case "topic":
                    var markers = criterion.Tokens()
                        .Where(t => t.System is null || t.System == context.Codes.ClinicalTopicSystem)
                        .Select(t => t.Code.Length == 0 ? "|" : GuidelineTopics.Marker(t.Code))
                        .ToList();
                    documents = documents.Where(AnyTopic(markers));
                    break;
            }
        }

        var (total, page) = await PageAsync(Rows(documents), q => q.OrderBy(r => r.Title).ThenBy(r => r.Id), request.Skip, request.Count, cancellationToken);
        return new FhirSearchResult(total, [.. page.Select(r => ToFhir(r, context))]);
    }

    /// <summary>d.Topics contains any of the markers, as one OR the database can run (no markers: nothing matches).</summary>
    private static System.Linq.Expressions.Expression<Func<GuidelineDocument, bool>> AnyTopic(IReadOnlyList<string> markers)
    {
        var d = System.Linq.Expressions.Expression.Parameter(typeof(GuidelineDocument), "d");
        var topics = System.Linq.Expressions.Expression.Property(d, nameof(GuidelineDocument.Topics));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        System.Linq.Expressions.Expression body = System.Linq.Expressions.Expression.Constant(false);
        foreach (var marker in markers)
        {
            body = System.Linq.Expressions.Expression.OrElse(body, System.Linq.Expressions.Expression.Call(topics, contains, System.Linq.Expressions.Expression.Constant(marker)));
        }

        return System.Linq.Expressions.Expression.Lambda<Func<GuidelineDocument, bool>>(body, d);
    }

    private static IQueryable<GuidelineDocument> Published(FhirRequestContext context)
    {
        var documents = context.Db.Set<GuidelineDocument>().AsNoTracking()
            .Where(d => (d.Status == DocumentStatus.Approved || d.Status == DocumentStatus.Retired) && d.CurrentVersionId != null);
        return context.User.Identity?.IsAuthenticated == true ? documents : documents.Where(d => d.Audience == DocumentAudience.Public);
    }

    private static IQueryable<LibraryRow> Rows(IQueryable<GuidelineDocument> documents) => documents.Select(d => new LibraryRow
    {
        Id = d.Id,
        Title = d.Title,
        Summary = d.Summary,
        Kind = d.Kind,
        Topics = d.Topics,
        Status = d.Status,
        LastReviewedOn = d.LastReviewedOn,
        Number = d.CurrentVersion!.Number,
        ApprovedOn = d.CurrentVersion.ApprovedOn,
        EffectiveDate = d.CurrentVersion.EffectiveDate,
        FileName = d.CurrentVersion.File!.FileName,
        FileType = d.CurrentVersion.File.ContentType,
    });

    private static Hl7.Fhir.Model.Library ToFhir(LibraryRow r, FhirRequestContext context)
    {
        var site = context.BaseUrl.EndsWith("/fhir/r4", StringComparison.Ordinal) ? context.BaseUrl[..^"/fhir/r4".Length] : context.BaseUrl;
        var content = new List<Attachment>
        {
            new() { ContentType = "text/html", Url = $"{site}/guidelines/{Id(r.Id)}", Title = r.Title },
        };
        if (r.FileName is not null)
        {
            content.Add(new Attachment { ContentType = r.FileType, Url = $"{site}/guidelines/{Id(r.Id)}/versions/{Id(r.Number)}?handler=file", Title = r.FileName });
        }

        return new Hl7.Fhir.Model.Library
        {
            Id = Id(r.Id),
            Version = Id(r.Number),
            Name = "Guideline" + Id(r.Id),
            Title = r.Title,
            Status = r.Status == DocumentStatus.Retired ? PublicationStatus.Retired : PublicationStatus.Active,
            Type = Concept(LibraryTypeSystem, "asset-collection", "Asset Collection"),
            Description = r.Summary,
            ApprovalDate = Date(r.ApprovedOn),
            LastReviewDate = Date(r.LastReviewedOn ?? r.ApprovedOn),
            EffectivePeriod = r.EffectiveDate is null ? null : new Period { Start = Date(r.EffectiveDate) },
            Topic =
            [
                Concept(context.Codes.DocumentKindSystem, FhirCodes.Code(r.Kind), GuidelineText.Kind(r.Kind)),
                .. GuidelineTopics.Split(r.Topics).Select(t => Concept(context.Codes.ClinicalTopicSystem, t, t)),
            ],
            Content = content,
        };
    }

    private sealed class LibraryRow
    {
        public int Id { get; init; }

        public string Title { get; init; } = "";

        public string Summary { get; init; } = "";

        public DocumentKind Kind { get; init; }

        public string Topics { get; init; } = "";

        public DocumentStatus Status { get; init; }

        public DateOnly? LastReviewedOn { get; init; }

        public int Number { get; init; }

        public DateOnly? ApprovedOn { get; init; }

        public DateOnly? EffectiveDate { get; init; }

        public string? FileName { get; init; }

        public string? FileType { get; init; }
    }
}
