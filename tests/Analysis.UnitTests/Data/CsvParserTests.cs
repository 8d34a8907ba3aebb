using Analysis.Data;

namespace Analysis.UnitTests.Data;

/// <summary>
/// The RFC 4180 reader on its own, one edge case per test: every expected header, record, line
/// number and issue below is read off the input text by hand.
/// </summary>
public sealed class CsvParserTests
{
    private const string File = "t/t.csv";

    private static (CsvTable Table, List<DataIssue> Issues) Parse(string text)
    {
        var issues = new List<DataIssue>();
        return (CsvParser.Parse(File, text, issues), issues);
    }

    private static string[][] Fields(CsvTable table) => table.Records.Select(r => r.Fields.ToArray()).ToArray();

    [Fact]
    public void Parse_LastRowWithoutTrailingNewline_IsKept()
    {
        var (table, issues) = Parse("a,b\n1,2\n3,4");

        Assert.Empty(issues);
        Assert.Equal(["a", "b"], table.Header);
        Assert.Equal([["1", "2"], ["3", "4"]], Fields(table));
        Assert.Equal([2, 3], table.Records.Select(r => r.Line));
    }

    [Fact]
    public void Parse_LastFieldEmptyWithoutTrailingNewline_IsKeptAsEmptyField()
    {
        // "3," ends the file: the record has two fields, the second empty.
        var (table, _) = Parse("a,b\n3,");

        Assert.Equal([["3", ""]], Fields(table));
    }

    [Fact]
    public void Parse_QuotedLastFieldWithoutTrailingNewline_IsKept()
    {
        var (table, issues) = Parse("a\n\"x\"");

        Assert.Empty(issues);
        Assert.Equal([["x"]], Fields(table));
    }

    [Fact]
    public void Parse_TextAfterClosingQuote_IsAnIssueOnItsLineWithTheWholeValue()
    {
        // Line 3 holds "a"b: the field is a, the stray text is b; the next field is still read.
        var (table, issues) = Parse("h1,h2\n1,2\n\"a\"b,c\n");

        var issue = Assert.Single(issues);
        Assert.Equal(new DataIssue(File, 3, null, "ab", "text after a closing quote: expected ',' or a line end"), issue);
        Assert.Equal([["1", "2"], ["a", "c"]], Fields(table));
    }

    [Theory]
    [InlineData("h\n\"a\"b\r\n")]
    [InlineData("h\n\"a\"b\r")]
    [InlineData("h\n\"a\"b")]
    public void Parse_TextAfterClosingQuote_StopsAtTheLineEnd(string text)
    {
        var (table, issues) = Parse(text);

        Assert.Equal((2, "ab"), (Assert.Single(issues).Line, issues[0].Value));
        Assert.Equal([["a"]], Fields(table));
    }

    [Theory]
    [InlineData("\"a\",b\n", "a", "b")]
    [InlineData("\"a\"\nx\n", "a", null)]
    [InlineData("\"a\"\r\nx\n", "a", null)]
    public void Parse_ClosingQuoteFollowedByDelimiterOrLineEnd_IsNoIssue(string body, string first, string? second)
    {
        var (table, issues) = Parse("h1,h2\n" + body);

        Assert.Empty(issues);
        Assert.Equal(first, table.Records[0].Fields[0]);
        if (second is not null)
        {
            Assert.Equal(second, table.Records[0].Fields[1]);
        }
    }

    [Fact]
    public void Parse_BlankLines_AreNotRecordsAndLaterLinesKeepTheirNumbers()
    {
        // Line 2 and line 4 are blank, line 6 too (before the end of the file).
        var (table, issues) = Parse("a,b\n\n1,2\n\n3,4\n\n");

        Assert.Empty(issues);
        Assert.Equal([["1", "2"], ["3", "4"]], Fields(table));
        Assert.Equal([3, 5], table.Records.Select(r => r.Line));
    }

    [Fact]
    public void Parse_RecordOfOnlyAnEmptyQuotedField_IsARecordNotABlankLine()
    {
        // "" is a field that is present and empty; a blank line has no field at all.
        var (table, issues) = Parse("a\n\"\"\n");

        Assert.Empty(issues);
        var record = Assert.Single(table.Records);
        Assert.Equal(2, record.Line);
        Assert.Equal("", Assert.Single(record.Fields));
    }

    [Fact]
    public void Parse_RecordOfOnlyAnEmptyQuotedFieldAtTheEnd_IsARecord()
    {
        var (table, _) = Parse("a\n\"\"");

        Assert.Equal([[""]], Fields(table));
    }

    [Fact]
    public void Parse_LoneCarriageReturnAtTheEnd_EndsTheRecordWithoutAddingOne()
    {
        var (table, issues) = Parse("a,b\n1,2\r");

        Assert.Empty(issues);
        Assert.Equal([["1", "2"]], Fields(table));
    }

    [Fact]
    public void Parse_LoneCarriageReturns_SeparateRecordsAndCountAsLines()
    {
        // Old Mac line ends: CR alone ends a line, so "2" is on line 2 and "3" on line 3.
        var (table, _) = Parse("a\r2\r3\r");

        Assert.Equal([["2"], ["3"]], Fields(table));
        Assert.Equal([2, 3], table.Records.Select(r => r.Line));
    }

    [Fact]
    public void Parse_CrLf_IsOneLineEndNotTwo()
    {
        var (table, _) = Parse("a\r\n1\r\n\r\n2\r\n");

        Assert.Equal([["1"], ["2"]], Fields(table));
        Assert.Equal([2, 4], table.Records.Select(r => r.Line));
    }

    [Fact]
    public void Parse_QuoteInsideAnUnquotedField_IsKeptAsText()
    {
        // Only a quote at the start of a field opens a quoted field.
        var (table, issues) = Parse("a,b\nx\"y,5\"\n");

        Assert.Empty(issues);
        Assert.Equal([["x\"y", "5\""]], Fields(table));
    }

    [Fact]
    public void Parse_DoubledQuotesAndLineBreaksInsideQuotes_AreUnescapedAndCounted()
    {
        // The quoted field spans lines 2 and 3 and ends with an escaped quote; the next record is on line 4.
        var (table, issues) = Parse("a,b\n\"say \"\"hi\n\"\"\",1\nz,2\n");

        Assert.Empty(issues);
        Assert.Equal([["say \"hi\n\"", "1"], ["z", "2"]], Fields(table));
        Assert.Equal([2, 4], table.Records.Select(r => r.Line));
    }

    [Fact]
    public void Parse_UnterminatedQuote_NamesTheLineItStartsOnAndKeepsTheRecordsBefore()
    {
        // The open quote on line 3 swallows lines 3 and 4.
        var (table, issues) = Parse("a,b\n1,2\n3,\"open\nstill open\n");

        var issue = Assert.Single(issues);
        Assert.Equal(new DataIssue(File, 3, null, "open\nstill open\n", "unterminated quoted field: expected a closing '\"'"), issue);
        Assert.Equal(["1", "2"], table.Records[0].Fields);
        Assert.Equal(["3", "open\nstill open\n"], table.Records[1].Fields);
    }

    [Fact]
    public void Parse_QuoteAtTheVeryEnd_IsUnterminated()
    {
        var (_, issues) = Parse("a\n\"");

        Assert.Equal((2, ""), (Assert.Single(issues).Line, issues[0].Value));
    }

    [Fact]
    public void Parse_EmptyText_HasNoHeaderAndNoRecords()
    {
        var (table, issues) = Parse("");

        Assert.Empty(issues);
        Assert.Empty(table.Header);
        Assert.Empty(table.Records);
    }

    [Fact]
    public void Parse_OnlyAByteOrderMark_IsEmpty()
    {
        var (table, _) = Parse("\uFEFF");

        Assert.Empty(table.Header);
    }

    [Fact]
    public void Parse_ByteOrderMarkOnlyAtTheStart_IsRemoved()
    {
        // A BOM elsewhere is text; only the first character is a byte-order mark.
        var (table, _) = Parse("\uFEFFa\n\uFEFFb\n");

        Assert.Equal(["a"], table.Header);
        Assert.Equal("\uFEFFb", table.Records[0].Fields[0]);
    }

    [Fact]
    public void Parse_HeaderOnly_HasNoRecords()
    {
        var (table, _) = Parse("a,b\n");

        Assert.Equal(["a", "b"], table.Header);
        Assert.Empty(table.Records);
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(60, null)] // 60 characters stay whole
    public void Truncate_UpToSixtyCharacters_KeepsTheValue(int length, string? expected)
    {
        var value = new string('x', length);

        Assert.Equal(expected ?? value, CsvParser.Truncate(value));
    }

    [Fact]
    public void Truncate_SixtyOneCharacters_KeepsFiftySevenAndAnEllipsis()
    {
        var value = string.Concat(Enumerable.Range(0, 61).Select(i => (char)('a' + (i % 26))));

        var shown = CsvParser.Truncate(value);

        Assert.Equal(60, shown.Length);
        Assert.Equal(value[..57] + "...", shown);
    }

    [Fact]
    public void Parse_LongValueInAnIssue_IsShortened()
    {
        var longText = new string('q', 100);

        var (_, issues) = Parse($"a\n\"{longText}");

        Assert.Equal(new string('q', 57) + "...", Assert.Single(issues).Value);
    }

    [Fact]
    public void Parse_LongTextAfterClosingQuote_IsShortened()
    {
        var (_, issues) = Parse($"a\n\"x\"{new string('y', 80)}\n");

        Assert.Equal("x" + new string('y', 56) + "...", Assert.Single(issues).Value);
    }

    [Fact]
    public void Parse_QuotedFieldAtTheVeryStart_IsUnquoted()
    {
        // The first character of the file opens a quoted field like any other field start.
        var (table, issues) = Parse("\"name, with comma\",b\n1,2\n");

        Assert.Empty(issues);
        Assert.Equal(["name, with comma", "b"], table.Header);
        Assert.Equal([["1", "2"]], Fields(table));
    }

    [Fact]
    public void ParseStrict_GoodTable_IsTheSameAsParse()
    {
        var table = CsvParser.ParseStrict(File, "a,b\n\n\"1,5\",2\r\n3,4");

        Assert.Equal(["a", "b"], table.Header);
        Assert.Equal([["1,5", "2"], ["3", "4"]], Fields(table));
        Assert.Equal([3, 4], table.Records.Select(r => r.Line));
    }

    [Fact]
    public void ParseStrict_StructuralIssue_ThrowsTheFirstWithOriginLineAndValue() =>
        // Two issues (lines 2 and 3); the message is the first one.
        Assert.Equal(
            "t/t.csv, line 2: text after a closing quote: expected ',' or a line end; found 'xy'.",
            Assert.Throws<FormatException>(() => CsvParser.ParseStrict(File, "a\n\"x\"y\n\"p\"q\n")).Message);

    [Theory]
    [InlineData("a,b\n1,2\n3\n", "t/t.csv, line 3: 1 fields where the header has 2.")]
    [InlineData("a,b\n1,2,3\n", "t/t.csv, line 2: 3 fields where the header has 2.")]
    public void ParseStrict_RecordWithAnotherFieldCount_ThrowsNamingTheLine(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => CsvParser.ParseStrict(File, text)).Message);

    [Fact]
    public void ParseStrict_Empty_IsAnEmptyTable()
    {
        var table = CsvParser.ParseStrict(File, "\n");

        Assert.Empty(table.Header);
        Assert.Empty(table.Records);
    }
}
