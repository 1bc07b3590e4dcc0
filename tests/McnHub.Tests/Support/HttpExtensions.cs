using System.Net;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace McnHub.Tests.Support;

/// <summary>Helpers that drive the app as a browser would: follow forms, keep cookies, post antiforgery tokens.</summary>
public static partial class HttpExtensions
{
    /// <summary>A client that keeps cookies and does not follow redirects (so tests can see them).</summary>
    public static HttpClient CreateBrowserClient(this McnHubFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    /// <summary>Submits the form (the first, or the one matching <paramref name="formSelector"/>) with its own hidden fields plus the given values.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, IDocument page, IDictionary<string, string> values, string formSelector = "main form")
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is "hidden" or "text" or "email" or "date" or "number" or "url" or "tel" or "password" or "search":
                    if (!values.ContainsKey(input.Name!))
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement box when !string.IsNullOrEmpty(box.Name) && box.Type is "checkbox" or "radio" && box.IsChecked && !values.ContainsKey(box.Name!):
                    fields.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !values.ContainsKey(area.Name!):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !values.ContainsKey(select.Name!):
                    foreach (var option in select.SelectedOptions)
                    {
                        fields.Add(new(select.Name!, option.Value));
                    }

                    break;
            }
        }

        fields.AddRange(values);
        // Resolve the raw attribute: AngleSharp's form.Action escapes the '?' of "/page?handler=x".
        var raw = form.GetAttribute("action");
        var action = string.IsNullOrEmpty(raw) ? new Uri(page.Url) : new Uri(new Uri(page.Url), raw);
        return await client.PostAsync(action.PathAndQuery, new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs in with the demo account of a role; returns the client, now carrying the cookie.</summary>
    public static async Task<HttpClient> SignInAsync(this McnHubFactory factory, string email, string password = McnHubFactory.DemoPassword)
    {
        var client = factory.CreateBrowserClient();
        var page = await client.GetDocumentAsync("/account/sign-in");
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public static string Text(this IDocument document) => Whitespace().Replace(document.Body?.TextContent ?? "", " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
