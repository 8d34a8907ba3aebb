using System.Text.Json.Nodes;
using Analysis.Charts;
using Analysis.Notebooks;
using Analysis.Render;

namespace Analysis.Tests.Render;

/// <summary>A chart's figure read back from its output HTML, and its plotted data as CSV.</summary>
public sealed class ChartFigureTests
{
    private static ChartFigure Figure(string json) => ChartFigure.FromFigure((JsonObject)JsonNode.Parse(json)!);

    [Fact]
    public void FromOutputHtml_ChartFragment_ReadsTheSeriesAsPlotted()
    {
        var chart = HouseCharts.YearLines(new ChartText("Trade (USD bn)", "Goods trade, USD bn", "USD bn", "USD bn", "A line."), ChartContext.SourceOnly("test data"), [new ChartSeries("RUS", "Russia", [(2020, 1.5), (2021, 2)])]);

        var figure = ChartFigure.FromOutputHtml(ChartHtml.Fragment(chart, null));

        Assert.NotNull(figure);
        Assert.Equal("Trade (USD bn)", figure.Title);
        var csv = figure.ToCsv().Split('\n');
        Assert.Equal(ChartFigure.CsvHeader, csv[0]);
        Assert.Contains(csv, l => l.StartsWith("Russia,2020,1.5,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("Russia,2021,2,", StringComparison.Ordinal));
    }

    [Fact]
    public void FromOutputHtml_NoFigure_ReturnsNull()
    {
        Assert.Null(ChartFigure.FromOutputHtml("<table><tr><td>1</td></tr></table>"));
    }

    [Fact]
    public void FromOutputHtml_BrokenFigureJson_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => ChartFigure.FromOutputHtml("<script>var fig={\"data\":[1,;function draw(){}</script>"));
    }

    [Fact]
    public void FromOutputHtml_ScriptEndInsideStrings_IsReadBack()
    {
        // the fragment escapes "</" as "<\/" inside its script; JSON reads it back as "</"
        var figure = ChartFigure.FromOutputHtml("<script>(function(){var fig={\"data\":[{\"name\":\"1<\\/2\",\"x\":[1],\"y\":[2]}],\"layout\":{}};function draw(){}})();</script>");

        Assert.Equal("1</2", figure!.Series.Single().Name);
        Assert.Contains("1</2,1,2", figure.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromFigure_Meta_GivesTitleSummaryUnitsSourceAndDatasets()
    {
        var figure = Figure("""
            {"data":[{"type":"scatter","name":"Russia","x":[2021,2022],"y":[146.9,190.3]}],
             "layout":{"title":{"text":"Trade with Russia grew"},"xaxis":{"title":{"text":"Year"}},"yaxis":{"title":{"text":"USD bn"}},
               "meta":{"title":"China–Russia trade grew by 30% in 2022","subtitle":"Exports + imports, USD bn","summary":"Trade rose from 146.9 to 190.3 USD bn.",
                       "source":"China customs (GACC)","datasets":["china-goods-trade","events"],"xUnit":"year","yUnit":"USD bn (current)"}}}
            """);

        Assert.Equal("China–Russia trade grew by 30% in 2022", figure.Title);
        Assert.Equal("Exports + imports, USD bn", figure.Subtitle);
        Assert.Equal("China–Russia trade grew by 30% in 2022. Trade rose from 146.9 to 190.3 USD bn.", figure.AltText);
        Assert.Equal(
            "series,x,y,x_unit,y_unit,datasets,source\n" +
            "Russia,2021,146.9,year,USD bn (current),china-goods-trade events,China customs (GACC)\n" +
            "Russia,2022,190.3,year,USD bn (current),china-goods-trade events,China customs (GACC)\n",
            figure.ToCsv());
    }

    [Fact]
    public void FromFigure_NoMeta_FallsBackToAxisTitlesAndTheSourceNote()
    {
        var figure = Figure("""
            {"data":[{"type":"bar","name":"Deliveries","x":[2020,2021],"y":[4.1,10.4]}],
             "layout":{"title":{"text":"Gas to China <br><sup>bcm per year</sup>"},"xaxis":{"title":{"text":"Year"}},"yaxis":{"title":{"text":"bcm per year"}},
               "annotations":[{"text":"design capacity 38 bcm"},{"text":"Source: Gazprom, <i>annual reports</i> (data/power-of-siberia)"}]}}
            """);

        Assert.Equal("Gas to China bcm per year", figure.Title);
        Assert.Null(figure.Summary);
        Assert.Equal("Gas to China bcm per year", figure.AltText);
        Assert.Equal("Gazprom, annual reports (data/power-of-siberia)", figure.Source);
        Assert.Contains("Deliveries,2021,10.4,Year,bcm per year,,\"Gazprom, annual reports (data/power-of-siberia)\"\n", figure.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToCsv_HorizontalBars_KeepValueInXAndCategoryInY()
    {
        var figure = Figure("""
            {"data":[{"type":"bar","orientation":"h","name":"2025","x":[2.1,3.5],"y":["Poland","Estonia"]}],
             "layout":{"xaxis":{"title":{"text":"Defence expenditure (% of GDP)"}},"meta":{"xUnit":"% of GDP"}}}
            """);

        var lines = figure.ToCsv().Split('\n');

        Assert.Equal("2025,2.1,Poland,% of GDP,,,", lines[1]);
        Assert.Equal("2025,3.5,Estonia,% of GDP,,,", lines[2]);
    }

    [Fact]
    public void ToCsv_GapsAreEmptyCells_RepeatedSegmentPointsAppearOnce_AndTextIsEscaped()
    {
        var figure = Figure("""
            {"data":[
               {"name":"United States","x":[2013,2014],"y":[521,null]},
               {"name":"United States","x":[2014,2016],"y":[null,519.6]},
               {"name":"EU, \"27\"","x":[2016],"y":[547]},
               {"x":[2020],"y":[1]}],
             "layout":{"xaxis":{"title":{"text":"Year"}},"yaxis":{"title":{"text":"USD bn"}}}}
            """);

        Assert.Equal(
            "series,x,y,x_unit,y_unit,datasets,source\n" +
            "United States,2013,521,Year,USD bn,,\n" +
            "United States,2014,,Year,USD bn,,\n" +
            "United States,2016,519.6,Year,USD bn,,\n" +
            "\"EU, \"\"27\"\"\",2016,547,Year,USD bn,,\n" +
            "series 4,2020,1,Year,USD bn,,\n",
            figure.ToCsv());
    }

    [Fact]
    public void ToCsv_TwoPanels_EachSeriesTakesItsOwnAxisUnit()
    {
        var figure = Figure("""
            {"data":[{"name":"Exports","x":[2024],"y":[15.2]},{"name":"Brand share","x":[2024],"y":[61],"xaxis":"x2","yaxis":"y2"}],
             "layout":{"xaxis":{"title":{"text":"Year"}},"yaxis":{"title":{"text":"USD bn"}},"xaxis2":{"title":{"text":"Year"}},"yaxis2":{"title":{"text":"% of sales"}},
               "meta":{"yUnit":"mixed"}}}
            """);

        var lines = figure.ToCsv().Split('\n');

        Assert.Equal("Exports,2024,15.2,Year,USD bn,,", lines[1]);
        Assert.Equal("Brand share,2024,61,Year,% of sales,,", lines[2]);
    }

    [Fact]
    public void ToCsv_NoDataPlaceholders_AreGapsOfTheirSeries_NotZeros()
    {
        var figure = Figure("""
            {"data":[
               {"type":"bar","name":"Car exports","x":[2022,2025],"y":[153.2,632.3],"meta":{"unit":"thousand vehicles"}},
               {"type":"bar","name":"Car exports: no data","x":[2021,2023],"y":[0.0,0.0],"text":["no data","no data"],"meta":{"noData":true}},
               {"type":"bar","orientation":"h","name":"LNG: no data","x":[0.0],"y":["Myanmar"],"meta":{"noData":true}}],
             "layout":{"xaxis":{"title":{"text":"Year"}},"yaxis":{"title":{"text":"Thousand vehicles"}},"meta":{"xUnit":"year","yUnit":"thousand vehicles"}}}
            """);

        var lines = figure.ToCsv().Split('\n');

        Assert.Equal("Car exports,2022,153.2,year,thousand vehicles,,", lines[1]);
        Assert.Equal("Car exports,2021,,year,thousand vehicles,,", lines[3]);
        Assert.Equal("Car exports,2023,,year,thousand vehicles,,", lines[4]);
        Assert.Equal("LNG,,Myanmar,year,Thousand vehicles,,", lines[5]);
        Assert.DoesNotContain(",0,", figure.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToCsv_TraceUnit_IsTheValuesUnit_OnTheValueAxis()
    {
        var figure = Figure("""
            {"data":[{"type":"bar","orientation":"h","name":"2025","x":[3.5],"y":["Estonia"],"meta":{"unit":"% of GDP"}}],
             "layout":{"xaxis":{"title":{"text":"Defence expenditure (% of GDP)"}},"meta":{"xUnit":"Defence expenditure (% of GDP)","yUnit":"% of GDP"}}}
            """);

        Assert.Equal("2025,3.5,Estonia,% of GDP,,,", figure.ToCsv().Split('\n')[1]);
    }

    [Fact]
    public void ToCsv_NoXValues_UsesPointIndexes()
    {
        var figure = Figure("""{"data":[{"name":"s","y":[5,6]}],"layout":{}}""");

        Assert.Equal("series,x,y,x_unit,y_unit,datasets,source\ns,0,5,,,,\ns,1,6,,,,\n", figure.ToCsv());
    }
}
