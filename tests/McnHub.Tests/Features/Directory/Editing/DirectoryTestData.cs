using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Directory.Editing;

/// <summary>Builders for directory tests: services written straight to the database, and form posts with several values per name.</summary>
public static class DirectoryTestData
{
    public const string Coordinator = "coordinator@riverlands.example";
    public const string Lead = "lead@riverlands.example";
    public const string LeadsOrganisation = "Kingfisher Children's Hospice";
    public const string OtherOrganisation = "Willow Bank Children's Hospice";

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static Task<int> OrganisationIdAsync(this McnHubFactory factory, string name) =>
        factory.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<int> TermIdAsync(this McnHubFactory factory, string code) =>
        factory.WithDbAsync(db => db.Set<TaxonomyTerm>().Where(t => t.Code == code).Select(t => t.Id).SingleAsync());

    public static Task<int> AreaIdAsync(this McnHubFactory factory, string name) =>
        factory.WithDbAsync(db => db.Set<Area>().Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    /// <summary>A service of the named organisation, saved directly; <paramref name="configure"/> adjusts it first.</summary>
    public static async Task<int> CreateServiceAsync(this McnHubFactory factory, string organisation, string? name = null, Action<Service>? configure = null)
    {
        var organisationId = await factory.OrganisationIdAsync(organisation);
        var termId = await factory.TermIdAsync("short-breaks");
        var areaId = await factory.AreaIdAsync("Northbrook");
        return await factory.WithDbAsync(async db =>
        {
            var service = new Service
            {
                OrganisationId = organisationId,
                Name = name ?? Unique("Test service"),
                Description = "A service made by a test.",
                MinimumAge = 0,
                MaximumAge = 18,
                LastVerifiedOn = DateOnly.FromDateTime(DateTime.UtcNow),
                LastVerifiedBy = "Test",
                Types = [new ServiceType { TaxonomyTermId = termId }],
                Areas = [new ServiceArea { AreaId = areaId }],
                Hours = [new OpeningHours { Day = DayOfWeek.Monday, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(17, 0) }],
                Locations = [new ServiceLocation { Name = "Test House", Town = "Northbrook", Postcode = "NB1 4AA" }],
            };
            configure?.Invoke(service);
            db.Add(service);
            await db.SaveChangesAsync();
            return service.Id;
        });
    }

    public static Task<Service> LoadServiceAsync(this McnHubFactory factory, int id) =>
        factory.WithDbAsync(db => db.Set<Service>().AsNoTracking()
            .Include(s => s.Types).Include(s => s.Areas).Include(s => s.Hours).Include(s => s.Locations)
            .AsSplitQuery()
            .SingleAsync(s => s.Id == id));

    /// <summary>
    /// Posts a form as a browser would: every field of the form (time inputs and checkboxes included), except the
    /// names given, which are replaced by the values given (several values for one name are allowed; none clears it).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IDocument page, IEnumerable<(string Name, string Value)> overrides, string formSelector = "main form", IEnumerable<string>? cleared = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        var given = overrides.ToList();
        var replaced = given.Select(o => o.Name).Concat(cleared ?? []).ToHashSet();
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement box when box.Type is "checkbox" or "radio":
                    if (!replaced.Contains(box.Name!) && box.IsChecked)
                    {
                        fields.Add(new(box.Name!, box.Value));
                    }

                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "file" or "button"):
                    if (!replaced.Contains(input.Name))
                    {
                        fields.Add(new(input.Name, input.GetAttribute("value") ?? ""));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !replaced.Contains(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !replaced.Contains(select.Name):
                    fields.AddRange(select.SelectedOptions.Select(o => new KeyValuePair<string, string>(select.Name, o.Value)));
                    break;
            }
        }

        fields.AddRange(given.Select(o => new KeyValuePair<string, string>(o.Name, o.Value)));
        var action = new Uri(new Uri(page.Url), form.GetAttribute("action") ?? "");
        return await client.PostAsync(action.PathAndQuery, new FormUrlEncodedContent(fields));
    }

    public static async Task<IDocument> ExpectPageAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected the page again, got {(int)response.StatusCode} {response.Headers.Location}");
        return await HttpExtensions.ParseAsync(response);
    }

    public static string ErrorSummary(this IDocument page) => page.QuerySelector(".nhsuk-error-summary")?.TextContent ?? "";

    /// <summary>What a field shows: the value attribute of an input, the text of a textarea.</summary>
    public static string? FieldValue(this IDocument page, string id) => page.GetElementById(id) switch
    {
        IHtmlTextAreaElement area => area.Value,
        IHtmlInputElement input => input.GetAttribute("value"),
        IHtmlSelectElement select => select.Value,
        _ => null,
    };
}
