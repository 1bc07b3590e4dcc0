using System.Globalization;
using Hl7.Fhir.Model;

namespace McnHub.Features.Interop.Fhir;

/// <summary>A searchset Bundle with the total and self / next / previous links (paging by _page and _count).</summary>
internal static class SearchBundle
{
    public static Bundle Create(FhirRequestContext context, string type, FhirSearchRequest request, FhirSearchResult result)
    {
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Searchset,
            Total = result.Total,
            Link = [new Bundle.LinkComponent { Relation = "self", Url = Url(context, type, request, request.Page) }],
        };
        if (request.Count > 0 && request.Skip + request.Count < result.Total)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = Url(context, type, request, request.Page + 1) });
        }

        if (request.Count > 0 && request.Page > 1)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "previous", Url = Url(context, type, request, request.Page - 1) });
        }

        foreach (var resource in result.Resources)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{context.BaseUrl}/{resource.TypeName}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        return bundle;
    }

    private static string Url(FhirRequestContext context, string type, FhirSearchRequest request, int page)
    {
        var query = request.Criteria
            .Select(c => $"{c.Key}={Uri.EscapeDataString(c.RawValue)}")
            .Append($"_count={request.Count.ToString(CultureInfo.InvariantCulture)}")
            .Append($"_page={page.ToString(CultureInfo.InvariantCulture)}");
        return $"{context.BaseUrl}/{type}?{string.Join("&", query)}";
    }
}
