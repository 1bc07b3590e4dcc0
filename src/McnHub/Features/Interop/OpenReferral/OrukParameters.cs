using System.Globalization;

namespace McnHub.Features.Interop.OpenReferral;

/// <summary>
/// Paging of every ORUK list: <c>page</c> from 1 (default 1), <c>per_page</c> from 1 (default 50). A <c>per_page</c>
/// above 100 is clamped to 100 (the envelope's <c>size</c> says so); a page beyond the last is empty, not an error.
/// </summary>
internal sealed record OrukPaging(int Page, int PerPage)
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 100;

    /// <summary>Rows to skip; a long, so that a huge page number cannot overflow.</summary>
    public long Skip => (long)(Page - 1) * PerPage;

    /// <summary>True when the page starts beyond anything a database could hold: answer empty without asking.</summary>
    public bool IsBeyondAnyData => Skip > int.MaxValue;

    public OrukPage<T> Envelope<T>(int totalItems, IReadOnlyList<T> contents)
    {
        var totalPages = (int)((totalItems + (long)PerPage - 1) / PerPage);
        return new OrukPage<T>(totalItems, totalPages, Page, PerPage, Page == 1, Page >= totalPages, contents.Count == 0, contents);
    }
}

/// <summary>
/// Reads and checks the query parameters of the ORUK API. Parameters arrive as strings and are parsed here, so a
/// bad value becomes a validation problem that names the parameter (not a bare 400 from model binding).
/// </summary>
internal sealed class OrukParameters
{
    public const int MaxTextLength = 200;

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public OrukPaging Paging(string? page, string? perPage)
    {
        var pageNumber = PositiveInteger("page", page) ?? 1;
        if (pageNumber > int.MaxValue)
        {
            Add("page", $"page can be at most {int.MaxValue}.");
            pageNumber = 1;
        }

        var size = PositiveInteger("per_page", perPage) ?? OrukPaging.DefaultPerPage;
        return new OrukPaging((int)pageNumber, (int)Math.Min(size, OrukPaging.MaxPerPage));
    }

    /// <summary>An age in whole years, 0 or more; null when absent.</summary>
    public int? Age(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var age))
        {
            Add(name, $"{name} must be a whole number of years, not \"{value}\".");
            return null;
        }

        if (age < 0)
        {
            Add(name, $"{name} cannot be negative.");
            return null;
        }

        return age;
    }

    public string? Text(string name, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            Add(name, $"{name} can be at most {MaxTextLength} characters.");
            return null;
        }

        return text;
    }

    public void Add(string name, string message) => Errors[name] = [.. Errors.GetValueOrDefault(name) ?? [], message];

    private long? PositiveInteger(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!long.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Add(name, $"{name} must be a whole number, not \"{value}\".");
            return null;
        }

        if (number < 1)
        {
            Add(name, $"{name} must be 1 or more.");
            return null;
        }

        return number;
    }
}
