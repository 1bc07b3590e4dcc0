using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using McnHub.Features.Directory.Services;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.Taxonomy;

/// <summary>Rules for taxonomy terms: codes are stable ids that the APIs publish, so they are fixed once used.</summary>
public static partial class TaxonomyRules
{
    public const int CodeMaxLength = 80;
    public const int LabelMaxLength = 150;

    [GeneratedRegex("^[a-z0-9-]+$")]
    public static partial Regex CodePattern();

    public static bool IsUri(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Scheme) && !uri.IsFile && !uri.IsUnc;

    public static Task<int> UsageAsync(AppDbContext db, int termId, CancellationToken ct) =>
        db.Set<ServiceType>().CountAsync(t => t.TaxonomyTermId == termId, ct);
}

/// <summary>What the create and edit pages post.</summary>
public sealed class TaxonomyForm
{
    [Required(ErrorMessage = "Enter a code")]
    [StringLength(TaxonomyRules.CodeMaxLength, ErrorMessage = "Code must be 80 characters or fewer")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Enter a label")]
    [StringLength(TaxonomyRules.LabelMaxLength, ErrorMessage = "Label must be 150 characters or fewer")]
    public string? Label { get; set; }

    [StringLength(1000, ErrorMessage = "Description must be 1,000 characters or fewer")]
    public string? Description { get; set; }

    [StringLength(300, ErrorMessage = "URI must be 300 characters or fewer")]
    public string? Uri { get; set; }

    [Range(0, 9999, ErrorMessage = "Order must be a whole number from 0 to 9999")]
    public int SortOrder { get; set; }

    public bool RequiredInEveryArea { get; set; }

    public bool Required24x7 { get; set; }

    public int Version { get; set; }

    public static TaxonomyForm From(TaxonomyTerm t) => new()
    {
        Code = t.Code,
        Label = t.Label,
        Description = t.Description,
        Uri = t.Uri,
        SortOrder = t.SortOrder,
        RequiredInEveryArea = t.RequiredInEveryArea,
        Required24x7 = t.Required24x7,
        Version = t.Version,
    };

    /// <summary>All checks, including uniqueness; <paramref name="codeFixed"/> when the term is in use and its code may not change.</summary>
    public async Task ValidateAsync(AppDbContext db, ModelStateDictionary state, int? id, CancellationToken ct)
    {
        var code = Code?.Trim() ?? "";
        var label = Label?.Trim() ?? "";
        if (code.Length > 0 && !TaxonomyRules.CodePattern().IsMatch(code))
        {
            state.AddModelError("Input.Code", "Code must use only lowercase letters, digits and hyphens, like end-of-life-care-at-home");
        }
        else if (code.Length > 0 && await db.Set<TaxonomyTerm>().AnyAsync(t => t.Code == code && t.Id != (id ?? 0), ct))
        {
            state.AddModelError("Input.Code", "Another term already has this code");
        }

        if (label.Length > 0 && await db.Set<TaxonomyTerm>().AnyAsync(t => t.Label.ToLower() == label.ToLower() && t.Id != (id ?? 0), ct))
        {
            state.AddModelError("Input.Label", "Another term already has this label");
        }

        if (!string.IsNullOrWhiteSpace(Uri) && !TaxonomyRules.IsUri(Uri))
        {
            state.AddModelError("Input.Uri", "Enter an absolute URI, like http://snomed.info/id/1234, or leave it empty");
        }

        if (Required24x7 && !RequiredInEveryArea)
        {
            state.AddModelError("Input.Required24x7", "Only a type required in every area can be required 24/7: tick both, or neither");
        }
    }

    public void ApplyTo(TaxonomyTerm t, bool codeFixed)
    {
        if (!codeFixed)
        {
            t.Code = Code!.Trim();
        }

        t.Label = Label!.Trim();
        t.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        t.Uri = string.IsNullOrWhiteSpace(Uri) ? null : Uri.Trim();
        t.SortOrder = SortOrder;
        t.RequiredInEveryArea = RequiredInEveryArea;
        t.Required24x7 = Required24x7;
    }
}
