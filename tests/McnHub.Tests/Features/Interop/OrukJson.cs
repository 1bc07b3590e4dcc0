using System.Net;
using System.Text.Json;

namespace McnHub.Tests.Features.Interop;

public static class OrukJson
{
    public static readonly string[] EnvelopeFields = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static List<string> Keys(this JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    public static List<string> ContentNames(this JsonElement page) =>
        [.. page.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString()!)];

    public static string Text(this JsonElement element, string path) => element.At(path).GetString()!;

    /// <summary>The element at a dotted path, where a number is an array index: "service_at_locations.0.location.name".</summary>
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            element = int.TryParse(part, out var index) ? element[index] : element.TryGetProperty(part, out var child) ? child : throw new Xunit.Sdk.XunitException($"No \"{part}\" in {path}: {element}");
        }

        return element;
    }
}
