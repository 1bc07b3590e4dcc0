using System.Text;
using McnHub.Features.Members.Organisations;

namespace McnHub.Tests.Features.Members.Organisations;

public sealed class OrganisationCsvImportTests
{
    private const string Header = "Name,OdsCode,Type,Sector,AddressLine1,AddressLine2,Town,Postcode,Website,Phone,Email,Status,Areas";

    private static readonly ImportContext Context = new(
        new Dictionary<string, string> { ["kingfisher children's hospice"] = "Kingfisher Children's Hospice" },
        new Dictionary<string, string> { ["8KF01"] = "Kingfisher Children's Hospice" },
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Northbrook"] = 1, ["Eastmere"] = 2 },
        new DateOnly(2025, 6, 30));

    private static ImportPreview Parse(params string[] lines) => OrganisationCsvImport.Parse(string.Join("\r\n", lines), Context);

    [Fact]
    public void A_good_row_is_ready_with_its_areas()
    {
        var preview = Parse(Header, "Otter Hospice,8OT01,Children's hospice,Non-NHS,1 High St,,Northbrook,NB1 1AA,https://otter.example,0161 496 0000,a@otter.example,Member,Northbrook; eastmere");

        Assert.Empty(preview.FileErrors);
        var row = Assert.Single(preview.ValidRows);
        Assert.Equal(2, row.Line);
        Assert.Equal("Otter Hospice", row.Values!.Name);
        Assert.Equal(MembershipStatus.Member, row.Values.Status);
        Assert.Equal([1, 2], row.AreaIds);
    }

    [Fact]
    public void Header_names_match_in_any_case_and_spacing_and_unknown_columns_are_noted()
    {
        var preview = Parse("NAME, ods code ,type,SECTOR,Favourite colour", "Otter Hospice,8ot01,Charity,NHS,blue");

        Assert.Empty(preview.FileErrors);
        Assert.Contains(preview.Notes, n => n.Contains("\"Favourite colour\" is not one McnHub knows"));
        Assert.Equal("8OT01", Assert.Single(preview.ValidRows).Values!.OdsCode);
    }

    [Fact]
    public void Missing_required_columns_are_a_whole_file_error_naming_them()
    {
        var preview = Parse("Name,Town", "Otter Hospice,Northbrook");

        var error = Assert.Single(preview.FileErrors);
        Assert.Contains("missing the required columns Type, Sector", error);
        Assert.Empty(preview.ValidRows);
    }

    [Fact]
    public void A_file_with_only_a_header_says_there_is_nothing_to_import()
    {
        var preview = Parse(Header);

        Assert.Contains("has no organisations", Assert.Single(preview.FileErrors));
    }

    [Fact]
    public void Bad_values_list_what_is_allowed()
    {
        var preview = Parse(Header, "Otter Hospice,R!,Hospital,Private,,,,,www.otter,,not-an-email,Gone,Atlantis");

        var problems = Assert.Single(preview.Rows).Problems;
        Assert.Contains(problems, p => p.StartsWith("OdsCode: ODS code must be 3 to 10 letters and numbers"));
        Assert.Contains(problems, p => p.StartsWith("Type: Type \"Hospital\" is not recognised: use one of Tertiary children's hospital, District general hospital"));
        Assert.Contains(problems, p => p.Contains("use one of NHS, Non-NHS"));
        Assert.Contains(problems, p => p.StartsWith("Website:"));
        Assert.Contains(problems, p => p.StartsWith("Email:"));
        Assert.Contains(problems, p => p.Contains("use one of Prospective, Member, Lapsed, Left"));
        Assert.Contains(problems, p => p.StartsWith("Areas: \"Atlantis\" is not an area of the network. Use the names Eastmere, Northbrook"));
        Assert.Empty(preview.ValidRows);
    }

    [Fact]
    public void Duplicates_within_the_file_and_against_the_database_are_problems()
    {
        var preview = Parse(
            Header,
            "Otter Hospice,8OT01,Charity,NHS,,,,,,,,,",
            "otter hospice,8OT02,Charity,NHS,,,,,,,,,",
            "Heron Care,8OT02,Charity,NHS,,,,,,,,,",
            "Kingfisher CHILDREN'S Hospice,,Charity,NHS,,,,,,,,,",
            "Swan Care,8kf01,Charity,NHS,,,,,,,,,",
            "Fine Care,,Charity,NHS,,,,,,,,,");

        Assert.Contains("lines 2 and 3", string.Join(" ", preview.Rows[0].Problems));
        Assert.Contains("lines 3 and 4", string.Join(" ", preview.Rows[1].Problems));
        Assert.Contains("OdsCode: 8OT02 is in this file more than once", string.Join(" ", preview.Rows[2].Problems));
        Assert.Contains("an organisation called \"Kingfisher Children's Hospice\" already exists", string.Join(" ", preview.Rows[3].Problems));
        Assert.Contains("8KF01 is already used by Kingfisher Children's Hospice", string.Join(" ", preview.Rows[4].Problems));
        Assert.Equal(["Fine Care"], preview.ValidRows.Select(r => r.Values!.Name));
    }

    [Fact]
    public void Formula_injection_cells_make_the_row_refused_but_phone_numbers_with_a_plus_are_fine()
    {
        var preview = Parse(
            Header,
            "\"=cmd|' /C calc'!A0\",,Charity,NHS,,,,,,,,,",
            "Good Care,,Charity,NHS,@SUM(1),,,,,,,,",
            "Plus Care,,Charity,NHS,,,,,,+44 161 496 0000,,,");

        Assert.Contains("Name: \"=cmd|' /C calc'!A0\" starts with \"=\", so a spreadsheet could run it as a formula", string.Join(" ", preview.Rows[0].Problems));
        Assert.Contains("AddressLine1: \"@SUM(1)\" starts with \"@\"", string.Join(" ", preview.Rows[1].Problems));
        Assert.Equal(["Plus Care"], preview.ValidRows.Select(r => r.Values!.Name));
    }

    [Fact]
    public void Over_long_values_are_problems()
    {
        var preview = Parse(Header, $"{new string('n', 201)},,Charity,NHS,,,{new string('t', 101)},,,,,,");

        var problems = Assert.Single(preview.Rows).Problems;
        Assert.Contains("Name: Name must be 200 characters or fewer", problems);
        Assert.Contains("Town: Town or city must be 100 characters or fewer", problems);
    }

    [Fact]
    public void Quoted_fields_with_commas_and_line_breaks_keep_the_right_line_numbers()
    {
        var preview = Parse(Header, "\"Otter, Seal and Puffin Care\",,Charity,NHS,\"1 High St\nFloor 2\",,,,,,,,", "Fine Care,,Charity,NHS,,,,,,,,,");

        Assert.Equal("Otter, Seal and Puffin Care", preview.Rows[0].Values!.Name);
        Assert.Equal(2, preview.Rows[0].Line);
        Assert.Equal(4, preview.Rows[1].Line);
    }

    [Fact]
    public void Utf8_with_or_without_a_byte_order_mark_is_read_as_is()
    {
        var text = "Name,Type,Sector\r\nCafé Care,Charity,NHS\r\n";

        var withBom = OrganisationCsvImport.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        var without = OrganisationCsvImport.Decode(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, withBom.Text);
        Assert.Equal(text, without.Text);
        Assert.Null(without.Note);
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_and_the_preview_says_so()
    {
        // "Café – Care" as Excel's plain CSV saves it: é is 0xE9 and the en dash 0x96 in Windows-1252.
        byte[] bytes = [.. "Name,Type,Sector\r\nCaf"u8, 0xE9, (byte)' ', 0x96, .. " Care,Charity,NHS\r\n"u8];

        var decoded = OrganisationCsvImport.Decode(bytes);

        Assert.Null(decoded.Error);
        Assert.Contains("Café – Care", decoded.Text);
        Assert.Contains("read as Windows-1252", decoded.Note);
    }

    [Fact]
    public void Binary_files_and_workbooks_are_refused_with_a_clear_message()
    {
        var binary = OrganisationCsvImport.Decode([0x4E, 0x61, 0x00, 0x01, 0x02]);
        var workbook = OrganisationCsvImport.Decode([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);
        var empty = OrganisationCsvImport.Decode([]);

        Assert.Contains("not a text file", binary.Error);
        Assert.Contains("spreadsheet workbook, not a CSV file", workbook.Error);
        Assert.Equal("The selected file is empty", empty.Error);
        Assert.Null(binary.Text);
    }
}
