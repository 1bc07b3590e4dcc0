using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace McnHub.Platform.Export;

/// <summary>A table to export: column headings and rows of cell values.</summary>
public sealed record Table(string Name, IReadOnlyList<string> Headings, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>
/// CSV (CsvHelper) and Excel (ClosedXML) export of any list. Cells that a spreadsheet would run as a
/// formula (starting =, +, -, @, tab or carriage return) are escaped with a leading apostrophe.
/// </summary>
public static class TabularExport
{
    public static string EscapeFormula(string? value) =>
        !string.IsNullOrEmpty(value) && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";

    public static byte[] ToCsv(Table table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true))
        {
            foreach (var heading in table.Headings)
            {
                csv.WriteField(heading);
            }

            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell is string or null ? EscapeFormula(Format(cell)) : Format(cell) ?? "");
                }

                csv.EndRecord();
            }
        }

        // UTF-8 with a byte order mark, so Excel opens accented names correctly.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(writer.ToString())];
    }

    public static byte[] ToExcel(Table table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(table.Name));
        for (var c = 0; c < table.Headings.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = table.Headings[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (row[c])
                {
                    case null:
                        break;
                    case int or long or double or decimal:
                        cell.Value = Convert.ToDouble(row[c], CultureInfo.InvariantCulture);
                        break;
                    default:
                        // Text cells are written as text, never as formulas; escaped too for safety when re-saved as CSV.
                        cell.SetValue(EscapeFormula(Format(row[c])));
                        cell.DataType = XLDataType.Text;
                        break;
                }
            }

            r++;
        }

        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Answers `format=csv` or `format=xlsx` with a download named after the table and today's date.</summary>
    public static IActionResult File(Table table, string format)
    {
        var stamp = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
            ? new FileContentResult(ToExcel(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = $"{table.Name}-{stamp}.xlsx" }
            : new FileContentResult(ToCsv(table), "text/csv; charset=utf-8") { FileDownloadName = $"{table.Name}-{stamp}.csv" };
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "Yes" : "No",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => !"[]:*?/\\".Contains(c)).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
