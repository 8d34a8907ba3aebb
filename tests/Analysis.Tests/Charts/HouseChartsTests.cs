using System.Globalization;
using System.Text.Json;
using Analysis.Charts;
using Plotly.NET;

namespace Analysis.Tests.Charts;

/// <summary>
/// The house style as it reaches plotly.js: assertions on the figure JSON (no rendering). Plotly.NET
/// writes colours as <c>rgba(r, g, b, 1.0)</c>, so palette hex colours are converted before comparing.
/// </summary>
public sealed class HouseChartsTests
{
    private const string Source = "test data";

    /// <summary>An annual series (one point per year), as <see cref="ChartSeries.FromYears"/> builds.</summary>
    private static ChartSeries Series(string key, string name, params (double X, double Y)[] points) => new(key, name, points, Annual: true);

    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(HouseCharts.ToFigureJson(chart)).RootElement.Clone();

    private static JsonElement[] Traces(JsonElement figure) => figure.GetProperty("data").EnumerateArray().ToArray();

    /// <summary>"#1F4E9A" → "rgba(31, 78, 154, 1.0)".</summary>
    private static string Rgba(string hex)
    {
        int Byte(int i) => int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"rgba({Byte(0)}, {Byte(1)}, {Byte(2)}, 1.0)");
    }

    private static GenericChart RussiaLines() =>
        HouseCharts.YearLines("Trade with Russia (USD bn)", "USD bn", Source, [Series("RUS", "Russia", (2021, 1), (2022, 2), (2023, 3))]);

    [Fact]
    public void Rgba_PaletteHex_ConvertsAsPlotlyWritesIt()
    {
        // 0x1F = 31, 0x4E = 78, 0x9A = 154
        Assert.Equal("rgba(31, 78, 154, 1.0)", Rgba("#1F4E9A"));
    }

    [Fact]
    public void YearLines_Title_NamesTheUnitInParentheses()
    {
        var layout = Figure(RussiaLines()).GetProperty("layout");

        var title = layout.GetProperty("title").GetProperty("text").GetString();

        Assert.Equal("Trade with Russia (USD bn)", title);
        Assert.Matches(@"\(.+\)$", title);
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
    public void YearColumns_XAxis_IsYearWithIntegerTicks()
    {
        var chart = HouseCharts.YearColumns("Deliveries (bcm)", "bcm", Source, [Series("RUS", "Deliveries", (2020, 4.1), (2021, 10.39))]);

        var figure = Figure(chart);
        var xaxis = figure.GetProperty("layout").GetProperty("xaxis");

        Assert.Equal("Year", xaxis.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(1, xaxis.GetProperty("dtick").GetInt32());
        Assert.Equal("d", xaxis.GetProperty("tickformat").GetString());
        Assert.Equal("bar", Assert.Single(Traces(figure)).GetProperty("type").GetString());
    }

    [Fact]
    public void XYLines_XAxis_HasNoYearTicks()
    {
        var chart = HouseCharts.XYLines("Change (%)", "Elasticity η", "Change (%)", Source, [Series("a", "σ = 1.5", (-2, -10), (-1, -5))]);

        var xaxis = Figure(chart).GetProperty("layout").GetProperty("xaxis");

        Assert.Equal("Elasticity η", xaxis.GetProperty("title").GetProperty("text").GetString());
        Assert.False(xaxis.TryGetProperty("dtick", out _));
    }

    [Fact]
    public void YearLines_Annotations_StartWithSourceNote()
    {
        var annotations = Figure(RussiaLines()).GetProperty("layout").GetProperty("annotations").EnumerateArray();

        Assert.Contains(annotations, a => a.GetProperty("text").GetString() == "Source: " + Source);
    }

    [Fact]
    public void CategoryBars_Annotations_StartWithSourceNote()
    {
        var chart = HouseCharts.CategoryBars("Shares (%)", "%", Source, ["a", "b"], [("RUS", "Russia", [1.0, 2.0])]);

        var annotations = Figure(chart).GetProperty("layout").GetProperty("annotations").EnumerateArray();

        Assert.Contains(annotations, a => a.GetProperty("text").GetString()!.StartsWith("Source: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Colours_SameCountryInTwoCharts_GetsThePaletteColour()
    {
        var expected = Rgba(CountryPalette.ColourOf("RUS"));
        var lines = Figure(RussiaLines());
        var columns = Figure(HouseCharts.YearColumns("Other (bcm)", "bcm", Source,
            [Series("CHN", "China", (2020, 1)), Series("RUS", "Russia", (2020, 2))]));

        var line = Assert.Single(Traces(lines));
        var bar = Traces(columns).Single(t => t.GetProperty("name").GetString() == "Russia");

        Assert.Equal(expected, line.GetProperty("line").GetProperty("color").GetString());
        Assert.Equal(expected, line.GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(expected, bar.GetProperty("marker").GetProperty("color").GetString());
    }

    [Fact]
    public void YearLines_DatedPointsWithAGapOfYears_StayOneLine()
    {
        // A schedule (not annual data): 2025 and 2030 are two dated points of one line.
        var chart = HouseCharts.YearLines("Fee (RUB)", "RUB", Source, [new ChartSeries("RUS", "Fee", [(2025.0, 1.0), (2030.0, 2.0)], Stepped: true)]);

        var trace = Assert.Single(Traces(Figure(chart)));

        Assert.Equal("hv", trace.GetProperty("line").GetProperty("shape").GetString());
    }

    [Fact]
    public void YearLines_MissingYear_SplitsLineIntoTwoTracesSharingOneLegendEntry()
    {
        // 2019, 2020, [2021 missing], 2022, 2023 → runs {2019, 2020} and {2022, 2023}
        var chart = HouseCharts.YearLines("Gap (USD bn)", "USD bn", Source,
            [Series("RUS", "Russia", (2019, 1), (2020, 2), (2022, 4), (2023, 5))]);

        var traces = Traces(Figure(chart));

        Assert.Equal(2, traces.Length);
        Assert.Equal([2019.0, 2020.0], traces[0].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal([2022.0, 2023.0], traces[1].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.True(traces[0].GetProperty("showlegend").GetBoolean());
        Assert.False(traces[1].GetProperty("showlegend").GetBoolean());
        Assert.Equal(traces[0].GetProperty("legendgroup").GetString(), traces[1].GetProperty("legendgroup").GetString());
        Assert.Equal(traces[0].GetProperty("line").GetProperty("color").GetString(), traces[1].GetProperty("line").GetProperty("color").GetString());
    }

    [Fact]
    public void YearLines_ConsecutiveYears_IsOneTrace()
    {
        var trace = Assert.Single(Traces(Figure(RussiaLines())));

        Assert.Equal([1.0, 2.0, 3.0], trace.GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
        Assert.Equal("scatter", trace.GetProperty("type").GetString());
    }

    [Fact]
    public void YearLines_DecimalYears_StayOneTraceDespiteGaps()
    {
        // dated points (not an annual series) are not split: a gap of years between dates is not a missing year
        var chart = HouseCharts.YearLines("Fee (thousand RUB)", "thousand RUB", Source, [new ChartSeries("RUS", "Fee", [(2012.67, 26.8), (2018.25, 84), (2023.58, 300.6)])]);

        Assert.Single(Traces(Figure(chart)));
    }

    [Fact]
    public void YearLines_NoSeries_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => HouseCharts.YearLines("Empty (USD bn)", "USD bn", Source, []));
    }

    [Fact]
    public void YearLines_SeriesWithoutPoints_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => HouseCharts.YearLines("Empty (USD bn)", "USD bn", Source, [Series("RUS", "Russia")]));
    }

    [Fact]
    public void YearColumns_SeriesWithoutPoints_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => HouseCharts.YearColumns("Empty (bcm)", "bcm", Source, [Series("RUS", "Russia")]));
    }

    [Fact]
    public void CategoryBars_ValueCountDiffersFromCategoryCount_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() =>
            HouseCharts.CategoryBars("Shares (%)", "%", Source, ["a", "b", "c"], [("RUS", "Russia", [1.0, 2.0])]));
    }

    [Fact]
    public void CategoryBars_NoCategories_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => HouseCharts.CategoryBars("Shares (%)", "%", Source, [], [("RUS", "Russia", Array.Empty<double>())]));
    }

    [Fact]
    public void CategoryBars_NaNValue_LeavesThatBarOut()
    {
        var chart = HouseCharts.CategoryBars("Shares (%)", "%", Source, ["a", "b", "c"], [("RUS", "Russia", [1.0, double.NaN, 3.0])]);

        var trace = Assert.Single(Traces(Figure(chart)));

        Assert.Equal(["a", "c"], trace.GetProperty("y").EnumerateArray().Select(y => y.GetString()));
        Assert.Equal([1.0, 3.0], trace.GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
    }

    [Fact]
    public void YearLines_EmptyTitle_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => HouseCharts.YearLines(" ", "USD bn", Source, [Series("RUS", "Russia", (2020, 1))]));
    }
}
