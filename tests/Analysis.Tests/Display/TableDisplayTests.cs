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
    public void ToText_SmallFrame_IsAlignedWithRightAlignedNumbers()
    {
        var text = TableDisplay.ToText(SmallFrame());

        Assert.Equal(
            "Frame: 2 rows × 3 columns\n" +
            "   year  value_usd_bn  partner\n" +
            "0  2023     1,234.568  RUS\n" +
            "1  2024     <missing>  <script>alert(1)</script>",
            text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ToHtml_SmallFrame_IsExactTable()
    {
        var html = TableDisplay.ToHtml(SmallFrame());

        const string th = "<th style=\"border-bottom:1px solid #999;padding:2px 8px;text-align:left\">";
        const string key = "<th style=\"padding:2px 8px;text-align:right;color:#555;font-weight:normal\">";
        const string num = "<td style=\"padding:2px 8px;text-align:right;font-variant-numeric:tabular-nums\">";
        const string txt = "<td style=\"padding:2px 8px;text-align:left\">";
        const string missing = "<td style=\"padding:2px 8px;color:#999;font-style:italic\">";
        Assert.Equal(
            "<table class=\"analysis-table\" style=\"border-collapse:collapse;font-size:12px;font-family:Arial,Helvetica,sans-serif\">" +
            "<caption style=\"text-align:left;color:#555;padding:2px 0\">Frame: 2 rows &#215; 3 columns</caption>" +
            "<thead><tr><th style=\"border-bottom:1px solid #999;padding:2px 8px\"></th>" + th + "year</th>" + th + "value_usd_bn</th>" + th + "partner</th></tr></thead>" +
            "<tbody>" +
            "<tr>" + key + "0</th>" + num + "2023</td>" + num + "1,234.568</td>" + txt + "RUS</td></tr>" +
            "<tr>" + key + "1</th>" + num + "2024</td>" + missing + "&lt;missing&gt;</td>" + txt + "&lt;script&gt;alert(1)&lt;/script&gt;</td></tr>" +
            "</tbody></table>",
            html);
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
    public void ToHtml_LongAndWideFrame_IsTruncatedWithCounts()
    {
        var builder = new FrameBuilder.Columns<int, string>();
        for (var c = 0; c < 15; c++)
        {
            builder.Add("c" + c, new Series<int, double>(Enumerable.Range(0, 1000), Enumerable.Range(0, 1000).Select(i => (double)i)));
        }

        var html = TableDisplay.ToHtml(builder.Frame, new TableDisplayOptions(MaxRows: 5, MaxColumns: 4));

        Assert.Contains("Frame: 1000 rows &#215; 15 columns", html, StringComparison.Ordinal);
        Assert.Contains("… 995 more rows", html, StringComparison.Ordinal);
        Assert.Contains("… 11 more columns", html, StringComparison.Ordinal);
        Assert.Equal(5 + 2, html.Split("<tr>").Length - 1); // header + 5 rows + the "more rows" row
        Assert.True(html.Length < 5_000, $"HTML length {html.Length}");
    }

    [Fact]
    public void ToText_Series_ShowsKeysAndMissing()
    {
        var series = new SeriesBuilder<int, double> { { 2022, 15.4 }, { 2023, double.NaN }, { 2024, 31.12 } }.Series;

        var text = TableDisplay.ToText(series);

        Assert.Equal(
            "Series: 3 values\n" +
            " key      value\n" +
            "2022       15.4\n" +
            "2023  <missing>\n" +
            "2024      31.12",
            text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ToHtml_NotAFrame_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableDisplay.ToHtml("text"));
    }
}
