using System.Globalization;
using System.Text.Json;
using Analysis.Charts;
using Analysis.Data;
using Plotly.NET;

namespace Analysis.Tests.Charts;

/// <summary>
/// The house style as it reaches plotly.js: assertions on the figure JSON (no rendering). Plotly.NET
/// writes colours as <c>rgba(r, g, b, 1.0)</c>, so palette hex colours are converted before comparing.
/// </summary>
public sealed class HouseChartsTests
{
    private static readonly ChartText Text = new("Russia's trade tripled", "Goods trade, USD bn, test data", "USD bn", "USD bn", "A line rising from 1 to 3.");

    private static readonly StoryEvent Invasion = new(new DateOnly(2022, 2, 24), null, "invasion", "Invasion", "war", ["01"]);

    private static readonly StoryEvent Later = new(new DateOnly(2030, 1, 1), null, "later", "Later", "war", ["01"]);

    private static ChartContext Context(DateOnly? article = null) => new("01", "test data", ["test"], [Invasion, Later], article);

    /// <summary>An annual series (one point per year), as <see cref="ChartSeries.FromYears"/> builds.</summary>
    private static ChartSeries Series(string key, string name, params (double X, double Y)[] points) => new(key, name, points, Annual: true);

    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(HouseCharts.ToFigureJson(chart)).RootElement.Clone();

    private static JsonElement[] Traces(JsonElement figure) => figure.GetProperty("data").EnumerateArray().ToArray();

    private static JsonElement Meta(JsonElement figure) => figure.GetProperty("layout").GetProperty("meta");

    /// <summary>"#0072B2" → "rgba(0, 114, 178, 1.0)".</summary>
    private static string Rgba(string hex)
    {
        int Byte(int i) => int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"rgba({Byte(0)}, {Byte(1)}, {Byte(2)}, 1.0)");
    }

    private static GenericChart RussiaLines(DateOnly? article = null) =>
        HouseCharts.YearLines(Text, Context(article), [Series("RUS", "Russia", (2021, 1), (2022, 2), (2023, 3))]);

    [Fact]
    public void YearLines_Title_StatesTheFindingWithTheSubtitleBelow()
    {
        var layout = Figure(RussiaLines()).GetProperty("layout");

        var title = layout.GetProperty("title").GetProperty("text").GetString()!;

        Assert.StartsWith("<b>Russia's trade tripled</b><br>", title, StringComparison.Ordinal);
        Assert.Contains("Goods trade, USD bn, test data", title, StringComparison.Ordinal);
        Assert.Equal("USD bn", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void YearLines_XAxis_IsYearWithIntegerTicks()
    {
        var xaxis = Figure(RussiaLines()).GetProperty("layout").GetProperty("xaxis");

        Assert.Equal("Year", xaxis.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(1, xaxis.GetProperty("dtick").GetInt32());
        Assert.Equal("d", xaxis.GetProperty("tickformat").GetString());
    }

    [Fact]
    public void YearLines_Meta_CarriesTextUnitsSourceAndDatasets()
    {
        var meta = Meta(Figure(RussiaLines()));

        Assert.Equal("Russia's trade tripled", meta.GetProperty("title").GetString());
        Assert.Equal("A line rising from 1 to 3.", meta.GetProperty("summary").GetString());
        Assert.Equal("USD bn", meta.GetProperty("yUnit").GetString());
        Assert.Equal("year", meta.GetProperty("xUnit").GetString());
        Assert.Equal(["test"], meta.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void YearLines_EveryTrace_IsTaggedWithTheChartsUnit()
    {
        Assert.All(Traces(Figure(RussiaLines())), t => Assert.Equal("USD bn", t.GetProperty("meta").GetProperty("unit").GetString()));
    }

    [Fact]
    public void YearLines_EventInRange_IsDrawnAndLabelled_OneOutOfRangeIsNot()
    {
        var figure = Figure(RussiaLines());

        Assert.Equal(["invasion"], Meta(figure).GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        var shapes = figure.GetProperty("layout").GetProperty("shapes").EnumerateArray().ToArray();
        // 24 Feb 2022 is day 55 of 365: 2022 + 54/365.
        Assert.Contains(shapes, s => s.GetProperty("type").GetString() == "line" && Math.Abs(s.GetProperty("x0").GetDouble() - (2022 + (54 / 365.0))) < 1e-9);
        Assert.Contains(figure.GetProperty("layout").GetProperty("annotations").EnumerateArray(), a => a.GetProperty("text").GetString() == "Invasion");
    }

    [Fact]
    public void YearLines_ArticleInRange_ShadesTheDataAfterIt()
    {
        var figure = Figure(RussiaLines(new DateOnly(2022, 7, 2)));

        Assert.True(Meta(figure).GetProperty("afterArticleShaded").GetBoolean());
        Assert.Contains(figure.GetProperty("layout").GetProperty("shapes").EnumerateArray(), s => s.GetProperty("type").GetString() == "rect");
        Assert.Contains(figure.GetProperty("layout").GetProperty("annotations").EnumerateArray(), a => a.GetProperty("text").GetString() == "after the article →");
    }

    [Fact]
    public void YearLines_ArticleAfterTheData_ShadesNothing()
    {
        Assert.False(Meta(Figure(RussiaLines(new DateOnly(2024, 6, 1)))).GetProperty("afterArticleShaded").GetBoolean());
    }

    [Fact]
    public void YearLines_MissingYear_BreaksTheLineAndExplainsTheGap()
    {
        var chart = HouseCharts.YearLines(Text, Context(), [Series("RUS", "Russia", (2019, 1), (2020, 2), (2022, 4), (2023, 5))]);

        var figure = Figure(chart);
        var traces = Traces(figure);

        Assert.Equal(2, traces.Length);
        Assert.Equal([2019.0, 2020.0], traces[0].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Contains("No data (gaps, not zeros): Russia 2021.", Meta(figure).GetProperty("gaps")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void YearColumns_YearASeriesLacks_IsALabelledNoDataMarkerNotAZeroBar()
    {
        var chart = HouseCharts.YearColumns(Text, Context(), [Series("RUS", "Russia", (2021, 1), (2022, 2), (2023, 3)), Series("CHN", "China", (2021, 4), (2023, 6))]);

        var traces = Traces(Figure(chart));
        var placeholder = Assert.Single(traces, t => t.TryGetProperty("meta", out var m) && m.TryGetProperty("noData", out _));

        Assert.Equal([2022], placeholder.GetProperty("x").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal(["no data"], placeholder.GetProperty("text").EnumerateArray().Select(x => x.GetString()));
        Assert.False(placeholder.GetProperty("showlegend").GetBoolean());
        // The real China bars hold only the years it has.
        var china = Assert.Single(traces, t => t.GetProperty("name").GetString() == "China");
        Assert.Equal([2021.0, 2023.0], china.GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
    }

    [Fact]
    public void YearLines_SeriesKey_TakesItsPaletteColour()
    {
        var trace = Traces(Figure(RussiaLines()))[0];

        Assert.Equal(Rgba(Palette.ColourOf("RUS")), trace.GetProperty("line").GetProperty("color").GetString());
    }

    [Fact]
    public void YearColumns_SeriesWithKeysThePaletteDoesNotKnow_GetDistinctColours()
    {
        var chart = HouseCharts.YearColumns(Text, Context(), [Series("agency-a", "A", (2021, 1)), Series("agency-b", "B", (2021, 2)), Series("agency-c", "C", (2021, 3))]);

        var colours = Traces(Figure(chart)).Select(t => t.GetProperty("marker").GetProperty("color").GetString()).ToList();

        Assert.Equal(3, colours.Distinct().Count());
    }

    [Fact]
    public void YearLines_ReferenceLineAndHighlight_AreLabelled()
    {
        var chart = HouseCharts.YearLines(Text, Context(), [Series("RUS", "Russia", (2021, 1), (2022, 2))], [new ReferenceLine(1.5, "target")], new Highlight(2022, 2.0, "2.0 in 2022"));

        var annotations = Figure(chart).GetProperty("layout").GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToList();

        Assert.Contains("target", annotations);
        Assert.Contains("<b>2.0 in 2022</b>", annotations);
    }

    [Fact]
    public void YearLines_SourceNote_IsPrintedUnderTheChart()
    {
        var source = Figure(RussiaLines()).GetProperty("layout").GetProperty("annotations")[0].GetProperty("text").GetString();

        Assert.Equal("Source: test data", source);
    }

    [Fact]
    public void CategoryBars_MissingValue_IsMarkedNoDataAndListedUnderTheChart()
    {
        var chart = HouseCharts.CategoryBars(Text, Context(), ["A", "B"], [("RUS", "Russia", [1.0, double.NaN])], new ReferenceLine(0.5, "half"));

        var figure = Figure(chart);

        Assert.Contains(Traces(figure), t => t.TryGetProperty("meta", out var m) && m.TryGetProperty("noData", out _));
        Assert.Contains("Russia: B", Meta(figure).GetProperty("gaps")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(figure.GetProperty("layout").GetProperty("annotations").EnumerateArray(), a => a.GetProperty("text").GetString() == "half");
    }

    [Fact]
    public void CategoryBars_SeriesOfTheWrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => HouseCharts.CategoryBars(Text, Context(), ["A", "B"], [("RUS", "Russia", [1.0])]));
    }

    [Fact]
    public void YearLines_NoPoints_ThrowsNamingTheChart()
    {
        var e = Assert.Throws<ArgumentException>(() => HouseCharts.YearLines(Text, Context(), [Series("RUS", "Russia")]));

        Assert.Contains("Russia's trade tripled", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "s", "y", "u")]
    [InlineData("t", "", "y", "u")]
    [InlineData("t", "s", "", "u")]
    [InlineData("t", "s", "y", "")]
    public void YearLines_MissingWords_Throw(string title, string subtitle, string axis, string unit)
    {
        Assert.Throws<ArgumentException>(() => HouseCharts.YearLines(new ChartText(title, subtitle, axis, unit, ""), Context(), [Series("RUS", "Russia", (2021, 1))]));
    }

    [Fact]
    public void Layout_ModeBar_IsVerticalSoItDoesNotCoverTheTitle()
    {
        Assert.Equal("v", Figure(RussiaLines()).GetProperty("layout").GetProperty("modebar").GetProperty("orientation").GetString());
    }

    [Fact]
    public void Wrap_LongText_BreaksAtWordsWithPlotlyBreaks()
    {
        Assert.Equal("aaa bbb<br>ccc", HouseCharts.Wrap("aaa bbb ccc", 8));
    }
}
