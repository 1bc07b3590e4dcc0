using System.Text;
using ClosedXML.Excel;
using McnHub.Platform.Export;

namespace McnHub.Tests.Platform.Export;

public sealed class TabularExportTests
{
    private static readonly Table Sample = new(
        "things",
        ["Name", "Count", "When"],
        [
            ["=cmd|' /C calc'!A0", 3, new DateOnly(2025, 3, 31)],
            ["Plain, with a comma", null, null],
            ["@SUM(A1)", 4.5, null],
        ]);

    [Fact]
    public void Csv_starts_with_a_byte_order_mark_quotes_commas_and_escapes_formulas()
    {
        var bytes = TabularExport.ToCsv(Sample);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name,Count,When", lines[0]);
        Assert.Equal("'=cmd|' /C calc'!A0,3,2025-03-31", lines[1]);
        Assert.Equal("\"Plain, with a comma\",,", lines[2]);
        Assert.Equal("'@SUM(A1),4.5,", lines[3]);
    }

    [Fact]
    public void Excel_writes_text_as_text_escaped_and_numbers_as_numbers()
    {
        using var workbook = new XLWorkbook(new MemoryStream(TabularExport.ToExcel(Sample)));
        var sheet = workbook.Worksheet("things");

        Assert.Equal("Name", sheet.Cell(1, 1).GetString());
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal("'=cmd|' /C calc'!A0", sheet.Cell(2, 1).GetString());
        Assert.False(sheet.Cell(2, 1).HasFormula);
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType);
        Assert.Equal(3d, sheet.Cell(2, 2).GetDouble());
        Assert.Equal("2025-03-31", sheet.Cell(2, 3).GetString());
        Assert.True(sheet.Cell(3, 2).IsEmpty());
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("plain", "plain")]
    [InlineData(null, "")]
    public void Formula_escaping_covers_every_dangerous_first_character(string? value, string expected) =>
        Assert.Equal(expected, TabularExport.EscapeFormula(value));
}
