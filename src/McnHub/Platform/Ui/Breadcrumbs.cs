using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace McnHub.Platform.Ui;

public sealed record Crumb(string Text, string Href);

/// <summary>Pages set their trail with <c>ViewData.SetBreadcrumbs(("Home", "/"), ...)</c>.</summary>
public static class Breadcrumbs
{
    public const string Key = "Breadcrumbs";

    public static void SetBreadcrumbs(this ViewDataDictionary viewData, params (string Text, string Href)[] crumbs) =>
        viewData[Key] = crumbs.Select(c => new Crumb(c.Text, c.Href)).ToList();
}
