using Analysis.Calculations;
using Analysis.Domain;
using Analysis.Products.Engine;
using Analysis.Products.Tariffs;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Tariffs;

/// <summary>
/// How the line results add up: each chapter and the total are the sums of their lines, the price effect is the
/// import-weighted mean, a specific duty before the change is converted at the line's unit value, and every column
/// of the line, chapter and sensitivity frames carries what its name says. A mutation run (BENCHMARKS.md) found that
/// the existing cases, with one line per chapter and an infinite supply elasticity, could not tell a sum from a
/// maximum or notice a column left out.
/// </summary>
public sealed class SmartByLineAggregationTests
{
    private const double Eta = -1.2;
    private const double Epsilon = 2.0;

    // The imports are SmartByLineTests.Imports(). Chapter 87: two cars lines; chapter 85: one line; 847130 has a specific duty and no quantity (not modelled).
    // 870332: 30 thousand USD for 3 t = 10,000 USD/t, so 500 USD/t before is 5 % and t⁰ = 0.10 + 0.05 = 0.15.
    private static readonly TariffLine[] Tariffs =
    [
        new("870323", 0.05, 0.05, SpecificAfterUsdPerTonne: 1000),
        new("870332", 0.10, 0.20, SpecificBeforeUsdPerTonne: 500),
        new("850440", 0.00, 0.10, SubstitutionElasticity: 3.0),
        new("847130", 0.00, 0.00, SpecificAfterUsdPerTonne: 500),
    ];

    /// <summary>The single-line model on each modelled line, by hand from the inputs above (USD mn).</summary>
    private static readonly Dictionary<string, TariffImpactResult> ByLine = new()
    {
        ["870323"] = TariffImpact.Estimate(new TariffScenario(0.10, 0.90, 0.05, 0.15, Eta, Epsilon, 1.5)),
        ["870332"] = TariffImpact.Estimate(new TariffScenario(0.03, 0.06, 0.15, 0.20, Eta, Epsilon, 1.5)),
        ["850440"] = TariffImpact.Estimate(new TariffScenario(0.05, 0.15, 0.00, 0.10, Eta, Epsilon, 3.0)),
    };

    private static LineTariffImpact Run() => SmartByLine.Estimate(SmartByLineTests.Imports(), Tariffs, Eta, exportSupplyElasticity: Epsilon);

    private static double Of(string hs6, Func<TariffImpactResult, double> measure) => measure(ByLine[hs6]);

    /// <summary>Each summed column of the line and chapter frames, with the result field it carries.</summary>
    private static readonly Dictionary<string, Func<TariffImpactResult, double>> SummedColumns = new()
    {
        ["trade_creation_usd_mn"] = r => r.TradeCreationUsdMillions,
        ["trade_diversion_usd_mn"] = r => r.TradeDiversionUsdMillions,
        ["total_change_usd_mn"] = r => r.TotalChangeInImportsFromSupplierUsdMillions,
        ["tariff_revenue_before_usd_mn"] = r => r.TariffRevenueBeforeUsdMillions,
        ["tariff_revenue_after_usd_mn"] = r => r.TariffRevenueAfterUsdMillions,
        ["consumer_surplus_change_usd_mn"] = r => r.ConsumerSurplusChangeUsdMillions,
        ["deadweight_loss_change_usd_mn"] = r => r.DeadweightLossChangeUsdMillions,
    };

    public static TheoryData<string> Measures() => new(SummedColumns.Keys);

    [Theory]
    [MemberData(nameof(Measures))]
    public void Estimate_EveryMeasure_LinesChaptersAndTotalAgree(string column)
    {
        var measure = SummedColumns[column];
        var impact = Run();

        foreach (var hs6 in ByLine.Keys)
        {
            Assert.Equal(Of(hs6, measure), TestData.Cell<double>(impact.Lines, "hs6", hs6, column), 12);
        }

        var chapter87 = Of("870323", measure) + Of("870332", measure);
        Assert.Equal(chapter87, impact.ByChapter.GetColumn<double>(column).Get("87"), 12);
        Assert.Equal(Of("850440", measure), impact.ByChapter.GetColumn<double>(column).Get("85"), 12);
        Assert.Equal(chapter87 + Of("850440", measure), measure(impact.Total), 12);
    }

    [Fact]
    public void Estimate_PriceEffect_IsTheImportWeightedMean()
    {
        var expected = (Of("870323", r => r.PriceEffect) * 0.10 + Of("870332", r => r.PriceEffect) * 0.03 + Of("850440", r => r.PriceEffect) * 0.05) / 0.18;

        Assert.NotEqual(0.0, expected);
        Assert.Equal(expected, Run().Total.PriceEffect, 12);
    }

    [Fact]
    public void Estimate_LineColumns_CarryTheLineInputs()
    {
        var lines = Run().Lines;

        Assert.Equal("87", TestData.Cell<string>(lines, "hs6", "870332", "hs_chapter"));
        Assert.Equal(0.03, TestData.Cell<double>(lines, "hs6", "870332", "imports_from_supplier_usd_mn"), 12);
        Assert.Equal(0.06, TestData.Cell<double>(lines, "hs6", "870332", "imports_from_others_usd_mn"), 12);
        Assert.Equal(0.15, TestData.Cell<double>(lines, "hs6", "870332", "tariff_before"), 12);
        Assert.Equal(0.20, TestData.Cell<double>(lines, "hs6", "870332", "tariff_after"), 12);
        Assert.Equal(Eta, TestData.Cell<double>(lines, "hs6", "850440", "import_demand_elasticity"));
        Assert.Equal(3.0, TestData.Cell<double>(lines, "hs6", "850440", "substitution_elasticity"));
        Assert.Equal(1.5, TestData.Cell<double>(lines, "hs6", "870332", "substitution_elasticity"));

        // The line not modelled has no tariff: its specific duty could not be converted.
        var keys = lines.GetColumn<string>("hs6");
        var notModelled = Assert.Single(lines.RowKeys, k => keys.Get(k) == "847130");
        Assert.False(lines.GetColumn<double>("tariff_before").TryGet(notModelled).HasValue);
        Assert.False(lines.GetColumn<double>("tariff_after").TryGet(notModelled).HasValue);
    }

    [Fact]
    public void Estimate_ChapterColumns_CountLinesAndNameTheChapter()
    {
        var byChapter = Run().ByChapter;

        Assert.Equal(["85", "87"], byChapter.RowKeys);
        Assert.Equal(2, byChapter.GetColumn<int>("lines").Get("87"));
        Assert.Equal(0.13, byChapter.GetColumn<double>("imports_from_supplier_usd_mn").Get("87"), 12);
        Assert.Equal(0.05, byChapter.GetColumn<double>("imports_from_supplier_usd_mn").Get("85"), 12);
        Assert.StartsWith("Vehicles", byChapter.GetColumn<string>("hs_title").Get("87"), StringComparison.Ordinal);
        var chapterTotal = Of("870323", r => r.TotalChangeInImportsFromSupplierUsdMillions) + Of("870332", r => r.TotalChangeInImportsFromSupplierUsdMillions);
        Assert.Equal(100 * chapterTotal / 0.13, byChapter.GetColumn<double>("total_change_percent").Get("87"), 10);
    }

    [Fact]
    public void Sensitivity_EachElasticity_IsARowOfTheTotals()
    {
        var frame = SmartByLine.Sensitivity(SmartByLineTests.Imports(), Tariffs[..3], [-1.0, -2.5]);

        Assert.Equal([-1.0, -2.5], frame.GetColumn<double>("import_demand_elasticity").Values);
        foreach (var (row, eta) in new[] { (0, -1.0), (1, -2.5) })
        {
            var impact = SmartByLine.Estimate(SmartByLineTests.Imports(), Tariffs[..3], eta);
            Assert.Equal(impact.Total.TradeCreationUsdMillions, frame.GetColumn<double>("trade_creation_usd_mn").Get(row), 12);
            Assert.Equal(impact.Total.TradeDiversionUsdMillions, frame.GetColumn<double>("trade_diversion_usd_mn").Get(row), 12);
            Assert.Equal(impact.Total.TotalChangeInImportsFromSupplierUsdMillions, frame.GetColumn<double>("total_change_usd_mn").Get(row), 12);
            Assert.Equal(impact.TotalChangePercent, frame.GetColumn<double>("total_change_percent").Get(row), 12);
        }
    }

    [Fact]
    public void Estimate_BadArguments_AreNamed()
    {
        Assert.Equal("imports", Assert.Throws<ArgumentNullException>(() => SmartByLine.Estimate(null!, Tariffs, Eta)).ParamName);
        Assert.Equal("tariffs", Assert.Throws<ArgumentNullException>(() => SmartByLine.Estimate(SmartByLineTests.Imports(), null!, Eta)).ParamName);
        Assert.Equal("importDemandElasticities", Assert.Throws<ArgumentNullException>(() => SmartByLine.Sensitivity(SmartByLineTests.Imports(), Tariffs, null!)).ParamName);
        foreach (var eta in new[] { 0.5, double.NaN })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SmartByLine.Estimate(SmartByLineTests.Imports(), Tariffs, eta));
            Assert.Equal("defaultImportDemandElasticity", ex.ParamName);
        }

        // η = 0 is allowed (no response), and gives no trade creation.
        Assert.Equal(0.0, SmartByLine.Estimate(SmartByLineTests.Imports(), Tariffs, 0.0).Total.TradeCreationUsdMillions);
        var noHs6 = SmartByLineTests.Imports();
        noHs6.DropColumn(ProductColumns.Hs6);
        Assert.StartsWith($"The imports frame has no '{ProductColumns.Hs6}' column", Assert.Throws<ArgumentException>(() => SmartByLine.Estimate(noHs6, Tariffs, Eta)).Message, StringComparison.Ordinal);
    }
}
