using Analysis.Calculations;
using Analysis.Story;
using Analysis.Tests.Calculations;
using Analysis.Tests.Support;

namespace Analysis.Tests.Story;

/// <summary>
/// Notebook 03's car-fee scenario on the bundled data: data/russia-recycling-fee (fees),
/// data/china-car-exports-russia (value and units), data/russia-macro (RUB/USD) and
/// data/russia-car-market (China's share of car imports).
/// </summary>
public sealed class TariffStoryTests
{
    // Average car value: the latest full year with units and value, 2025: 8.46e9 USD / 632,341 cars = 13,378.9...
    private const double AveragePriceUsd = 8.46e9 / 632_341;

    // RUB per USD: the 2025 annual average (latest year ≤ the price year).
    private const double RubPerUsd = 83.3;

    private static CarFeeScenario Scenario() =>
        TariffStory.BuildScenario(BundledCatalog.Instance, new DateOnly(2023, 8, 1), new DateOnly(2025, 1, 1), 2024, -1.0, 1.5);

    [Fact]
    public void BuildScenario_DefaultYears_InputsComeFromTheData()
    {
        var s = Scenario();

        Assert.Equal(300_600.0, s.FeeBeforeRub, Tolerance.Absolute);
        Assert.Equal(667_400.0, s.FeeAfterRub, Tolerance.Absolute);
        Assert.Equal(AveragePriceUsd, s.AveragePriceUsd, 1e-6);
        Assert.Equal("2025", s.PricePeriod);
        Assert.Equal(RubPerUsd, s.RubPerUsd, Tolerance.Absolute);
        Assert.Equal(2025, s.RubPerUsdYear);
        // 2024 exports 15.2 USD bn = 15,200 USD mn
        Assert.Equal(15_200.0, s.ImportsFromChinaUsdMillions, 1e-6);
        // latest published share of car imports: 92% (Jan–Aug 2023)
        Assert.Equal(0.92, s.ChinaShareOfCarImports, Tolerance.Absolute);
    }

    [Fact]
    public void BuildScenario_DefaultYears_AdValoremEquivalentsAreFeeOverPriceInRoubles()
    {
        var s = Scenario();

        // before: 300,600 / (13,378.9 × 83.3) = 0.26973...; after: 667,400 / (13,378.9 × 83.3) = 0.59886...
        Assert.Equal(300_600 / (AveragePriceUsd * RubPerUsd), s.Scenario.TariffBefore, Tolerance.Absolute);
        Assert.Equal(667_400 / (AveragePriceUsd * RubPerUsd), s.Scenario.TariffAfter, Tolerance.Absolute);
        // others: 15,200 × (1 − 0.92) / 0.92 = 1,321.739...
        Assert.Equal(15_200 * 0.08 / 0.92, s.Scenario.ImportsFromOtherSuppliersUsdMillions, 1e-6);
        Assert.Equal(-1.0, s.Scenario.ImportDemandElasticity);
        Assert.Equal(1.5, s.Scenario.SubstitutionElasticity);
    }

    [Fact]
    public void BuildScenario_DateWithoutFee_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() =>
            TariffStory.BuildScenario(BundledCatalog.Instance, new DateOnly(2023, 8, 2), new DateOnly(2025, 1, 1), 2024, -1.0, 1.5));
    }

    [Fact]
    public void BuildScenario_BaseYearWithoutFullYearValue_ThrowsArgumentException()
    {
        // 2023 has only part-year car-export values.
        Assert.Throws<ArgumentException>(() =>
            TariffStory.BuildScenario(BundledCatalog.Instance, new DateOnly(2023, 8, 1), new DateOnly(2025, 1, 1), 2023, -1.0, 1.5));
    }

    [Fact]
    public void ModelVersusObserved_2024To2025_ObservedIsRelativeChangeOfExportValue()
    {
        var s = Scenario();

        var cmp = TariffStory.ModelVersusObserved(BundledCatalog.Instance, s, 2024, 2025);

        // 8.46 / 15.2 − 1 = −0.443421...
        Assert.Equal((8.46 / 15.2) - 1, cmp.ObservedChange, Tolerance.Absolute);
        var r = TariffImpact.Estimate(s.Scenario);
        Assert.Equal(r.TotalChangeInImportsFromSupplierUsdMillions / 15_200, cmp.PredictedChange, Tolerance.Absolute);
        Assert.Equal(cmp.ObservedChange - cmp.PredictedChange, cmp.Gap, Tolerance.Absolute);
    }

    [Fact]
    public void CarExports_2022_AverageValueIsValueOverUnits()
    {
        var f = TariffStory.CarExports(BundledCatalog.Instance);

        // 1.68e9 / 153,200 = 10,966.06 USD per car
        Assert.Equal(1.68e9 / 153_200, f.GetColumn<double>("average_value_usd")[2022], 1e-6);
    }
}
