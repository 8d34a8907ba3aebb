using Analysis.Products.Tariffs;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Tariffs;

public sealed class TariffLinesTests
{
    [Fact]
    public void Parse_FullTable_ReadsEveryColumn()
    {
        var lines = TariffLines.Parse("hs6,tariff_before,tariff_after,specific_before_usd_per_tonne,specific_after_usd_per_tonne,import_demand_elasticity,substitution_elasticity\n870323,0.15,0.15,0,1200,-1.5,\n847130,0,0.05,,,,2\n");
        Assert.Equal(2, lines.Count);
        Assert.Equal(new TariffLine("870323", 0.15, 0.15, 0, 1200, -1.5, null), lines[0]);
        Assert.Equal(new TariffLine("847130", 0, 0.05, 0, 0, null, 2), lines[1]);
    }

    private const string AllColumns =
        "hs6, tariff_before, tariff_after, specific_before_usd_per_tonne, specific_after_usd_per_tonne, import_demand_elasticity, substitution_elasticity";

    [Fact]
    public void Read_MissingFile_SaysWhichColumnsAreExpected()
    {
        var e = Assert.Throws<FileNotFoundException>(() => TariffLines.Read("/no/such/tariffs.csv"));
        Assert.Equal($"Tariff table '/no/such/tariffs.csv' does not exist; expected a CSV with the columns {AllColumns}.", e.Message);
    }

    [Fact]
    public void Parse_RequiredColumnMissing_ListsEveryColumnAndTheUnits() =>
        Assert.Equal(
            $"tariffs.csv, line 1: column 'tariff_after' is missing; expected {AllColumns} (tariffs as fractions, specific duties in USD per tonne).",
            Assert.Throws<FormatException>(() => TariffLines.Parse("hs6,tariff_before\n870323,0.1\n", "tariffs.csv")).Message);

    [Theory]
    [InlineData("870323,,0.2", "tariffs.csv, line 2, column tariff_before: a value is required.")]
    [InlineData("870323,0.1, ", "tariffs.csv, line 2, column tariff_after: a value is required.")]
    public void Parse_RequiredValueEmpty_NamesLineAndColumn(string line, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => TariffLines.Parse($"hs6,tariff_before,tariff_after\n{line}\n", "tariffs.csv")).Message);

    [Theory]
    [InlineData("hs6,tariff_after\n870323,0.1\n", "line 1: column 'tariff_before' is missing")]
    [InlineData("hs6,tariff_before,tariff_after\n870323,0.1,ten\n", "line 2, column tariff_after: expected a number")]
    [InlineData("hs6,tariff_before,tariff_after\n870323,0.1,-0.2\n", "line 2, column tariff_after")]
    [InlineData("hs6,tariff_before,tariff_after\n8703,0.1,0.2\n", "line 2, column hs6: expected 6 digits")]
    [InlineData("hs6,tariff_before,tariff_after\n870323,0.1,0.2\n870323,0.1,0.3\n", "line 3, column hs6: product 870323 is listed twice")]
    [InlineData("hs6,tariff_before,tariff_after,import_demand_elasticity\n870323,0.1,0.2,1.5\n", "line 2, column import_demand_elasticity")]
    [InlineData("hs6,tariff_before,tariff_after\n870323,0.1\n", "line 2: 2 fields where the header has 3")]
    // Line numbers are physical lines: a blank line and a quoted note over two lines are counted.
    [InlineData("hs6,tariff_before,tariff_after\n\n870323,0.1,ten\n", "line 3, column tariff_after: expected a number")]
    [InlineData("hs6,tariff_before,tariff_after,note\n870323,0.1,0.2,\"two\nlines\"\n870323,0.1,0.3,x\n", "line 4, column hs6: product 870323 is listed twice")]
    // A malformed quote is refused, not read as some other value.
    [InlineData("hs6,tariff_before,tariff_after\n\"870323\"x,0.1,0.2\n", "line 2: text after a closing quote: expected ',' or a line end; found '870323x'.")]
    [InlineData("hs6,tariff_before,tariff_after\n870323,0.1,\"0.2\n", "line 2: unterminated quoted field: expected a closing '\"'; found '0.2")]
    public void Parse_BadTable_NamesLineAndColumn(string csv, string expected)
    {
        var e = Assert.Throws<FormatException>(() => TariffLines.Parse(csv, "tariffs.csv"));
        Assert.Contains("tariffs.csv, " + expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QuotedFieldsCrLfAndNoFinalNewline_AreRead()
    {
        // A spreadsheet export: CRLF line ends, quoted fields, a note with a comma and doubled quotes, no newline at the end.
        var lines = TariffLines.Parse(
            "hs6,tariff_before,tariff_after,specific_before_usd_per_tonne,note\r\n"
            + "\"870323\",\"0.15\",0.15,500,\"cars, \"\"new\"\"\"\r\n"
            + "847130,0,0.05,,plain");

        Assert.Equal(["870323", "847130"], lines.Select(l => l.Hs6));
        Assert.Equal(0.15, lines[0].TariffBefore);
        Assert.Equal(500, lines[0].SpecificBeforeUsdPerTonne);
        Assert.Equal(0, lines[1].SpecificBeforeUsdPerTonne);
        Assert.Equal(0.05, lines[1].TariffAfter);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Parse_Empty_AsksForTheHeader(string csv) =>
        Assert.StartsWith(
            "tariffs.csv: empty; expected a header line with hs6, tariff_before, tariff_after",
            Assert.Throws<FormatException>(() => TariffLines.Parse(csv, "tariffs.csv")).Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("87032a")]
    [InlineData("8703 3")]
    public void Parse_Hs6NotAllDigits_IsRejected(string hs6) =>
        Assert.Contains(
            $"line 2, column hs6: expected 6 digits, found '{hs6}'",
            Assert.Throws<FormatException>(() => TariffLines.Parse($"hs6,tariff_before,tariff_after\n{hs6},0.1,0.2\n", "tariffs.csv")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Parse_TariffOnItsBounds_IsAccepted()
    {
        // A tariff is a fraction in [0, 100] (up to 10,000 %): both ends are allowed, just past the top is not.
        var line = Assert.Single(TariffLines.Parse("hs6,tariff_before,tariff_after\n870323,0,100\n"));
        Assert.Equal(100, line.TariffAfter);
        Assert.Throws<FormatException>(() => TariffLines.Parse("hs6,tariff_before,tariff_after\n870323,0,100.5\n"));
    }

    [Fact]
    public void BadArguments_AreNamed()
    {
        Assert.Throws<ArgumentException>(() => TariffLines.Read(" "));
        Assert.Equal("csv", Assert.Throws<ArgumentNullException>(() => TariffLines.Parse(null!)).ParamName);
    }
}
