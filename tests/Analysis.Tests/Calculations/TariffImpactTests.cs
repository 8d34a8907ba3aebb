using Analysis.Calculations;
using Analysis.Domain;

namespace Analysis.Tests.Calculations;

/// <summary>
/// WITS SMART formulas (methods-and-tooling §E.2). Hand-computed scenarios:
/// A: M=100, M_K=300, t 0 → 0.20, η=−1.5, ε=∞, σ=1.5 (an increase, SMART defaults for ε and σ);
/// B: M=200, M_K=50, t 0.10 → 0.32, η=−2, ε=4, σ=2 (an increase, finite supply elasticity);
/// C: M=100, M_K=100, t 0.50 → 0.20, η=−1, ε=∞, σ=1.5 (a cut).
/// </summary>
public sealed class TariffImpactTests
{
    private const double Inf = double.PositiveInfinity;

    private static TariffScenario Scenario(char name) => name switch
    {
        'A' => new TariffScenario(100, 300, 0.0, 0.20, -1.5, Inf, 1.5),
        'B' => new TariffScenario(200, 50, 0.10, 0.32, -2.0, 4.0, 2.0),
        'C' => new TariffScenario(100, 100, 0.50, 0.20, -1.0, Inf, 1.5),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData('A', -30.0)]              // 100·(−1.5)·0.20/(1+0) = −30
    [InlineData('B', -53.33333333333333)] // 200·(−2)·0.22/[(1.10)·(1 − (−2)/4)] = −88/(1.1·1.5) = −88/1.65
    [InlineData('C', 20.0)]               // 100·(−1)·(−0.30)/(1.50) = 30/1.5 = 20
    public void Estimate_Scenario_TradeCreationMatchesHandComputation(char scenario, double expected)
    {
        Assert.Equal(expected, TariffImpact.Estimate(Scenario(scenario)).TradeCreationUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData('A', -20.93023255813954)] // r = 1.2/1 − 1 = 0.2; −100·300·1.5·0.2/(400 + 100·1.5·0.2) = −9000/430
    [InlineData('B', -12.12121212121212)] // r = 1.32/1.10 − 1 = 0.2; −200·50·2·0.2/(250 + 200·2·0.2) = −4000/330
    [InlineData('C', 13.04347826086957)]  // r = 1.2/1.5 − 1 = −0.2; −100·100·1.5·(−0.2)/(200 + 100·1.5·0.2) = 3000/230
    public void Estimate_Scenario_TradeDiversionMatchesHandComputation(char scenario, double expected)
    {
        Assert.Equal(expected, TariffImpact.Estimate(Scenario(scenario)).TradeDiversionUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData('A', -50.93023255813954)] // −30 − 20.93023255813954
    [InlineData('B', -65.45454545454545)] // −53.33333333333333 − 12.12121212121212
    [InlineData('C', 33.04347826086957)]  // 20 + 13.04347826086957
    public void Estimate_Scenario_TotalIsCreationPlusDiversion(char scenario, double expected)
    {
        Assert.Equal(expected, TariffImpact.Estimate(Scenario(scenario)).TotalChangeInImportsFromSupplierUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData('A', 0.0)]                  // ε = ∞ → no world-price change
    [InlineData('B', -0.06666666666666667)] // (−2)·0.22/[(1.10)·(4 − (−2))] = −0.44/6.6
    [InlineData('C', 0.0)]                  // ε = ∞
    public void Estimate_Scenario_PriceEffectMatchesHandComputation(char scenario, double expected)
    {
        Assert.Equal(expected, TariffImpact.Estimate(Scenario(scenario)).PriceEffect, Tolerance.Absolute);
    }

    [Theory]
    [InlineData('A', 0.0, 9.813953488372093)]  // R0 = 0·100; R1 = 0.20·(100 − 50.93023255813954)
    [InlineData('B', 20.0, 43.05454545454545)] // R0 = 0.10·200; R1 = 0.32·(200 − 65.45454545454545) = 0.32·134.5454545
    [InlineData('C', 50.0, 26.60869565217391)] // R0 = 0.50·100; R1 = 0.20·(100 + 33.04347826086957)
    public void Estimate_Scenario_TariffRevenueMatchesHandComputation(char scenario, double before, double after)
    {
        var result = TariffImpact.Estimate(Scenario(scenario));

        Assert.Equal(before, result.TariffRevenueBeforeUsdMillions, Tolerance.Absolute);
        Assert.Equal(after, result.TariffRevenueAfterUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData('A', 3.0)]               // ½·0.20·30
    [InlineData('B', 5.866666666666667)] // ½·0.22·53.33333333
    [InlineData('C', 3.0)]               // ½·0.30·20 (a cut: a gain of this size)
    public void Estimate_Scenario_WelfareIsDeadweightTriangleMagnitude(char scenario, double expected)
    {
        Assert.Equal(expected, TariffImpact.Estimate(Scenario(scenario)).WelfareUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData(0.0, -1.5, Inf, 1.5)]
    [InlineData(0.25, -0.8, 3.0, 4.0)]
    [InlineData(1.0, -3.0, 0.5, 0.0)]
    public void Estimate_NoTariffChange_EverythingButRevenueIsZero(double tariff, double eta, double epsilon, double sigma)
    {
        var result = TariffImpact.Estimate(new TariffScenario(120, 80, tariff, tariff, eta, epsilon, sigma));

        Assert.Equal(0.0, result.TradeCreationUsdMillions, Tolerance.Absolute);
        Assert.Equal(0.0, result.TradeDiversionUsdMillions, Tolerance.Absolute);
        Assert.Equal(0.0, result.TotalChangeInImportsFromSupplierUsdMillions, Tolerance.Absolute);
        Assert.Equal(0.0, result.PriceEffect, Tolerance.Absolute);
        Assert.Equal(0.0, result.WelfareUsdMillions, Tolerance.Absolute);
        Assert.Equal(result.TariffRevenueBeforeUsdMillions, result.TariffRevenueAfterUsdMillions, Tolerance.Absolute); // t·120 both
    }

    [Theory]
    [InlineData(0.0, 0.2, -0.5)]
    [InlineData(0.1, 0.3, -1.47)]
    [InlineData(0.4, 0.05, -2.0)]
    public void Estimate_DoublingImportDemandElasticity_DoublesTradeCreation(double t0, double t1, double eta)
    {
        var single = TariffImpact.Estimate(new TariffScenario(100, 50, t0, t1, eta));
        var doubled = TariffImpact.Estimate(new TariffScenario(100, 50, t0, t1, 2 * eta));

        Assert.Equal(2 * single.TradeCreationUsdMillions, doubled.TradeCreationUsdMillions, Tolerance.Absolute);
    }

    /// <summary>Tariffs 0–500 % before and after, σ from 0 to 50, and balanced and lopsided flows.</summary>
    private static IEnumerable<(double Supplier, double Others, double T0, double T1, double Sigma)> DiversionGrid()
    {
        double[] tariffs = [0.0, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0];
        double[] sigmas = [0.0, 0.5, 1.5, 3.0, 10.0, 50.0];
        (double Supplier, double Others)[] flows = [(100, 100), (1000, 10), (10, 1000), (1, 0.001)];
        return from t0 in tariffs
               from t1 in tariffs
               from sigma in sigmas
               from flow in flows
               select (flow.Supplier, flow.Others, t0, t1, sigma);
    }

    [Fact]
    public void Estimate_AnyTariffsAndSigma_DiversionBoundedByOtherSuppliersImports()
    {
        foreach (var (supplier, others, t0, t1, sigma) in DiversionGrid())
        {
            var diversion = TariffImpact.Estimate(new TariffScenario(supplier, others, t0, t1, -1.0, Inf, sigma)).TradeDiversionUsdMillions;

            Assert.True(
                Math.Abs(diversion) <= others,
                $"|TD| = {Math.Abs(diversion)} exceeds M_K = {others} (M = {supplier}, t {t0} → {t1}, σ = {sigma})");
        }
    }

    [Fact]
    public void Estimate_AnyTariffsAndSigma_DiversionAwayFromSupplierOnIncreaseTowardsOnCut()
    {
        foreach (var (supplier, others, t0, t1, sigma) in DiversionGrid())
        {
            var diversion = TariffImpact.Estimate(new TariffScenario(supplier, others, t0, t1, -1.0, Inf, sigma)).TradeDiversionUsdMillions;
            var expectedSign = sigma == 0 ? 0 : Math.Sign(t0 - t1);

            Assert.True(
                Math.Sign(diversion) == expectedSign,
                $"TD = {diversion}, expected sign {expectedSign} (M = {supplier}, M_K = {others}, t {t0} → {t1}, σ = {sigma})");
        }
    }

    [Fact]
    public void Estimate_LargeIncreaseOnSmallSupplier_DiversionCanExceedSupplierImports()
    {
        // Documented limitation of the Laird–Yeats form: M=10, M_K=1000, σ=1.5, t 0 → 1 (r = 1):
        // TD = −10·1000·1.5·1/(1010 + 15) = −15000/1025 = −14.634146..., more than the 10 the supplier sold.
        var result = TariffImpact.Estimate(new TariffScenario(10, 1000, 0.0, 1.0, -1.0, Inf, 1.5));

        Assert.Equal(-14.63414634146341, result.TradeDiversionUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData(0.0, 0.3, -1.2, 1.5)]
    [InlineData(0.2, 0.1, -3.0, 0.0)]
    public void Estimate_InfiniteSupplyElasticity_NoPriceEffect(double t0, double t1, double eta, double sigma)
    {
        Assert.Equal(0.0, TariffImpact.Estimate(new TariffScenario(50, 50, t0, t1, eta, Inf, sigma)).PriceEffect);
    }

    [Theory]
    [InlineData(0.0, 0.3, -1.2, 0.5)]
    [InlineData(0.1, 0.2, -2.0, 99.0)]  // SMART's 99 taken literally is finite and still smaller
    [InlineData(0.5, 0.0, -0.7, 3.0)]   // a cut: the same ordering in magnitude
    public void Estimate_FiniteSupplyElasticity_SmallerCreationThanInfinite(double t0, double t1, double eta, double epsilon)
    {
        var finite = TariffImpact.Estimate(new TariffScenario(100, 20, t0, t1, eta, epsilon));
        var infinite = TariffImpact.Estimate(new TariffScenario(100, 20, t0, t1, eta, Inf));

        Assert.True(Math.Abs(finite.TradeCreationUsdMillions) < Math.Abs(infinite.TradeCreationUsdMillions));
    }

    [Theory]
    [InlineData(900_000, 20_000, 90, 0.5)]     // 900,000/(20,000·90) = 900,000/1,800,000
    [InlineData(5_200, 10_000, 100, 0.0052)]   // 5,200/1,000,000
    [InlineData(0, 15_000, 95, 0.0)]           // no fee
    public void SpecificFeeAsAdValorem_Inputs_IsFeeOverPriceInRoubles(double feeRub, double priceUsd, double rubPerUsd, double expected)
    {
        var ave = TariffImpact.SpecificFeeAsAdValorem(feeRub, priceUsd, rubPerUsd);

        Assert.Equal(expected, ave.AdValoremRate, Tolerance.Absolute);
        Assert.Equal(rubPerUsd, ave.RubPerUsd);
        Assert.Equal(feeRub, ave.FeeRub);
        Assert.Equal(priceUsd, ave.AverageImportPriceUsd);
    }

    [Theory]
    [InlineData(-1.0, 20_000, 90, "feeRub")]
    [InlineData(double.NaN, 20_000, 90, "feeRub")]
    [InlineData(1.0, 0.0, 90, "averageImportPriceUsd")]
    [InlineData(1.0, double.PositiveInfinity, 90, "averageImportPriceUsd")]
    [InlineData(1.0, 20_000, -90, "rubPerUsd")]
    [InlineData(1.0, 20_000, double.NaN, "rubPerUsd")]
    public void SpecificFeeAsAdValorem_BadArgument_ThrowsArgumentOutOfRangeException(double feeRub, double priceUsd, double rubPerUsd, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TariffImpact.SpecificFeeAsAdValorem(feeRub, priceUsd, rubPerUsd));

        Assert.Equal(paramName, ex.ParamName);
    }

    [Fact]
    public void Sensitivity_TwoByTwoGrid_OneRowPerCombinationInOrder()
    {
        // Scenario A with η ∈ {−1, −2} (outer) and σ ∈ {0, 1.5} (inner):
        // TC = 100·η·0.2 = −20 or −40; TD = 0 (σ = 0) or −9000/430 = −20.93023255813954 (σ = 1.5, independent of η).
        var frame = TariffImpact.Sensitivity(Scenario('A'), [-1.0, -2.0], [0.0, 1.5]);

        Assert.Equal(TariffSensitivityColumns.All, frame.ColumnKeys);
        Assert.Equal([0, 1, 2, 3], frame.RowKeys);
        Assert.Equal([-1.0, -1.0, -2.0, -2.0], frame.GetColumn<double>(TariffSensitivityColumns.ImportDemandElasticity).Values);
        Assert.Equal([0.0, 1.5, 0.0, 1.5], frame.GetColumn<double>(TariffSensitivityColumns.SubstitutionElasticity).Values);
        double[] creation = [-20, -20, -40, -40];
        double[] diversion = [0, -20.93023255813954, 0, -20.93023255813954];
        double[] total = [-20, -40.93023255813954, -40, -60.93023255813954];
        double[] percent = total; // M⁰ = 100, so percent = 100·total/100 = total
        AssertSeries(creation, frame.GetColumn<double>(TariffSensitivityColumns.TradeCreationUsdMillions).Values);
        AssertSeries(diversion, frame.GetColumn<double>(TariffSensitivityColumns.TradeDiversionUsdMillions).Values);
        AssertSeries(total, frame.GetColumn<double>(TariffSensitivityColumns.TotalChangeUsdMillions).Values);
        AssertSeries(percent, frame.GetColumn<double>(TariffSensitivityColumns.TotalChangePercent).Values);
    }

    [Fact]
    public void Sensitivity_EmptyList_ThrowsArgumentException()
    {
        Assert.Equal("importDemandElasticities", Assert.Throws<ArgumentException>(() => TariffImpact.Sensitivity(Scenario('A'), [], [1.5])).ParamName);
        Assert.Equal("substitutionElasticities", Assert.Throws<ArgumentException>(() => TariffImpact.Sensitivity(Scenario('A'), [-1.0], [])).ParamName);
    }

    [Theory]
    [InlineData(0.5, 1.5, "importDemandElasticities")]
    [InlineData(double.NaN, 1.5, "importDemandElasticities")]
    [InlineData(-1.0, -0.1, "substitutionElasticities")]
    [InlineData(-1.0, double.PositiveInfinity, "substitutionElasticities")]
    public void Sensitivity_BadElasticity_ThrowsArgumentOutOfRangeException(double eta, double sigma, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TariffImpact.Sensitivity(Scenario('A'), [-1.0, eta], [sigma]));

        Assert.Equal(paramName, ex.ParamName);
    }

    [Fact]
    public void NullArguments_ThrowArgumentNullException()
    {
        Assert.Equal("scenario", Assert.Throws<ArgumentNullException>(() => TariffImpact.Estimate(null!)).ParamName);
        Assert.Equal("scenario", Assert.Throws<ArgumentNullException>(() => TariffImpact.Sensitivity(null!, [-1.0], [1.5])).ParamName);
        Assert.Equal("importDemandElasticities", Assert.Throws<ArgumentNullException>(() => TariffImpact.Sensitivity(Scenario('A'), null!, [1.5])).ParamName);
        Assert.Equal("substitutionElasticities", Assert.Throws<ArgumentNullException>(() => TariffImpact.Sensitivity(Scenario('A'), [-1.0], null!)).ParamName);
    }

    [Theory]
    [InlineData(-20.0, 100.0, 70.0, -0.2, -0.3, -0.1)]  // observed (70 − 100)/100 = −0.3; gap −0.3 − (−0.2) = −0.1
    [InlineData(5.0, 40.0, 50.0, 0.05, 0.25, 0.2)]      // observed 10/40 = 0.25; gap 0.25 − 0.05 = 0.2
    [InlineData(0.0, 8.0, 8.0, 0.0, 0.0, 0.0)]          // nothing predicted, nothing happened
    public void CompareWithObserved_Inputs_GivesFractionsAndGap(double predictedPercent, double before, double after, double predicted, double observed, double gap)
    {
        var comparison = TariffImpact.CompareWithObserved(predictedPercent, before, after);

        Assert.Equal(predicted, comparison.PredictedChange, Tolerance.Absolute);
        Assert.Equal(observed, comparison.ObservedChange, Tolerance.Absolute);
        Assert.Equal(gap, comparison.Gap, Tolerance.Absolute);
    }

    [Theory]
    [InlineData(double.NaN, 1.0, 1.0, "predictedChangePercent")]
    [InlineData(1.0, 0.0, 1.0, "observedBefore")]
    [InlineData(1.0, -2.0, 1.0, "observedBefore")]
    [InlineData(1.0, 1.0, -1.0, "observedAfter")]
    [InlineData(1.0, 1.0, double.NaN, "observedAfter")]
    public void CompareWithObserved_BadArgument_ThrowsArgumentOutOfRangeException(double predictedPercent, double before, double after, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TariffImpact.CompareWithObserved(predictedPercent, before, after));

        Assert.Equal(paramName, ex.ParamName);
    }

    private static void AssertSeries(double[] expected, IEnumerable<double> actual)
    {
        var values = actual.ToArray();
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], values[i], Tolerance.Absolute);
        }
    }
}
