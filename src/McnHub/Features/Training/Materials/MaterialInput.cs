using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Training.Materials;

/// <summary>What the education lead types for a material; the file only when adding one.</summary>
public sealed class MaterialInput
{
    public MaterialKind? Kind { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public int? DurationMinutes { get; set; }

    public MaterialVisibility? Visibility { get; set; } = MaterialVisibility.Everyone;

    public IFormFile? File { get; set; }

    public int Version { get; set; }

    public static readonly IReadOnlyList<SelectListItem> KindItems =
    [
        new("A file to download", nameof(MaterialKind.File)),
        new("A link to a web page", nameof(MaterialKind.Link)),
        new("A recording (a link to a video)", nameof(MaterialKind.Recording)),
    ];

    public static readonly IReadOnlyList<SelectListItem> VisibilityItems =
        Enum.GetValues<MaterialVisibility>().Select(v => new SelectListItem(MaterialAccess.Audience(v), v.ToString())).ToList();

    public static MaterialInput From(CourseMaterial m) => new()
    {
        Kind = m.Kind, Title = m.Title, Description = m.Description, Url = m.Url, DurationMinutes = m.DurationMinutes, Visibility = m.Visibility, Version = m.Version,
    };

    /// <summary>Checks the fields for the kind (the file itself is checked by the file store); errors go next to each field.</summary>
    public void Check(ModelStateDictionary state, MaterialKind? kind, bool adding)
    {
        BindingErrors.Reword(state, "Input.DurationMinutes", "Enter the length of the recording in whole minutes, like 45");
        BindingErrors.Reword(state, "Input.Kind", "Choose what kind of material it is");
        BindingErrors.Reword(state, "Input.Visibility", "Choose who can see the material");
        if (string.IsNullOrWhiteSpace(Title))
        {
            state.AddModelError("Input.Title", "Enter the title of the material");
        }
        else if (Title.Trim().Length > 200)
        {
            state.AddModelError("Input.Title", "The title must be 200 characters or fewer");
        }

        if (Description?.Trim().Length > 2000)
        {
            state.AddModelError("Input.Description", "The description must be 2,000 characters or fewer");
        }

        if (Visibility is null && !HasError(state, "Input.Visibility"))
        {
            state.AddModelError("Input.Visibility", "Choose who can see the material");
        }

        if (kind is null)
        {
            if (!HasError(state, "Input.Kind"))
            {
                state.AddModelError("Input.Kind", "Choose what kind of material it is");
            }

            return;
        }

        if (kind == MaterialKind.File)
        {
            if (adding && File is null)
            {
                state.AddModelError("Input.File", "Select the file to upload");
            }

            return;
        }

        var what = kind == MaterialKind.Recording ? "recording" : "link";
        if (string.IsNullOrWhiteSpace(Url))
        {
            state.AddModelError("Input.Url", $"Enter the web address of the {what}");
        }
        else if (!(Uri.TryCreate(Url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)) || Url.Trim().Length > 1000)
        {
            state.AddModelError("Input.Url", $"Enter the web address of the {what} in full, starting https:// or http://");
        }

        if (kind == MaterialKind.Recording && DurationMinutes is < 1 or > 1440)
        {
            state.AddModelError("Input.DurationMinutes", "The length must be between 1 and 1,440 minutes (24 hours)");
        }
    }

    /// <summary>Copies the checked fields onto the record (not the kind or the file, which do not change).</summary>
    public void ApplyTo(CourseMaterial m)
    {
        m.Title = Title!.Trim();
        m.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        m.Visibility = Visibility!.Value;
        m.Url = m.Kind == MaterialKind.File ? null : Url!.Trim();
        m.DurationMinutes = m.Kind == MaterialKind.Recording ? DurationMinutes : null;
    }

    private static bool HasError(ModelStateDictionary state, string key) => state.TryGetValue(key, out var e) && e.Errors.Count > 0;
}
