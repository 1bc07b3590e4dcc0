using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Members.People;

/// <summary>Reading the members pages the way a user does: the error summary, a field's message, what a field holds.</summary>
public static class MemberPages
{
    public const string Coordinator = "coordinator@riverlands.example";
    public const string Member = "member@riverlands.example";
    public const string Lead = "lead@riverlands.example";
    public const string LeadsOrganisation = "Kingfisher Children's Hospice";

    public static string ErrorSummary(this IDocument page) => page.QuerySelector(".nhsuk-error-summary")?.TextContent ?? "";

    /// <summary>The message shown next to a field (its id is the field name with dots as underscores).</summary>
    public static string FieldError(this IDocument page, string fieldId) => page.QuerySelector($"#{fieldId}-error")?.TextContent.Trim() ?? "";

    public static string? FieldValue(this IDocument page, string fieldId) => page.QuerySelector($"#{fieldId}") switch
    {
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.Value,
        IHtmlInputElement input => input.Value,
        _ => null,
    };

    public static async Task<IDocument> PageOfAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"Expected the form back (200), got {(int)response.StatusCode} {response.Headers.Location}");
        return await HttpExtensions.ParseAsync(response);
    }

    public static Task<int> OrganisationIdAsync(this McnHubFactory factory, string name) =>
        factory.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    /// <summary>The app's today (UK time), so tests agree with it around midnight.</summary>
    public static DateOnly Today => McnHub.Features.Members.People.UkDates.Today();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
