using System.Globalization;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using McnHub.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.DataValues;

/// <summary>The export's query string, read and checked: every bad filter is named with what to send instead.</summary>
public sealed class DataValueFilter
{
    public int? DatasetId { get; private set; }

    public int? OrganisationId { get; private set; }

    public Period? Period { get; private set; }

    public Period? From { get; private set; }

    public Period? To { get; private set; }

    public string? Element { get; private set; }

    public ReturnStatus? Status { get; private set; }

    public int Page { get; private set; } = 1;

    public int PerPage { get; private set; } = Paging.DefaultPageSize;

    /// <summary>"csv" or "xlsx" for a file of every matching value; null for a JSON page.</summary>
    public string? FileFormat { get; private set; }

    public Dictionary<string, string[]> Errors { get; } = [];

    public static async Task<DataValueFilter> ParseAsync(AppDbContext db, string? dataset, string? organisation, string? period, string? from, string? to, string? element, string? status, string? page, string? perPage, string? format, CancellationToken ct)
    {
        var f = new DataValueFilter();
        if (!string.IsNullOrWhiteSpace(dataset))
        {
            var code = dataset.Trim();
            f.DatasetId = await db.Set<Dataset>().Where(d => d.Code == code.ToUpperInvariant() || d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            f.Error(f.DatasetId is null, "dataset", $"There is no dataset with the code \"{code}\".");
        }

        if (!string.IsNullOrWhiteSpace(organisation))
        {
            var known = int.TryParse(organisation, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && await db.Set<Organisation>().AnyAsync(o => o.Id == id, ct);
            f.OrganisationId = known ? id : null;
            f.Error(!known, "organisation", $"There is no organisation with the id \"{organisation}\": give the organisation's number, as in /api/v1/organisations.");
        }

        f.Period = f.ReadPeriod(period, "period");
        f.From = f.ReadPeriod(from, "from");
        f.To = f.ReadPeriod(to, "to");
        f.Error(f.Period is not null && (f.From is not null || f.To is not null), "period", "Give either period, or from and/or to, not both.");
        f.Error(f.From is Period a && f.To is Period b && a.Start > b.End, "to", "to must be the same period as from or a later one.");

        if (!string.IsNullOrWhiteSpace(element))
        {
            var code = element.Trim();
            f.Element = await db.Set<DataElement>().Where(e => e.Code == code.ToUpperInvariant() || e.Code == code).Select(e => e.Code).FirstOrDefaultAsync(ct);
            f.Error(f.Element is null, "element", $"There is no data element with the code \"{code}\".");
        }

        if (!string.IsNullOrWhiteSpace(status))
        {
            var known = Enum.TryParse<ReturnStatus>(status.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _);
            f.Status = known ? s : null;
            f.Error(!known, "status", $"Unknown status \"{status}\": use draft, submitted, approved or reopened.");
        }

        f.Page = f.ReadNumber(page, "page", 1, int.MaxValue, "page must be a whole number from 1.") ?? 1;
        f.PerPage = f.ReadNumber(perPage, "per_page", 1, Paging.MaxPageSize, $"per_page must be a whole number from 1 to {Paging.MaxPageSize}.") ?? Paging.DefaultPageSize;
        var fmt = format?.Trim().ToLowerInvariant();
        f.FileFormat = fmt is "csv" or "xlsx" ? fmt : null;
        f.Error(fmt is not (null or "" or "json" or "csv" or "xlsx"), "format", $"Unknown format \"{format}\": use json, csv or xlsx.");
        return f;
    }

    /// <summary>The values this filter selects among those the caller may see (<paramref name="own"/> null: all).</summary>
    public IQueryable<DataValue> Apply(IQueryable<DataValue> values, IReadOnlySet<int>? own)
    {
        if (own is not null)
        {
            var ids = own.ToList();
            values = values.Where(v => ids.Contains(v.OrganisationId));
        }

        if (DatasetId is int dataset)
        {
            values = values.Where(v => v.DataReturn!.DatasetId == dataset);
        }

        if (OrganisationId is int organisation)
        {
            values = values.Where(v => v.OrganisationId == organisation);
        }

        if (Period is Period p)
        {
            values = values.Where(v => v.DataReturn!.Period == p);
        }

        if (From is Period from)
        {
            var start = from.Start;
            values = values.Where(v => v.PeriodStart >= start);
        }

        if (To is Period to)
        {
            var end = to.End;
            values = values.Where(v => v.PeriodStart <= end);
        }

        if (Element is string code)
        {
            values = values.Where(v => v.DataElement!.Code == code);
        }

        if (Status is ReturnStatus status)
        {
            values = values.Where(v => v.DataReturn!.Status == status);
        }

        return values;
    }

    private void Error(bool when, string key, string message)
    {
        if (when)
        {
            Errors[key] = [message];
        }
    }

    private Period? ReadPeriod(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Evaluation.Period.TryParse(text, out var p))
        {
            return p;
        }

        Errors[key] = [$"\"{text}\" is not a period: use 2026-03 (a month), 2026Q1 (a quarter) or 2026 (a year)."];
        return null;
    }

    private int? ReadNumber(string? text, string key, int min, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        Errors[key] = [message];
        return null;
    }
}
