using McnHub.Platform.Export;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

/// <summary>The whole filtered list as a table for CSV and Excel (TabularExport escapes formula-like cells).</summary>
public static class OrganisationExport
{
    public const string TableName = "organisations";

    public static async Task<Table> TableAsync(IQueryable<Organisation> filtered, bool includeContact, CancellationToken ct)
    {
        var rows = await filtered.Select(o => new
        {
            o.Name,
            o.OdsCode,
            o.Type,
            o.Sector,
            o.AddressLine1,
            o.AddressLine2,
            o.Town,
            o.Postcode,
            o.Website,
            o.Phone,
            o.Email,
            o.Status,
            o.StatusSince,
            o.JoinedOn,
            o.LeftOn,
            Areas = o.AreasServed.Select(a => a.Area!.Name).ToList(),
        }).ToListAsync(ct);

        List<string> headings = ["Name", "ODS code", "Type", "Sector", "Address line 1", "Address line 2", "Town", "Postcode", "Website"];
        if (includeContact)
        {
            headings.AddRange(["Phone", "Email"]);
        }

        headings.AddRange(["Status", "Status since", "Joined", "Left", "Areas served"]);
        var cells = rows.Select(o =>
        {
            List<object?> row = [o.Name, o.OdsCode, OrganisationRules.Describe(o.Type), OrganisationRules.Describe(o.Sector), o.AddressLine1, o.AddressLine2, o.Town, o.Postcode, o.Website];
            if (includeContact)
            {
                row.AddRange([o.Phone, o.Email]);
            }

            row.AddRange([OrganisationRules.Describe(o.Status), o.StatusSince, o.JoinedOn, o.LeftOn, string.Join("; ", o.Areas.Order(StringComparer.OrdinalIgnoreCase))]);
            return (IReadOnlyList<object?>)row;
        });
        return new Table(TableName, headings, cells.ToList());
    }
}
