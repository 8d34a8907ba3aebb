using Analysis.Calculations;
using Analysis.Domain;
using Analysis.Products.Engine;
using Analysis.Products.Tariffs;
using Analysis.Products.Tests.Support;
using Deedle;

namespace Analysis.Products.Tests.Tariffs;

/// <summary>
/// The line-level model against the single-line model, and a hand case. Line 870323: imports from the supplier
/// 100 thousand USD (0.1 USD mn) and 10 t, from others 900 thousand (0.9 mn); tariff 5 % ad valorem before, 5 % plus
/// 1,000 USD/t after. Unit value 1000 · 100 / 10 = 10,000 USD/t, so the specific duty is 10 % ad valorem:
/// t⁰ = 0.05, t¹ = 0.15. With η = −1, σ = 1.5, ε = ∞:
/// TC = 0.1 · (−1) · 0.1 / 1.05 = −0.00952381; r = 1.15 / 1.05 − 1 = 0.0952381;
/// TD = −0.1 · 0.9 · 1.5 · r / (0.1 + 0.9 + 0.1 · 1.5 · r) = −0.01285714 / 1.01428571 = −0.01267606.
/// </summary>
public sealed class SmartByLineTests
{
    private const double Eta = -1;

    private static readonly TariffLine Cars = new("870323", 0.05, 0.05, SpecificAfterUsdPerTonne: 1000);
    private static readonly TariffLine Computers = new("847130", 0.0, 0.0, SpecificAfterUsdPerTonne: 500);   // no q: cannot convert
    private static readonly TariffLine Transformers = new("850440", 0.0, 0.10);                              // no q, ad valorem only
    private static readonly TariffLine NotImported = new("999999", 0.0, 0.20);

    /// <summary>Four lines: 847130 (no quantity), 850440 (no quantity), 870323 and 870332 (with quantities); USD thousands and tonnes.</summary>
    internal static Frame<int, string> Imports()
    {
        var keys = new[] { 0, 1, 2, 3 };
        var b = new FrameBuilder.Columns<int, string>();
        b.Add(ProductColumns.Hs6, new Series<int, string>(keys, ["847130", "850440", "870323", "870332"]));
        b.Add(ProductColumns.ImportsFromSupplierUsdThousands, new Series<int, double>(keys, [20.0, 50.0, 100.0, 30.0]));
        b.Add(ProductColumns.QuantityFromSupplierTonnes, new Series<int, double>([2, 3], [10.0, 3.0]));
        b.Add(ProductColumns.ImportsFromOthersUsdThousands, new Series<int, double>(keys, [80.0, 150.0, 900.0, 60.0]));
        return b.Frame;
    }

    private static LineTariffImpact Run(Func<TariffScenario, TariffImpactResult>? model = null) =>
        SmartByLine.Estimate(Imports(), [Cars, Computers, Transformers, NotImported], Eta, model: model);

    [Fact]
    public void Estimate_HandCase_MatchesHandComputedCreationAndDiversion()
    {
        var lines = Run().Lines;
        Assert.Equal(0.05, TestData.Cell<double>(lines, "hs6", "870323", "tariff_before"), Tolerance.Places);
        Assert.Equal(0.15, TestData.Cell<double>(lines, "hs6", "870323", "tariff_after"), Tolerance.Places);
        Assert.Equal(10_000, TestData.Cell<double>(lines, "hs6", "870323", "unit_value_usd_per_tonne"), Tolerance.Places);
        Assert.Equal(-0.00952381, TestData.Cell<double>(lines, "hs6", "870323", "trade_creation_usd_mn"), 8);
        // Diversion for an increase (the others benefit, issue 13): x = Δt/(1 + t¹) = 0.10/1.15 = 0.0869565;
        // B = M_K = 0.9, L = M = 0.1, σ = 1.5: gain = 0.9·0.1·1.5·0.0869565 / (1 + 0.9·1.5·0.0869565) = 0.0117391 / 1.1173913 = 0.0105058; TD = −gain.
        Assert.Equal(-0.01050584, TestData.Cell<double>(lines, "hs6", "870323", "trade_diversion_usd_mn"), 8);
    }

    [Fact]
    public void Estimate_EachLine_EqualsTheSingleLineModelOnThatLine()
    {
        var impact = Run();
        var expectedCars = TariffImpact.Estimate(new TariffScenario(0.1, 0.9, 0.05, 0.15, Eta));
        var expectedTransformers = TariffImpact.Estimate(new TariffScenario(0.05, 0.15, 0.0, 0.10, Eta));
        Assert.Equal(expectedCars.TotalChangeInImportsFromSupplierUsdMillions, TestData.Cell<double>(impact.Lines, "hs6", "870323", "total_change_usd_mn"), 12);
        Assert.Equal(expectedCars.TariffRevenueAfterUsdMillions, TestData.Cell<double>(impact.Lines, "hs6", "870323", "tariff_revenue_after_usd_mn"), 12);
        Assert.Equal(expectedTransformers.DeadweightLossChangeUsdMillions, TestData.Cell<double>(impact.Lines, "hs6", "850440", "deadweight_loss_change_usd_mn"), 12);
        Assert.Equal(expectedTransformers.ConsumerSurplusChangeUsdMillions, TestData.Cell<double>(impact.Lines, "hs6", "850440", "consumer_surplus_change_usd_mn"), 12);
        Assert.Equal(expectedCars.TradeCreationUsdMillions + expectedTransformers.TradeCreationUsdMillions, impact.Total.TradeCreationUsdMillions, 12);
        Assert.Equal(expectedCars.TotalChangeInImportsFromSupplierUsdMillions + expectedTransformers.TotalChangeInImportsFromSupplierUsdMillions, impact.Total.TotalChangeInImportsFromSupplierUsdMillions, 12);
        Assert.Equal(0.15, impact.ImportsFromSupplierUsdMillions, 12);
    }

    [Fact]
    public void Estimate_OneLineOnly_TotalIsTheSingleLineModel()
    {
        var impact = SmartByLine.Estimate(Imports(), [Cars], Eta);
        var expected = TariffImpact.Estimate(new TariffScenario(0.1, 0.9, 0.05, 0.15, Eta));
        AssertClose(expected, impact.Total);
        Assert.Equal(100 * expected.TotalChangeInImportsFromSupplierUsdMillions / 0.1, impact.TotalChangePercent, 10);
    }

    [Fact]
    public void Estimate_SpecificDutyWithoutQuantity_IsReportedAndNotModelled()
    {
        var impact = Run();
        Assert.StartsWith("not modelled", TestData.Cell<string>(impact.Lines, "hs6", "847130", "status"), StringComparison.Ordinal);
        Assert.Equal(["847130", "850440"], impact.LinesWithoutQuantity);
        Assert.Equal("modelled", TestData.Cell<string>(impact.Lines, "hs6", "850440", "status"));
        Assert.Equal(["999999"], impact.TariffLinesWithoutImports);
        Assert.DoesNotContain("870332", impact.Lines.GetColumn<string>("hs6").Values);
    }

    [Fact]
    public void Estimate_ByChapter_SumsTheModelledLines()
    {
        var impact = Run();
        Assert.Equal(["85", "87"], impact.ByChapter.RowKeys);
        var cars = TestData.Cell<double>(impact.Lines, "hs6", "870323", "total_change_usd_mn");
        Assert.Equal(cars, impact.ByChapter.GetColumn<double>("total_change_usd_mn").Get("87"), 12);
        Assert.Equal(100 * cars / 0.1, impact.ByChapter.GetColumn<double>("total_change_percent").Get("87"), 10);
        Assert.Equal(impact.Total.DeadweightLossChangeUsdMillions, impact.ByChapter.GetColumn<double>("deadweight_loss_change_usd_mn").Values.Sum(), 12);
    }

    [Fact]
    public void Estimate_ModelParameter_IsTheOneUsed()
    {
        var calls = new List<TariffScenario>();
        var impact = Run(s =>
        {
            calls.Add(s);
            return new TariffImpactResult(-1, 0, -1, 0, 0, 0, 0, 0);
        });
        Assert.Equal(2, calls.Count);
        Assert.Equal(-2, impact.Total.TotalChangeInImportsFromSupplierUsdMillions, 12);
    }

    [Fact]
    public void Estimate_LineElasticities_OverrideTheDefaults()
    {
        var own = Cars with { ImportDemandElasticity = -3, SubstitutionElasticity = 0 };
        var impact = SmartByLine.Estimate(Imports(), [own], Eta);
        var expected = TariffImpact.Estimate(new TariffScenario(0.1, 0.9, 0.05, 0.15, -3, double.PositiveInfinity, 0));
        AssertClose(expected, impact.Total);
        Assert.Equal(0, impact.Total.TradeDiversionUsdMillions, 12);
    }

    [Fact]
    public void Sensitivity_DoublingEta_DoublesTradeCreation()
    {
        var frame = SmartByLine.Sensitivity(Imports(), [Cars, Transformers], [-1.0, -2.0]);
        var creation = frame.GetColumn<double>("trade_creation_usd_mn");
        Assert.Equal(2 * creation.Get(0), creation.Get(1), 12);
        Assert.Equal([-1.0, -2.0], frame.GetColumn<double>("import_demand_elasticity").Values);
    }

    [Fact]
    public void Estimate_PositiveDefaultEta_ThrowsStatingTheRule()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SmartByLine.Estimate(Imports(), [Cars], 0.5));
        Assert.StartsWith("The default import-demand elasticity must be a finite number ≤ 0.", e.Message, StringComparison.Ordinal);
    }

    /// <summary>One line per HS6 code given, with the supplier's imports and quantity and the others' imports (USD thousands, tonnes).</summary>
    private static Frame<int, string> ImportsOf(params (string Hs6, double Supplier, double Quantity, double Others)[] lines)
    {
        var keys = Enumerable.Range(0, lines.Length).ToArray();
        var b = new FrameBuilder.Columns<int, string>();
        b.Add(ProductColumns.Hs6, new Series<int, string>(keys, lines.Select(l => l.Hs6)));
        b.Add(ProductColumns.ImportsFromSupplierUsdThousands, new Series<int, double>(keys, lines.Select(l => l.Supplier)));
        b.Add(ProductColumns.QuantityFromSupplierTonnes, new Series<int, double>(keys, lines.Select(l => l.Quantity)));
        b.Add(ProductColumns.ImportsFromOthersUsdThousands, new Series<int, double>(keys, lines.Select(l => l.Others)));
        return b.Frame;
    }

    [Fact]
    public void Estimate_ZeroQuantity_HasNoUnitValue()
    {
        // A quantity of 0 t (e.g. a UN Comtrade netWgt of 0) gives no unit value, not 1000 · 100 / 0 = ∞ USD/t:
        // the specific duty of 870323 cannot be converted, so the line is not modelled; 850440 (ad valorem only) is.
        var impact = SmartByLine.Estimate(ImportsOf(("870323", 100, 0, 900), ("850440", 50, 0, 150)), [Cars, Transformers], Eta);
        var lines = impact.Lines;
        var hs6 = lines.GetColumn<string>("hs6");
        var unitValues = lines.GetColumn<double>("unit_value_usd_per_tonne");

        Assert.All(lines.RowKeys, k => Assert.False(unitValues.TryGet(k).HasValue, hs6.Get(k)));
        Assert.Equal("not modelled: specific duty but no quantity, so no unit value", TestData.Cell<string>(lines, "hs6", "870323", "status"));
        Assert.Equal("modelled", TestData.Cell<string>(lines, "hs6", "850440", "status"));
    }

    [Fact]
    public void Estimate_ZeroQuantity_IsListedAmongLinesWithoutQuantity()
    {
        // 870323 is not modelled for want of a unit value, as a line with no quantity at all would be; both lines are listed.
        var impact = SmartByLine.Estimate(ImportsOf(("870323", 100, 0, 900), ("850440", 50, 0, 150)), [Cars, Transformers], Eta);

        Assert.Equal(["870323", "850440"], impact.LinesWithoutQuantity);
    }

    [Fact]
    public void Estimate_NoLineModelled_TotalIsZeroNotNaN()
    {
        // 847130 has a specific duty and no quantity; 999999 is not imported: no modelled imports to weight or divide by.
        var impact = SmartByLine.Estimate(Imports(), [Computers, NotImported], Eta);

        Assert.Equal(0, impact.ImportsFromSupplierUsdMillions);
        Assert.Equal(0, impact.Total.TotalChangeInImportsFromSupplierUsdMillions);
        Assert.Equal(0, impact.Total.PriceEffect);
        Assert.Equal(0, impact.TotalChangePercent);
    }

    [Fact]
    public void Estimate_LineOfNoHsChapter_ChapterTitleSaysSo()
    {
        // Chapter 77 is reserved in the HS: the by-chapter row keeps the line but has no title to show.
        var impact = SmartByLine.Estimate(ImportsOf(("770000", 10, 1, 10)), [new TariffLine("770000", 0, 0.1)], Eta);

        Assert.Equal("not an HS chapter", impact.ByChapter.GetColumn<string>("hs_title").Get("77"));
    }

    [Fact]
    public void Estimate_FrameWithoutImportColumns_ThrowsNamingTheColumn()
    {
        var frame = Frame.FromRecords(new[] { new { hs6 = "870323" } });
        var e = Assert.Throws<ArgumentException>(() => SmartByLine.Estimate(frame, [Cars], Eta));
        Assert.Contains(ProductColumns.ImportsFromSupplierUsdThousands, e.Message, StringComparison.Ordinal);
    }

    private static void AssertClose(TariffImpactResult expected, TariffImpactResult actual)
    {
        Assert.Equal(expected.TradeCreationUsdMillions, actual.TradeCreationUsdMillions, 12);
        Assert.Equal(expected.TradeDiversionUsdMillions, actual.TradeDiversionUsdMillions, 12);
        Assert.Equal(expected.TotalChangeInImportsFromSupplierUsdMillions, actual.TotalChangeInImportsFromSupplierUsdMillions, 12);
        Assert.Equal(expected.PriceEffect, actual.PriceEffect, 12);
        Assert.Equal(expected.TariffRevenueBeforeUsdMillions, actual.TariffRevenueBeforeUsdMillions, 12);
        Assert.Equal(expected.TariffRevenueAfterUsdMillions, actual.TariffRevenueAfterUsdMillions, 12);
        Assert.Equal(expected.ConsumerSurplusChangeUsdMillions, actual.ConsumerSurplusChangeUsdMillions, 12);
        Assert.Equal(expected.DeadweightLossChangeUsdMillions, actual.DeadweightLossChangeUsdMillions, 12);
    }
}
