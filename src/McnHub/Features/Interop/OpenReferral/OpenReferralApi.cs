using McnHub.Features.Directory.ReadModel;
using McnHub.Features.Directory.Search;
using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Interop.OpenReferral;

/// <summary>
/// The public, read-only Open Referral UK API over the service directory, following the ORUK UK profile 1.0
/// (HSDS 1.1 with the UK application profile): paged lists in the profile's envelope, services fully nested.
/// </summary>
public static class OpenReferralApi
{
    private const string Profile =
        "Open Referral UK, UK profile 1.0 (HSDS 1.1 UK application profile; https://developers.openreferraluk.org/). ";

    private const string SummaryMemo = "oruk-service-summary";

    private const string PagingNote =
        "`page` starts at 1 (default 1); `per_page` defaults to 50 and is clamped to 100. A page beyond the last " +
        "answers an empty `contents`. Bad values answer 400 with problem details naming the parameter.";

    public static IEndpointRouteBuilder MapOpenReferralApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/openreferral").AllowAnonymous().WithTags("Open Referral UK");

        group.MapGet("/services", SearchServicesAsync)
            .CacheOutput(DirectoryResponseCache.Policy)
            .WithName("OpenReferralServices")
            .WithSummary("Search services")
            .WithDescription(Profile +
                "Active and temporarily closed services (never defunct ones), ordered by name. `text` matches the words of the " +
                "service name, description, types or organisation name, as the directory's search does: every word must appear " +
                "(in any form: nurse, nurses, nursing), the last may be the start of a word, case and accents are ignored, and " +
                "punctuation is never query syntax; text with no letters or digits does not filter. `taxonomy_term_id` is a " +
                "term id from /openreferral/taxonomy_terms. `minimum_age` and `maximum_age` (whole years) select services whose " +
                "age range overlaps the range asked for. " + PagingNote);

        group.MapGet("/services/{id}", GetServiceAsync)
            .WithName("OpenReferralService")
            .WithSummary("A service, fully nested")
            .WithDescription(Profile +
                "The service with its organization, contacts, cost_options, eligibilitys, languages, regular_schedules, " +
                "service_areas, service_at_locations (each with its location, physical_addresses and regular_schedules) and " +
                "service_taxonomys. Ids are the directory's numeric ids as strings.");

        group.MapGet("/taxonomies", GetTaxonomies)
            .WithName("OpenReferralTaxonomies")
            .WithSummary("Vocabularies")
            .WithDescription(Profile + "The vocabularies the directory's taxonomy terms come from (one: the network's service types). " + PagingNote);

        group.MapGet("/taxonomy_terms", GetTaxonomyTermsAsync)
            .WithName("OpenReferralTaxonomyTerms")
            .WithSummary("Taxonomy terms")
            .WithDescription(Profile +
                "Every service type: `id` (the stable code used by `taxonomy_term_id`), `name`, `vocabulary`, `parent_id` (always " +
                "null: the taxonomy is flat), `description` and `link` (the term in an external vocabulary, where recorded). " + PagingNote);

        return app;
    }

    private static async Task<Results<Ok<OrukPage<OrukServiceSummary>>, ValidationProblem>> SearchServicesAsync(
        AppDbContext db,
        DirectoryReadModel readModel,
        [FromQuery] string? text,
        [FromQuery(Name = "taxonomy_term_id")] string? taxonomyTermId,
        [FromQuery(Name = "minimum_age")] string? minimumAge,
        [FromQuery(Name = "maximum_age")] string? maximumAge,
        [FromQuery] string? page,
        [FromQuery(Name = "per_page")] string? perPage,
        CancellationToken cancellationToken)
    {
        var parameters = new OrukParameters();
        var search = parameters.Text("text", text);
        var termCode = parameters.Text("taxonomy_term_id", taxonomyTermId);
        var minimum = parameters.Age("minimum_age", minimumAge);
        var maximum = parameters.Age("maximum_age", maximumAge);
        var paging = parameters.Paging(page, perPage);
        if (minimum > maximum)
        {
            parameters.Add("minimum_age", "minimum_age cannot be greater than maximum_age.");
        }

        var snapshot = await readModel.GetAsync(db, cancellationToken);
        int? termId = null;
        if (termCode is not null)
        {
            termId = snapshot.Terms.FirstOrDefault(t => t.Code == termCode)?.Id;
            if (termId is null)
            {
                parameters.Add("taxonomy_term_id", $"taxonomy_term_id \"{termCode}\" is not a term of the taxonomy (see /openreferral/taxonomy_terms).");
            }
        }

        if (!parameters.IsValid)
        {
            return TypedResults.ValidationProblem(parameters.Errors, title: "The search has invalid parameters");
        }

        // Filtered, counted and paged in memory over the directory's read model (docs/adr/0009). The text is the
        // directory's full-text index (the words only, so nothing typed is syntax), as a membership test.
        var terms = SearchTerms.Parse(search);
        var hits = terms.IsEmpty ? null : await snapshot.TextHitsAsync(db, terms, ranked: false, cancellationToken);
        var filter = new EntryFilter { Text = hits, AgeFrom = minimum, AgeTo = maximum }
            .Statuses(ServiceStatus.Active, ServiceStatus.TemporarilyClosed);
        if (termId is { } term)
        {
            filter.TypeSets.Add([term]);
        }

        var (total, entries) = filter.Page(snapshot, snapshot.Columns.ByName, paging.IsBeyondAnyData ? long.MaxValue : paging.Skip, paging.PerPage);

        // Then the page's summaries: those already made from this snapshot, the others from their rows by id (kept
        // for next time, up to a bound; they go when the directory changes).
        var summaries = entries.Select(e => snapshot.Memo<OrukServiceSummary>(SummaryMemo, e.Id)).ToList();
        var missing = entries.Where((_, i) => summaries[i] is null).Select(e => e.Id).ToList();
        if (missing.Count > 0)
        {
            var rows = await db.Set<Service>().AsNoTracking().Where(s => missing.Contains(s.Id))
                .Select(s => new OrukServiceRow(
                    s.Id, s.Name, s.Description, s.Website, s.Email, s.Status, s.Cost, s.IsFree, s.LastVerifiedOn, s.ReferralWho, s.ReferralHow,
                    s.OrganisationId, s.Organisation!.Name, s.Organisation.Type, s.Organisation.Sector, s.Organisation.Email, s.Organisation.Website))
                .ToDictionaryAsync(r => r.Id, r => r.ToSummary(), cancellationToken);
            for (var i = 0; i < entries.Count; i++)
            {
                if (summaries[i] is null && rows.TryGetValue(entries[i].Id, out var made))
                {
                    summaries[i] = made;
                    snapshot.Keep(SummaryMemo, entries[i].Id, made, limit: 10_000);
                }
            }
        }

        return TypedResults.Ok(paging.Envelope(total, summaries.OfType<OrukServiceSummary>().ToList()));
    }

    private static async Task<Results<Ok<OrukService>, ProblemHttpResult>> GetServiceAsync(string id, AppDbContext db, CancellationToken cancellationToken)
    {
        var service = int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var serviceId)
            ? await db.Set<Service>().AsNoTracking().AsSplitQuery()
                .Include(s => s.Organisation)
                .Include(s => s.Types).ThenInclude(t => t.Term)
                .Include(s => s.Areas).ThenInclude(a => a.Area)
                .Include(s => s.Locations)
                .Include(s => s.Hours)
                .FirstOrDefaultAsync(s => s.Id == serviceId, cancellationToken)
            : null;
        return service is null
            ? TypedResults.Problem(title: "Service not found", detail: $"There is no service with id \"{id}\".", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(service.ToDto());
    }

    private static Results<Ok<OrukPage<OrukVocabulary>>, ValidationProblem> GetTaxonomies(
        [FromQuery] string? page, [FromQuery(Name = "per_page")] string? perPage)
    {
        var parameters = new OrukParameters();
        var paging = parameters.Paging(page, perPage);
        if (!parameters.IsValid)
        {
            return TypedResults.ValidationProblem(parameters.Errors, title: "The request has invalid parameters");
        }

        OrukVocabulary[] all =
        [
            new(TaxonomyTerm.Vocabulary, "Service types", "The types of service in the network's directory, kept by the network's co-ordinator.", null),
        ];
        var contents = paging.IsBeyondAnyData ? [] : all.Skip((int)paging.Skip).Take(paging.PerPage).ToList();
        return TypedResults.Ok(paging.Envelope(all.Length, contents));
    }

    private static async Task<Results<Ok<OrukPage<OrukTaxonomyTerm>>, ValidationProblem>> GetTaxonomyTermsAsync(
        AppDbContext db, [FromQuery] string? page, [FromQuery(Name = "per_page")] string? perPage, CancellationToken cancellationToken)
    {
        var parameters = new OrukParameters();
        var paging = parameters.Paging(page, perPage);
        if (!parameters.IsValid)
        {
            return TypedResults.ValidationProblem(parameters.Errors, title: "The request has invalid parameters");
        }

        var terms = db.Set<TaxonomyTerm>().AsNoTracking();
        var total = await terms.CountAsync(cancellationToken);
        var contents = paging.IsBeyondAnyData || paging.Skip >= total
            ? []
            : await terms.OrderBy(t => t.SortOrder).ThenBy(t => t.Label).Skip((int)paging.Skip).Take(paging.PerPage).ToListAsync(cancellationToken);
        return TypedResults.Ok(paging.Envelope(total, contents.Select(t => t.ToDto()).ToList()));
    }
}
