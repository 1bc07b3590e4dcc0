using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using McnHub.Features.Evaluation;
using McnHub.Platform.Accounts;
using McnHub.Platform.Audit;
using McnHub.Tests.Features.Account;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Evaluation.DataValues;

/// <summary>Calls to /api/v1/datavalues and what the tests check afterwards.</summary>
internal static class DataValuesApiKit
{
    public const string Route = "/api/v1/datavalues";

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, object body, string query = "") =>
        await client.PostAsync(Route + query, new StringContent(JsonSerializer.Serialize(body, Web), Encoding.UTF8, "application/json"));

    public static async Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string csv, string query = "") =>
        await client.PostAsync(Route + query, new StringContent(csv, Encoding.UTF8, "text/csv"));

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The errors of a 400 import answer as "index-or-row|field|message" lines.</summary>
    public static async Task<List<string>> ErrorsAsync(HttpResponseMessage response)
    {
        var json = await JsonAsync(response, HttpStatusCode.BadRequest);
        return json.GetProperty("errors").EnumerateArray().Select(e =>
            $"{(e.TryGetProperty("index", out var i) ? i.GetInt32() : e.GetProperty("row").GetInt32())}|{e.GetProperty("field").GetString()}|{e.GetProperty("message").GetString()}").ToList();
    }

    public static object Item(string org, string period, string element, string value, string? option = null, string? comment = null, string dataset = "CPC_MDS") =>
        new { dataset, organisation = org, period, element, option, value, comment };

    public static Task<int> RefusalsAsync(this McnHubFactory factory) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Refused));

    /// <summary>Every stored value of the organisation, as "period element.option=value (comment)", in order.</summary>
    public static Task<List<string>> StoredAsync(this McnHubFactory factory, int organisationId) =>
        factory.WithDbAsync(async db => (await db.Set<DataValue>().AsNoTracking().Where(v => v.OrganisationId == organisationId)
                .Select(v => new { v.DataReturn!.Period, v.DataElement!.Code, Option = v.CategoryOption!.Code, v.Value, v.Comment }).ToListAsync())
            .Select(v => $"{v.Period.Id} {v.Code}.{v.Option}={v.Value} ({v.Comment})").Order(StringComparer.Ordinal).ToList());

    public static async Task<HttpClient> TokenClientAsync(this McnHubFactory factory, string email, TokenScope scope)
    {
        var token = await factory.WithServicesAsync(async s =>
            await s.GetRequiredService<PersonalAccessTokenService>().CreateAsync(await factory.FindUserAsync(email), "data values", scope, 7));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
