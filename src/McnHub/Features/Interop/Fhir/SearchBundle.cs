using System.Buffers;
using System.Globalization;
using System.Text.Json;
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

    /// <summary>
    /// The same searchset Bundle as <see cref="Create"/>, written by hand around resources already serialised: the
    /// members in the order the Firely serialiser writes them (resourceType, type, total, link, entry; each entry
    /// fullUrl, resource, search).
    /// </summary>
    public static ReadOnlyMemory<byte> Write(FhirRequestContext context, string type, FhirSearchRequest request, int total, IReadOnlyList<(string Type, string Id, byte[] Json)> resources)
    {
        var shell = Create(context, type, request, new FhirSearchResult(total, []));
        var buffer = new ArrayBufferWriter<byte>(1024 + resources.Sum(r => r.Json.Length + 200));
        using (var writer = new Utf8JsonWriter(buffer, FhirResult.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "searchset");
            writer.WriteNumber("total", total);
            writer.WriteStartArray("link");
            foreach (var link in shell.Link)
            {
                writer.WriteStartObject();
                writer.WriteString("relation", link.Relation);
                writer.WriteString("url", link.Url);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (resources.Count > 0)
            {
                writer.WriteStartArray("entry");
                foreach (var (resourceType, id, json) in resources)
                {
                    writer.WriteStartObject();
                    writer.WriteString("fullUrl", $"{context.BaseUrl}/{resourceType}/{id}");
                    writer.WritePropertyName("resource");
                    writer.WriteRawValue(json, skipInputValidation: true);
                    writer.WriteStartObject("search");
                    writer.WriteString("mode", "match");
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
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
