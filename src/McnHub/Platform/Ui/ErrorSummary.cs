using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace McnHub.Platform.Ui;

/// <summary>
/// The order in which a page renders its fields, so the error summary can list problems in the order of the form
/// (the NHS.UK pattern) rather than in ModelState's own order, which is not the page's. The field tag helpers record
/// themselves; a field group written by hand records its name with <see cref="Rendered"/>.
/// </summary>
public static class FieldOrder
{
    private static readonly ConditionalWeakTable<ModelStateDictionary, List<string>> Order = [];

    /// <summary>Records that the field <paramref name="name"/> (or every field under it, like "Input.Hours[0]") is shown here.</summary>
    public static void Rendered(ModelStateDictionary state, string name)
    {
        var names = Order.GetOrCreateValue(state);
        lock (names)
        {
            names.Add(name);
        }
    }

    /// <summary>Where the field for a ModelState key sits on the page; errors not tied to a field come first, unknown fields last.</summary>
    public static int PositionOf(ModelStateDictionary state, string key)
    {
        if (key.Length == 0)
        {
            return -1;
        }

        if (!Order.TryGetValue(state, out var names))
        {
            return int.MaxValue;
        }

        lock (names)
        {
            var index = names.FindIndex(n => key == n || key.StartsWith(n + ".", StringComparison.Ordinal) || key.StartsWith(n + "[", StringComparison.Ordinal));
            return index < 0 ? int.MaxValue : index;
        }
    }
}

/// <summary>The NHS.UK error summary, listing every ModelState error with a link to its field, in the order of the form.</summary>
[HtmlTargetElement("nhs-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        // The summary comes before the fields it lists, so the list is written only when the page is written out,
        // by which time every field has rendered and recorded its place.
        output.Content.SetHtmlContent(new Summary(state));
    }

    private sealed class Summary(ModelStateDictionary state) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var items = state
                .Where(kv => kv.Value is { ValidationState: ModelValidationState.Invalid })
                .SelectMany(kv => kv.Value!.Errors.Select(e => (Key: kv.Key, e.ErrorMessage)))
                .OrderBy(x => FieldOrder.PositionOf(state, x.Key))
                .Select(x => x.Key.Length == 0
                    ? $"<li>{encoder.Encode(x.ErrorMessage)}</li>"
                    : $"<li><a href=\"#{FieldIds.For(x.Key)}\">{encoder.Encode(x.ErrorMessage)}</a></li>");
            writer.Write(
                "<div class=\"nhsuk-error-summary\" data-module=\"nhsuk-error-summary\" tabindex=\"-1\"><div role=\"alert\">" +
                "<h2 class=\"nhsuk-error-summary__heading\">There is a problem</h2><div class=\"nhsuk-error-summary__body\">" +
                $"<ul class=\"nhsuk-list nhsuk-error-summary__list\">{string.Concat(items)}</ul></div></div></div>");
        }
    }
}
