using Analysis.Charts;
using Analysis.Notebooks;
using Plotly.NET;

namespace Analysis.Tests.Notebooks;

/// <summary>The chart fragment for notebooks and the report: static image, note, stable id, safe script.</summary>
public sealed class ChartHtmlTests
{
    private static GenericChart Chart(string title = "Trade (USD bn)") =>
        HouseCharts.YearLines(new ChartText(title, "Goods trade, USD bn", "USD bn", "USD bn", "A line."), ChartContext.SourceOnly("test data"), [new ChartSeries("RUS", "Russia", [(2020, 1), (2021, 2)])]);

    [Fact]
    public void Fragment_WithPngBytes_EmbedsBase64ImageInImgTag()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 250];

        var html = ChartHtml.Fragment(Chart(), png);

        Assert.Contains("<img alt=\"Trade (USD bn). A line.\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64," + Convert.ToBase64String(png) + "\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_WithoutPng_WritesNoteInsteadOfImage()
    {
        var html = ChartHtml.Fragment(Chart(), null);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("static image unavailable", html, StringComparison.Ordinal);
        Assert.Contains(ChartImages.ChromiumVariable, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_Id_DerivesFromContentId()
    {
        var chart = Chart();

        var html = ChartHtml.Fragment(chart, null);

        var id = "chart-" + ChartImages.ContentId(chart);
        Assert.Contains("<div id=\"" + id + "\"", html, StringComparison.Ordinal);
        Assert.Contains("getElementById('" + id + "')", html, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{12}$", ChartImages.ContentId(chart));
    }

    [Fact]
    public void ContentId_SameChartTwice_IsStable_AndDiffersForOtherContent()
    {
        Assert.Equal(ChartImages.ContentId(Chart()), ChartImages.ContentId(Chart()));
        Assert.NotEqual(ChartImages.ContentId(Chart()), ChartImages.ContentId(Chart("Other (USD bn)")));
    }

    [Fact]
    public void Fragment_TitleWithClosingScriptTag_NeverClosesTheScriptEarly()
    {
        var html = ChartHtml.Fragment(Chart("Injected </script><script>alert(1)</script> (USD bn)"), null);

        // exactly one closing script tag: the fragment's own, at the end
        var first = html.IndexOf("</script", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(html.LastIndexOf("</script", StringComparison.OrdinalIgnoreCase), first);
        Assert.EndsWith("</script></div>", html, StringComparison.Ordinal);
        Assert.Contains("<\\/script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_TitleWithPlotlyMarkup_AltHasTheTextWithoutTags_HtmlEncoded()
    {
        var html = ChartHtml.Fragment(Chart("A \"quoted\" <b>bold</b> title<br>with a break (USD bn)"), [1, 2, 3]);

        Assert.Contains("alt=\"A &quot;quoted&quot; bold title with a break (USD bn). A line.\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_TitleWithALoneLessThan_KeepsItEncoded()
    {
        var html = ChartHtml.Fragment(Chart("Share < 5 % (USD bn)"), [1, 2, 3]);

        Assert.Contains("alt=\"Share &lt; 5 % (USD bn). A line.\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_Image_ScalesDownToItsBox()
    {
        var html = ChartHtml.Fragment(Chart(), [1, 2, 3]);

        Assert.Contains("style=\"max-width:100%;height:auto\"", html, StringComparison.Ordinal);
        Assert.Contains("style=\"width:900px;max-width:100%\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_Draw_FitsTheBoxAndKeepsTheModeBarOffTheTitle()
    {
        var html = ChartHtml.Fragment(Chart(), null);

        Assert.Contains("delete layout.width", html, StringComparison.Ordinal);
        Assert.Contains("autosize:true", html, StringComparison.Ordinal);
        Assert.Contains("orientation:'v'", html, StringComparison.Ordinal);
        Assert.Contains("displayModeBar:'hover'", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"layout":{"title":{"text":"Trade (USD bn)"}}}""", "Trade (USD bn)")]
    [InlineData("""{"layout":{"title":{"text":"ignored"},"meta":{"title":"Trade fell","summary":"Trade fell by half in 2015."}}}""", "Trade fell. Trade fell by half in 2015.")]
    [InlineData("""{"layout":{"title":{"text":"Trade (USD bn)."},"meta":{"summary":"One sentence."}}}""", "Trade (USD bn). One sentence.")]
    [InlineData("""{"layout":{"title":"Plain string title"}}""", "Plain string title")]
    [InlineData("""{"data":[]}""", "Chart")]
    public void AltTextOf_TitleAndSummary_FromMetaElseLayout(string figure, string expected)
    {
        Assert.Equal(expected, ChartHtml.AltTextOf(figure));
    }
}
