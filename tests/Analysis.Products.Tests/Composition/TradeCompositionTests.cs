using Analysis.Data;
using Analysis.Products.Tests.Support;
using Deedle;

namespace Analysis.Products.Tests.Composition;

/// <summary>The composition from the bundled published figures, and from the fixture BACI file (Fixtures/README.md).</summary>
public sealed class TradeCompositionTests
{
    private static double Share(Frame<int, string> frame, string period, string group)
    {
        var periods = frame.GetColumn<string>("period");
        var groups = frame.GetColumn<string>("product_group");
        var row = Assert.Single(frame.RowKeys, k => periods.Get(k) == period && groups.Get(k) == group);
        return frame.GetColumn<double>("share_of_exports_percent").Get(row);
    }

    [Fact]
    public void Dataset_Bundled_Validates() =>
        Assert.Empty(DataCatalog.Bundled.Validate(TradeComposition.Dataset));

    [Fact]
    public void Published_Bundled_KeepsPublishedSharesAndComputesTheCombinedGroup()
    {
        var frame = TradeComposition.Published(DataCatalog.Bundled);
        Assert.Equal(73, Share(frame, "2019", "mineral_fuels"), Tolerance.Places);
        Assert.Equal(55, Share(frame, "2019", "machinery_equipment_vehicles"), Tolerance.Places);
        Assert.Equal(38, Share(frame, "Jan–Apr 2023", "machinery_electrical"), Tolerance.Places);
        Assert.Equal(19, Share(frame, "Jan–Apr 2023", "transport_equipment"), Tolerance.Places);
        Assert.Equal(57, Share(frame, "Jan–Apr 2023", "machinery_equipment_vehicles"), Tolerance.Places);
        Assert.DoesNotContain("total", frame.GetColumn<string>("product_group").Values);
        var basis = frame.GetColumn<string>("basis").Values.ToList();
        Assert.Equal(4, basis.Count(b => b == "published"));
        Assert.Single(basis, b => b.StartsWith("computed: HS 84-85 share + HS 86-89 share", StringComparison.Ordinal));
    }

    [Fact]
    public void CrossCheck_Bundled_ComputesSharesFromPublishedValues()
    {
        var frame = TradeComposition.CrossCheck(DataCatalog.Bundled);
        Assert.Equal(["machinery_electrical", "transport_equipment"], frame.GetColumn<string>("product_group").Values);
        Assert.Equal(100 * 12.8 / 33.7, frame.GetColumn<double>("computed_percent").Get(0), Tolerance.Places);
        Assert.Equal((100 * 6.4 / 33.7) - 19, frame.GetColumn<double>("difference_points").Get(1), Tolerance.Places);
    }

    [Fact]
    public void FromProducts_Fixture_ComputesSharesByYearFromHs6Flows()
    {
        var frame = TradeComposition.FromProducts(Engine.ProductTradeTestsAccess.Open(TestData.BaciFixture));
        Assert.Equal(100 * 500 / 507.0, Share(frame, "2022", "mineral_fuels"), Tolerance.Places);
        Assert.Equal(100 * 25.125 / 175.875, Share(frame, "2022", "machinery_electrical"), Tolerance.Places);
        Assert.Equal(100 * 150.75 / 175.875, Share(frame, "2022", "transport_equipment"), Tolerance.Places);
        Assert.Equal(100, Share(frame, "2022", "machinery_equipment_vehicles"), Tolerance.Places);
        Assert.Equal(100, Share(frame, "2021", "transport_equipment"), Tolerance.Places);
        Assert.Equal(0, Share(frame, "2021", "machinery_electrical"), Tolerance.Places);
        Assert.DoesNotContain(frame.RowKeys, k => frame.GetColumn<string>("period").Get(k) == "2021" && frame.GetColumn<string>("product_group").Get(k) == "mineral_fuels");
        Assert.All(frame.GetColumn<string>("source").Values, s => Assert.Equal("HS22", s));
    }

    [Fact]
    public void Chart_Published_HasOneBarSeriesPerGroupAndTheSourceNote()
    {
        var chart = TradeComposition.Chart(TradeComposition.Published(DataCatalog.Bundled), TradeComposition.Context(DataCatalog.Bundled));
        var json = Analysis.Charts.HouseCharts.ToFigureJson(chart);
        Assert.Contains("Russia sells China fuel (73% of its exports)", json, StringComparison.Ordinal);
        Assert.Contains("Russia → China: mineral fuels (HS 27)", json, StringComparison.Ordinal);
        Assert.Contains("data/china-russia-trade-composition", json, StringComparison.Ordinal);
        Assert.Contains("Jan–Apr 2023", json, StringComparison.Ordinal);
        // Four groups; a period a group lacks is a "no data" marker, not a bar.
        var traces = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("data").EnumerateArray();
        Assert.Equal(4, traces.Count(t => t.GetProperty("meta").TryGetProperty("unit", out _)));
    }

    [Theory]
    [InlineData(2019, 1, 1, 2019, 12, 31, "2019")]
    [InlineData(2023, 1, 1, 2023, 4, 30, "Jan–Apr 2023")]
    [InlineData(2022, 2, 1, 2023, 2, 28, "Feb 2022–Feb 2023")]
    public void PeriodLabel_Periods_ReadNaturally(int y0, int m0, int d0, int y1, int m1, int d1, string expected) =>
        Assert.Equal(expected, TradeComposition.PeriodLabel(new DateOnly(y0, m0, d0), new DateOnly(y1, m1, d1)));

    [Fact]
    public void Published_Bundled_RowsInPeriodThenGroupOrderWithEveryColumn()
    {
        // The bundled rows: 2019 (fuels, machinery and vehicles), then Jan–Apr 2023 (the two published halves and their sum).
        var frame = TradeComposition.Published(DataCatalog.Bundled);

        Assert.Equal(["2019", "2019", "Jan–Apr 2023", "Jan–Apr 2023", "Jan–Apr 2023"], frame.GetColumn<string>("period").Values);
        Assert.Equal(["mineral_fuels", "machinery_equipment_vehicles", "machinery_equipment_vehicles", "machinery_electrical", "transport_equipment"],
            frame.GetColumn<string>("product_group").Values);
        Assert.Equal(new DateOnly(2023, 4, 30), frame.GetColumn<DateOnly>("period_end").Get(4));
        Assert.Equal(["RUS", "CHN", "CHN", "CHN", "CHN"], frame.GetColumn<string>("exporter").Values);
        Assert.Equal(["CHN", "RUS", "RUS", "RUS", "RUS"], frame.GetColumn<string>("importer").Values);
        Assert.Equal("Russia → China: mineral fuels (HS 27)", frame.GetColumn<string>("label").Get(0));
        Assert.Equal("China → Russia: vehicles and transport equipment (HS 86-89)", frame.GetColumn<string>("label").Get(4));
    }

    [Fact]
    public void CrossCheck_Bundled_NamesThePeriodAndThePublishedShare()
    {
        var frame = TradeComposition.CrossCheck(DataCatalog.Bundled);

        Assert.Equal(["Jan–Apr 2023", "Jan–Apr 2023"], frame.GetColumn<string>("period").Values);
        Assert.Equal([38.0, 19.0], frame.GetColumn<double>("published_percent").Values);
    }

    [Fact]
    public void FromProducts_Fixture_YearsInOrder()
    {
        var frame = TradeComposition.FromProducts(Engine.ProductTradeTestsAccess.Open(TestData.BaciFixture));
        var periods = frame.GetColumn<string>("period").Values.ToList();

        Assert.Equal(periods.Order(StringComparer.Ordinal), periods);
        Assert.Equal("2021", periods[0]);
    }

    [Fact]
    public void NullArguments_AreNamed()
    {
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => TradeComposition.Published(null!)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => TradeComposition.CrossCheck(null!)).ParamName);
        Assert.Equal("trade", Assert.Throws<ArgumentNullException>(() => TradeComposition.FromProducts(null!)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => TradeComposition.SourceNote((DataCatalog)null!)).ParamName);
        var context = TradeComposition.Context(DataCatalog.Bundled);
        Assert.Equal("composition", Assert.Throws<ArgumentNullException>(() => TradeComposition.Chart(null!, context)).ParamName);
        Assert.Equal("context", Assert.Throws<ArgumentNullException>(() => TradeComposition.Chart(TradeComposition.Published(DataCatalog.Bundled), null!)).ParamName);
        // A frame without rows (a total only) cannot be drawn either, but the missing context is what the error names.
        var noRows = TradeComposition.Published(CompositionCatalog.With("2021-01-01,2021-12-31,CHN,RUS,total,,40,a"));
        Assert.Equal("context", Assert.Throws<ArgumentNullException>(() => TradeComposition.Chart(noRows, null!)).ParamName);
    }

    [Theory]
    [InlineData(2019, 2, 1, 2019, 12, 31, "Feb–Dec 2019")]     // not from 1 January
    [InlineData(2019, 1, 2, 2019, 12, 31, "Jan–Dec 2019")]     // not from the 1st
    [InlineData(2019, 1, 1, 2019, 11, 30, "Jan–Nov 2019")]     // not to December
    [InlineData(2019, 1, 1, 2019, 12, 30, "Jan–Dec 2019")]     // not to the 31st
    [InlineData(2019, 1, 1, 2020, 12, 31, "Jan 2019–Dec 2020")] // two calendar years
    public void PeriodLabel_AlmostACalendarYear_IsNotLabelledAsOne(int y0, int m0, int d0, int y1, int m1, int d1, string expected) =>
        Assert.Equal(expected, TradeComposition.PeriodLabel(new DateOnly(y0, m0, d0), new DateOnly(y1, m1, d1)));

    [Fact]
    public void Published_Bundled_LabelsEachRowWithItsGroup()
    {
        var frame = TradeComposition.Published(DataCatalog.Bundled);

        Assert.Equal(
            [
                "Russia → China: mineral fuels (HS 27)",
                "China → Russia: machinery, equipment and vehicles (HS 84-89)",
                "China → Russia: machinery, equipment and vehicles (HS 84-89)",
                "China → Russia: machinery and electrical equipment (HS 84-85)",
                "China → Russia: vehicles and transport equipment (HS 86-89)",
            ],
            frame.GetColumn<string>("label").Values);
    }

    [Fact]
    public void Published_ValueWithoutShare_SharesTheTotalOfItsPeriod()
    {
        // The group's row comes before the period's total: 100 · 10 / 40 = 25 %.
        var frame = TradeComposition.Published(CompositionCatalog.With(
            "2021-01-01,2021-12-31,CHN,RUS,machinery_electrical,,10,b",
            "2021-01-01,2021-12-31,CHN,RUS,total,,40,a"));

        Assert.Equal(["machinery_electrical"], frame.GetColumn<string>("product_group").Values);
        Assert.Equal(25, frame.GetColumn<double>("share_of_exports_percent").Get(0), Tolerance.Places);
        Assert.Equal("computed: published value / published total", frame.GetColumn<string>("basis").Get(0));
        Assert.Equal("b", frame.GetColumn<string>("source").Get(0));
    }

    [Fact]
    public void Published_ValueWithoutPositiveTotal_GivesNoShare()
    {
        // 2021: the total is zero; 2022: no total at all. Neither value can be a share.
        var frame = TradeComposition.Published(CompositionCatalog.With(
            "2021-01-01,2021-12-31,CHN,RUS,machinery_electrical,,0,a",
            "2021-01-01,2021-12-31,CHN,RUS,total,,0,a",
            "2022-01-01,2022-12-31,CHN,RUS,machinery_electrical,,5,a"));

        Assert.Empty(frame.RowKeys);
    }

    [Fact]
    public void Published_HalvesOfHs84To89InDifferentPeriods_GiveNoCombinedRow()
    {
        // HS 84-85 for Jan–Apr 2023, HS 86-89 for the whole of 2023: same start, not the same period, so no sum.
        var frame = TradeComposition.Published(CompositionCatalog.With(
            "2023-01-01,2023-04-30,CHN,RUS,machinery_electrical,38,,a",
            "2023-01-01,2023-12-31,CHN,RUS,transport_equipment,20,,a"));

        Assert.Equal(["machinery_electrical", "transport_equipment"], frame.GetColumn<string>("product_group").Values);
    }

    [Fact]
    public void Published_Hs84To89BesideItsHalves_KeepsThePublishedFigureOnly()
    {
        // Published 55 % for HS 84-89 beside 30 % + 20 %: the published figure stands, no second HS 84-89 row of 50 %.
        var frame = TradeComposition.Published(CompositionCatalog.With(
            "2019-01-01,2019-12-31,CHN,RUS,machinery_equipment_vehicles,55,,a",
            "2019-01-01,2019-12-31,CHN,RUS,machinery_electrical,30,,a",
            "2019-01-01,2019-12-31,CHN,RUS,transport_equipment,20,,a"));

        Assert.Equal(["machinery_equipment_vehicles", "machinery_electrical", "transport_equipment"], frame.GetColumn<string>("product_group").Values);
        Assert.Equal(55, frame.GetColumn<double>("share_of_exports_percent").Get(0), Tolerance.Places);
        Assert.Equal("published", frame.GetColumn<string>("basis").Get(0));
    }

    [Fact]
    public void Published_PeriodsWithTheSameStart_ShorterFirst()
    {
        var frame = TradeComposition.Published(CompositionCatalog.With(
            "2023-01-01,2023-12-31,RUS,CHN,mineral_fuels,70,,a",
            "2023-01-01,2023-04-30,RUS,CHN,mineral_fuels,75,,a"));

        Assert.Equal(["Jan–Apr 2023", "2023"], frame.GetColumn<string>("period").Values);
    }

    [Fact]
    public void CrossCheck_TotalListedAfterTheGroup_ComparesWithThatTotal()
    {
        // 100 · 12.8 / 32 = 40 % computed against 38 % published: 2 points.
        var frame = TradeComposition.CrossCheck(CompositionCatalog.With(
            "2023-01-01,2023-04-30,CHN,RUS,machinery_electrical,38,12.8,a",
            "2023-01-01,2023-04-30,CHN,RUS,total,,32,a"));

        Assert.Equal(40, Assert.Single(frame.GetColumn<double>("computed_percent").Values), Tolerance.Places);
        Assert.Equal(2, frame.GetColumn<double>("difference_points").Get(0), Tolerance.Places);
    }

    [Theory]
    [InlineData("no total", new[] { "2022-01-01,2022-12-31,CHN,RUS,machinery_electrical,40,10,a" })]
    [InlineData("a total of zero", new[] { "2022-01-01,2022-12-31,CHN,RUS,machinery_electrical,40,0,a", "2022-01-01,2022-12-31,CHN,RUS,total,,0,a" })]
    [InlineData("a value without a published share", new[] { "2022-01-01,2022-12-31,CHN,RUS,transport_equipment,,5,a", "2022-01-01,2022-12-31,CHN,RUS,total,,50,a" })]
    [InlineData("the total itself, with a share", new[] { "2022-01-01,2022-12-31,CHN,RUS,total,100,50,a" })]
    public void CrossCheck_NothingToCompare_GivesNoRows(string reason, string[] rows)
    {
        var frame = TradeComposition.CrossCheck(CompositionCatalog.With(rows));

        Assert.True(frame.RowCount == 0, reason);
    }

    [Fact]
    public void FromProducts_Fixture_BasisNamesTheFileFormatAndRevision()
    {
        var frame = TradeComposition.FromProducts(Engine.ProductTradeTestsAccess.Open(TestData.BaciFixture));

        Assert.All(frame.GetColumn<string>("basis").Values, b => Assert.Equal("computed from BACI_HS22_Y2022_Vtest.csv (BaciCsv, HS22)", b));
    }

    [Fact]
    public void SourceNote_Catalog_NamesTheDatasetAndEachPublisherOnce()
    {
        // Sources a and c are both "Publisher A".
        var catalog = CompositionCatalog.With("2019-01-01,2019-12-31,RUS,CHN,mineral_fuels,73,,a");

        Assert.Equal("china-russia-trade-composition (data/china-russia-trade-composition): Publisher A; Publisher B", TradeComposition.SourceNote(catalog));
    }

    [Theory]
    [InlineData("/data/baci/BACI_HS22_Y2022_V202401b.csv", "BACI_HS22_Y2022_V202401b.csv")]
    [InlineData("/data/baci/", "baci")]
    public void SourceNote_Path_NamesTheFileOrFolder(string path, string name) =>
        Assert.Equal($"shares computed by the library from {name} (HS6 flows; CEPII BACI layout unless it is a UN Comtrade file)", TradeComposition.SourceNote(path));

    [Fact]
    public void Context_Path_IsNotebookOneWithTheFileAsSourceAndDataset()
    {
        var context = TradeComposition.Context("/data/baci/BACI_HS22_Y2022_V202401b.csv");

        Assert.Equal("01-rhetoric-vs-trade", context.Notebook);
        Assert.Equal(TradeComposition.SourceNote("/data/baci/BACI_HS22_Y2022_V202401b.csv"), context.Source);
        Assert.Equal(["BACI_HS22_Y2022_V202401b.csv"], context.Datasets);
    }

    [Fact]
    public void Context_Catalog_IsNotebookOneWithTheDataset()
    {
        var context = TradeComposition.Context(DataCatalog.Bundled);

        Assert.Equal("01-rhetoric-vs-trade", context.Notebook);
        Assert.Equal(["china-russia-trade-composition"], context.Datasets);
    }
}
