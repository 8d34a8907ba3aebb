using Analysis.Display;
using Deedle;

namespace Analysis.Tests.Display;

public sealed class TableDisplayTests
{
    private static Frame<int, string> SmallFrame()
    {
        var builder = new FrameBuilder.Columns<int, string>();
        builder.Add("year", new Series<int, int>([0, 1], [2023, 2024]));
        builder.Add("value_usd_bn", new Series<int, double>([0, 1], [1234.5678, double.NaN]));
        builder.Add("partner", new Series<int, string>([0, 1], ["RUS", "<script>alert(1)</script>"]));
        return builder.Frame;
    }

    [Fact]
    public void ToText_SmallFrame_HeadersInWordsNumbersRoundedMissingAsDashWithFootnote()
    {
        var text = TableDisplay.ToText(SmallFrame());

        // Ordinal row keys (0, 1) are not shown; 1,234.5678 USD bn ≥ 1,000 → no decimals.
        Assert.Equal(
            "Year  Value (USD bn)  Partner\n" +
            "2023           1,235  RUS\n" +
            "2024               —  <script>alert(1)</script>\n" +
            "— no data (a gap, not a zero)",
            text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ToHtml_SmallFrame_HasNoCaptionAndDashWithFootnote()
    {
        var html = TableDisplay.ToHtml(SmallFrame());

        Assert.StartsWith("<div class=\"analysis-table\"><table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<caption", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Frame:", html, StringComparison.Ordinal);
        Assert.Contains(">Value (USD bn)</th>", html, StringComparison.Ordinal);
        Assert.Contains(">1,235</td>", html, StringComparison.Ordinal);
        Assert.Contains(">—</td>", html, StringComparison.Ordinal);
        Assert.Contains("— no data (a gap, not a zero)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exports_usd_bn", "Exports (USD bn)")]
    [InlineData("utilisation_percent", "Utilisation (%)")]
    [InlineData("russia_share_of_china_trade", "Russia share of China trade (%)")]
    [InlineData("JPN", "JPN")]
    [InlineData("ASEAN", "ASEAN")]
    [InlineData("RubPerUsd", "RUB per USD")]
    [InlineData("IsWithinFivePercent", "Is within five percent")]
    [InlineData("NatoGuidelinePercentOfGdp", "NATO guideline percent of GDP")]
    [InlineData("FeeRub", "Fee (RUB)")]
    [InlineData("ImportsFromSupplierUsdMillions", "Imports from supplier (USD mn)")]
    [InlineData("deliveries_bcm", "Deliveries (bcm)")]
    [InlineData("tsinghua_ciss_2022", "Tsinghua CISS 2022")]
    [InlineData("year", "Year")]
    public void Header_ColumnName_InWordsWithItsUnit(string name, string expected)
    {
        Assert.Equal(expected, TableDisplay.Header(name));
    }

    [Fact]
    public void ToText_ShareColumn_ShownAsPercentWithOneDecimal()
    {
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("china_share_of_russia_trade", new Series<int, double>([0], [0.29]));
        b.Add("observed_per_day", new Series<int, double>([0], [821.918]));
        b.Add("asymmetry_ratio", new Series<int, double>([0], [7.17451]));
        b.Add("measure", new Series<int, string>([0], ["all_vehicles"]));

        var lines = TableDisplay.ToText(b.Frame).ReplaceLineEndings("\n").Split('\n');

        // 0.29 → 29.0%; 821.918 vehicles a day → 822 (whole vehicles); 7.17451 → 7.17; the id in words.
        Assert.Equal(["29.0%", "822", "7.17", "All vehicles"], lines[1].Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void RecordToText_RateAndPhraseNames_AreNotCountsOrPercentages()
    {
        var text = TableDisplay.RecordToText(new PriceRecord(300_600, 83.3, 0.0199, false)).ReplaceLineEndings("\n");
        var rows = text.Split('\n').Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

        // A fee in roubles is a whole number; roubles per dollar is a price with two decimals, not a count;
        // a fraction named with "change" is a percentage; "five percent" in a name is a phrase, not the unit.
        Assert.Contains(rows, r => r.SequenceEqual(["Fee (RUB)", "300,600"]));
        Assert.Contains(rows, r => r.SequenceEqual(["RUB per USD", "83.30"]));
        Assert.Contains(rows, r => r.SequenceEqual(["Relative tariff change limit (%)", "2.0%"]));
        Assert.Contains(rows, r => r.SequenceEqual(["Is within five percent", "no"]));
    }

    private sealed record PriceRecord(double FeeRub, double RubPerUsd, double RelativeTariffChangeLimit, bool IsWithinFivePercent);

    [Fact]
    public void ToText_NegativeNumber_UsesTheMinusSign()
    {
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("balance_usd_bn", new Series<int, double>([0], [-18.1]));

        Assert.EndsWith("−18.10", TableDisplay.ToText(b.Frame).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_DatasetText_IsEscapedEverywhere()
    {
        var builder = new FrameBuilder.Columns<string, string>();
        builder.Add("<b>col</b>", new Series<string, string>(["<i>row</i>"], ["a & b"]));

        var html = TableDisplay.ToHtml(builder.Frame);

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;col&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;row&lt;/i&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a &amp; b", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_LongAndWideFrame_IsFoldedAndTruncatedWithCounts()
    {
        var builder = new FrameBuilder.Columns<int, string>();
        for (var c = 0; c < 15; c++)
        {
            builder.Add("c" + c, new Series<int, double>(Enumerable.Range(0, 1000), Enumerable.Range(0, 1000).Select(i => (double)i)));
        }

        var html = TableDisplay.ToHtml(builder.Frame, new TableDisplayOptions(MaxRows: 5, MaxColumns: 4));

        Assert.Contains("<details><summary", html, StringComparison.Ordinal);
        Assert.Contains("Show data (1,000 rows)", html, StringComparison.Ordinal);
        Assert.Contains("… 995 more rows", html, StringComparison.Ordinal);
        Assert.Contains("… 11 more columns", html, StringComparison.Ordinal);
        Assert.Equal(5 + 2, html.Split("<tr>").Length - 1); // header + 5 rows + the "more rows" row
        Assert.True(html.Length < 5_000, $"HTML length {html.Length}");
    }

    [Fact]
    public void ToHtml_ShortFrame_IsNotFolded()
    {
        Assert.DoesNotContain("<details>", TableDisplay.ToHtml(SmallFrame()), StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_Series_ShowsKeysAndMissing()
    {
        var series = new SeriesBuilder<int, double> { { 2022, 15.4 }, { 2023, double.NaN }, { 2024, 31.12 } }.Series;

        var text = TableDisplay.ToText(series);

        Assert.Equal(
            "      value\n" +
            "2022  15.40\n" +
            "2023      —\n" +
            "2024  31.12\n" +
            "— no data (a gap, not a zero)",
            text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ToHtml_NotAFrame_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableDisplay.ToHtml("text"));
    }
}
