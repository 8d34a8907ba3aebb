using System.Text.Json;
using Analysis.Charts;
using Analysis.Data;
using Analysis.Products.Tests.Support;
using Plotly.NET;

namespace Analysis.Products.Tests.Composition;

/// <summary>
/// The chart of the composition, read from its Plotly figure: one bar series per group present (key "RUS" for
/// Russia's exports, "CHN-" and the group for China's), its bars at the group's share in each period, the periods in
/// date order, and the words (title with the fuel share, axis, unit, summary, source). Bundled figures: 2019 fuels 73,
/// HS 84-89 55; Jan–Apr 2023 HS 84-85 38, HS 86-89 19, so HS 84-89 = 38 + 19 = 57.
/// </summary>
public sealed class TradeCompositionChartTests
{
    private static readonly ChartContext Context = ChartContext.SourceOnly("test source");

    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(HouseCharts.ToFigureJson(chart)).RootElement.Clone();

    private static JsonElement Meta(JsonElement figure) => figure.GetProperty("layout").GetProperty("meta");

    /// <summary>The bar traces with a series key (the "no data" markers have none), in order: key, legend name, and each bar's (period, share).</summary>
    private static List<(string Key, string Name, List<(string Period, double Share)> Bars)> Series(JsonElement figure) =>
        figure.GetProperty("data").EnumerateArray()
            .Where(t => t.GetProperty("meta").TryGetProperty("key", out _))
            .Select(t => (t.GetProperty("meta").GetProperty("key").GetString()!, t.GetProperty("name").GetString()!,
                t.GetProperty("y").EnumerateArray().Select(y => y.GetString()!).Zip(t.GetProperty("x").EnumerateArray().Select(x => x.GetDouble())).ToList()))
            .ToList();

    private static JsonElement Chart(DataCatalog catalog) => Figure(TradeComposition.Chart(TradeComposition.Published(catalog), Context));

    [Fact]
    public void Chart_Published_OneSeriesPerGroupWithItsSharePerPeriod()
    {
        var series = Series(Chart(DataCatalog.Bundled));

        Assert.Equal(["RUS", "CHN-machinery_equipment_vehicles", "CHN-machinery_electrical", "CHN-transport_equipment"], series.Select(s => s.Key));
        Assert.Equal(
            [
                "Russia → China: mineral fuels (HS 27)",
                "China → Russia: machinery, equipment and vehicles (HS 84-89)",
                "China → Russia: machinery and electrical equipment (HS 84-85)",
                "China → Russia: vehicles and transport equipment (HS 86-89)",
            ],
            series.Select(s => s.Name));
        Assert.Equal([("2019", 73.0)], series[0].Bars);
        Assert.Equal([("2019", 55.0), ("Jan–Apr 2023", 57.0)], series[1].Bars);
        Assert.Equal([("Jan–Apr 2023", 38.0)], series[2].Bars);
        Assert.Equal([("Jan–Apr 2023", 19.0)], series[3].Bars);
    }

    [Fact]
    public void Chart_Published_PeriodsInDateOrder()
    {
        var yaxis = Chart(DataCatalog.Bundled).GetProperty("layout").GetProperty("yaxis");

        Assert.Equal(["2019", "Jan–Apr 2023"], yaxis.GetProperty("categoryarray").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Chart_GroupsNotInTheFrame_HaveNoSeries()
    {
        var catalog = CompositionCatalog.With(
            "2019-01-01,2019-12-31,RUS,CHN,mineral_fuels,73,,a",
            "2019-01-01,2019-12-31,CHN,RUS,machinery_electrical,40,,a");

        Assert.Equal(["RUS", "CHN-machinery_electrical"], Series(Chart(catalog)).Select(s => s.Key));
    }

    [Fact]
    public void Chart_FuelSharesOfSeveralPeriods_TitleGivesTheLargestRounded()
    {
        // 72.6 % in 2019 and 60.2 % in 2020: the title states the larger, rounded to a whole percent.
        var catalog = CompositionCatalog.With(
            "2019-01-01,2019-12-31,RUS,CHN,mineral_fuels,72.6,,a",
            "2020-01-01,2020-12-31,RUS,CHN,mineral_fuels,60.2,,a");

        Assert.Equal("Russia sells China fuel (73% of its exports); China sells Russia machines and vehicles", Meta(Chart(catalog)).GetProperty("title").GetString());
    }

    [Fact]
    public void Chart_NoFuelShare_TitleSaysWhatEachSideSells()
    {
        var catalog = CompositionCatalog.With("2019-01-01,2019-12-31,CHN,RUS,machinery_electrical,40,,a");

        Assert.Equal("What each side sells the other", Meta(Chart(catalog)).GetProperty("title").GetString());
    }

    [Fact]
    public void Chart_FromProductFile_StatesTheMeasureUnitSummaryAndSource()
    {
        var composition = TradeComposition.FromProducts(Engine.ProductTradeTestsAccess.Open(TestData.BaciFixture));
        var figure = Figure(TradeComposition.Chart(composition, TradeComposition.Context(TestData.BaciFixture)));
        var meta = Meta(figure);

        Assert.Equal("Share of the exporter's exports to the other (%)", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Product groups' share of one side's exports to the other, %, by period (HS chapters)", meta.GetProperty("subtitle").GetString());
        Assert.Equal("%", meta.GetProperty("yUnit").GetString());
        Assert.Equal("Grouped bars per period: mineral fuels dominate Russia's exports to China; machinery and vehicles dominate China's exports to Russia.", meta.GetProperty("summary").GetString());
        Assert.Equal("shares computed by the library from BACI_HS22_Y2022_Vtest.csv (HS6 flows; CEPII BACI layout unless it is a UN Comtrade file)", meta.GetProperty("source").GetString());
        Assert.Equal("01-rhetoric-vs-trade", meta.GetProperty("notebook").GetString());
    }
}
