using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace McnHub.Platform.Ui;

/// <summary>
/// NHS.UK form components as tag helpers: a form group with label, hint, error message (from ModelState)
/// and the control, so the error summary pattern needs no per-page markup. The posted value is redisplayed,
/// so nothing the user typed is lost.
/// </summary>
public abstract class NhsFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    /// <summary>Mark the label "(optional)"?</summary>
    public bool Optional { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    protected string Name => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    protected string Id => FieldIds.For(Name);

    protected string? Error
    {
        get
        {
            var state = ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) ? entry : null;
            return state?.Errors.FirstOrDefault()?.ErrorMessage;
        }
    }

    /// <summary>What the user typed (on a failed post) or the model's value.</summary>
    protected string? CurrentValue
    {
        get
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null)
            {
                return entry.AttemptedValue;
            }

            return For.Model switch
            {
                null => null,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString(),
            };
        }
    }

    protected static string E(string? s) => HtmlEncoder.Default.Encode(s ?? "");

    protected string Group(string control, string? describedByExtra = null)
    {
        FieldOrder.Rendered(ViewContext.ViewData.ModelState, Name);
        var error = Error;
        var hintHtml = Hint is null ? "" : $"<div class=\"nhsuk-hint\" id=\"{Id}-hint\">{E(Hint)}</div>";
        var errorHtml = error is null ? "" : $"<span class=\"nhsuk-error-message\" id=\"{Id}-error\"><span class=\"nhsuk-u-visually-hidden\">Error: </span>{E(error)}</span>";
        var label = $"<label class=\"nhsuk-label\" for=\"{Id}\">{E(Label)}{(Optional ? " (optional)" : "")}</label>";
        _ = describedByExtra;
        return $"<div class=\"nhsuk-form-group{(error is null ? "" : " nhsuk-form-group--error")}\">{label}{hintHtml}{errorHtml}{control}</div>";
    }

    protected string DescribedBy()
    {
        var ids = new List<string>();
        if (Hint is not null)
        {
            ids.Add($"{Id}-hint");
        }

        if (Error is not null)
        {
            ids.Add($"{Id}-error");
        }

        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }
}

public static class FieldIds
{
    /// <summary>The element id for a field name; the error summary links to it.</summary>
    public static string For(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}

[HtmlTargetElement("nhs-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsInputTagHelper : NhsFieldTagHelper
{
    public string Type { get; set; } = "text";

    /// <summary>NHS.UK fixed width: 2, 3, 4, 5, 10, 20 or 30 characters.</summary>
    public int? Width { get; set; }

    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var css = "nhsuk-input" + (Width is null ? "" : $" nhsuk-input--width-{Width}") + (Error is null ? "" : " nhsuk-input--error");
        var auto = Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"";
        var spell = Type is "email" ? " spellcheck=\"false\"" : "";
        // A password is never written back into the page (it would sit in the HTML and the browser's cache).
        var value = Type is "password" ? "" : $" value=\"{E(CurrentValue)}\"";
        var control = $"<input class=\"{css}\" id=\"{Id}\" name=\"{E(Name)}\" type=\"{E(Type)}\"{value}{auto}{spell}{DescribedBy()}>";
        output.Content.SetHtmlContent(Group(control));
    }
}

[HtmlTargetElement("nhs-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsTextareaTagHelper : NhsFieldTagHelper
{
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var css = "nhsuk-textarea" + (Error is null ? "" : " nhsuk-textarea--error");
        var control = $"<textarea class=\"{css}\" id=\"{Id}\" name=\"{E(Name)}\" rows=\"{Rows}\"{DescribedBy()}>{E(CurrentValue)}</textarea>";
        output.Content.SetHtmlContent(Group(control));
    }
}

[HtmlTargetElement("nhs-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsSelectTagHelper : NhsFieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Text of an empty first option, e.g. "Any" or "Choose…"; none when null.</summary>
    public string? Empty { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var current = CurrentValue;
        var css = "nhsuk-select" + (Error is null ? "" : " nhsuk-select--error");
        var options = string.Concat(Items.Select(i =>
            $"<option value=\"{E(i.Value)}\"{(string.Equals(i.Value, current, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{E(i.Text)}</option>"));
        var empty = Empty is null ? "" : $"<option value=\"\">{E(Empty)}</option>";
        var control = $"<select class=\"{css}\" id=\"{Id}\" name=\"{E(Name)}\"{DescribedBy()}>{empty}{options}</select>";
        output.Content.SetHtmlContent(Group(control));
    }
}

/// <summary>A single yes/no checkbox.</summary>
[HtmlTargetElement("nhs-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsCheckboxTagHelper : NhsFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        FieldOrder.Rendered(ViewContext.ViewData.ModelState, Name);
        var isChecked = string.Equals(CurrentValue?.Split(',')[0], "true", StringComparison.OrdinalIgnoreCase);
        var hint = Hint is null ? "" : $"<div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"{Id}-hint\">{E(Hint)}</div>";
        var error = Error;
        var errorHtml = error is null ? "" : $"<span class=\"nhsuk-error-message\" id=\"{Id}-error\"><span class=\"nhsuk-u-visually-hidden\">Error: </span>{E(error)}</span>";
        var html = $"<div class=\"nhsuk-form-group{(error is null ? "" : " nhsuk-form-group--error")}\">{errorHtml}<div class=\"nhsuk-checkboxes\"><div class=\"nhsuk-checkboxes__item\">" +
                   $"<input class=\"nhsuk-checkboxes__input\" id=\"{Id}\" name=\"{E(Name)}\" type=\"checkbox\" value=\"true\"{(isChecked ? " checked" : "")}{DescribedBy()}>" +
                   $"<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"{Id}\">{E(Label)}</label>{hint}</div></div>" +
                   $"<input type=\"hidden\" name=\"{E(Name)}\" value=\"false\"></div>";
        output.Content.SetHtmlContent(html);
    }
}
