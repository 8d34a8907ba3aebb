using Analysis.Calculations;
using Analysis.Domain;

namespace Analysis.UnitTests.Calculations;

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
    // An increase: the others benefit, their relative price falls by x = Δt/(1 + t¹); TD = −M_K·M·σ·x/(M_K + M + M_K·σ·x).
    // A cut: the supplier benefits, x = |Δt|/(1 + t⁰); TD = M·M_K·σ·x/(M + M_K + M·σ·x).
    [InlineData('A', -15.789473684210526)] // x = 0.2/1.2 = 1/6; −300·100·1.5/6/(400 + 300·1.5/6) = −7500/475
    [InlineData('B', -12.5)]               // x = 0.22/1.32 = 1/6; −50·200·2/6/(250 + 50·2/6) = −3333.33/266.67
    [InlineData('C', 13.04347826086957)]   // x = 0.3/1.5 = 0.2; 100·100·1.5·0.2/(200 + 100·1.5·0.2) = 3000/230
    public void Estimate_Scenario_TradeDiversionMatchesHandComputation(char scenario, double expected)
    {
        Assert.Equal(expected, TariffImpact.Estimate(Scenario(scenario)).TradeDiversionUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData('A', -45.78947368421053)] // −30 − 15.789473684210526
    [InlineData('B', -65.83333333333333)] // −53.33333333333333 − 12.5
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
    [InlineData('A', 0.0, 10.842105263157896)] // R0 = 0·100; R1 = 0.20·(100 − 45.78947368421053)
    [InlineData('B', 20.0, 42.93333333333333)] // R0 = 0.10·200; R1 = 0.32·(200 − 65.83333333333333) = 0.32·134.1666667
    [InlineData('C', 50.0, 26.60869565217391)] // R0 = 0.50·100; R1 = 0.20·(100 + 33.04347826086957)
    public void Estimate_Scenario_TariffRevenueMatchesHandComputation(char scenario, double before, double after)
    {
        var result = TariffImpact.Estimate(Scenario(scenario));

        Assert.Equal(before, result.TariffRevenueBeforeUsdMillions, Tolerance.Absolute);
        Assert.Equal(after, result.TariffRevenueAfterUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData('A', -17.0)]              // ΔP = 0.20; −0.20·(100 − 30/2) = −0.2·85
    [InlineData('B', -25.42222222222222)] // ΔP = 0.22·4/(4 + 2) = 0.1466667; −0.1466667·(200 − 53.333333/2) = −0.1466667·173.333333
    [InlineData('C', 33.0)]               // ΔP = −0.30; 0.30·(100 + 20/2) = 0.3·110 (a cut: buyers gain)
    public void Estimate_Scenario_ConsumerSurplusChangeIsTrapezoid(char scenario, double expected)
    {
        Assert.Equal(expected, TariffImpact.Estimate(Scenario(scenario)).ConsumerSurplusChangeUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData('A', 3.0)]                // t⁰ = 0: −½·(0 + 0.20)·(−30) = 3, SMART's triangle ½·Δt·|TC|
    [InlineData('B', 10.631111111111111)] // dp/p = −1/15; −½·(0.10 + 0.32·14/15)·(−53.333333) = ½·0.3986667·53.333333; SMART's triangle would be 5.8667
    [InlineData('C', -7.0)]               // a cut from 50 %: −½·(0.50 + 0.20)·20 = −7 (the loss shrinks); SMART's triangle would be 3
    public void Estimate_Scenario_DeadweightLossChangeHoldsTheBaseTariffsRectangle(char scenario, double expected)
    {
        Assert.Equal(expected, TariffImpact.Estimate(Scenario(scenario)).DeadweightLossChangeUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData(0.25, 0.5625, -2.0)]
    [InlineData(0.5, 0.2, -1.0)]
    [InlineData(0.0, 0.3, -0.7)]
    public void Estimate_InfiniteSupplyElasticity_DeadweightLossChangeIsMinusConsumerSurplusAndRevenueChange(double t0, double t1, double eta)
    {
        // With ε = ∞ and no diversion (σ = 0), −(ΔCS + ΔR) = Δt·(M + TC/2) − (t¹·(M + TC) − t⁰·M) = −½·(t⁰ + t¹)·TC exactly.
        var r = TariffImpact.Estimate(new TariffScenario(100, 50, t0, t1, eta, Inf, 0.0));

        var revenueChange = r.TariffRevenueAfterUsdMillions - r.TariffRevenueBeforeUsdMillions;
        Assert.Equal(-(r.ConsumerSurplusChangeUsdMillions + revenueChange), r.DeadweightLossChangeUsdMillions, Tolerance.Absolute);
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
        Assert.Equal(0.0, result.ConsumerSurplusChangeUsdMillions, Tolerance.Absolute);
        Assert.Equal(0.0, result.DeadweightLossChangeUsdMillions, Tolerance.Absolute);
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
    public void Estimate_AnyTariffsAndSigma_DiversionBoundedByTheLosingSidesImports()
    {
        // A cut takes from the others (TD < M_K); an increase takes from the supplier (−TD < M).
        foreach (var (supplier, others, t0, t1, sigma) in DiversionGrid())
        {
            var diversion = TariffImpact.Estimate(new TariffScenario(supplier, others, t0, t1, -1.0, Inf, sigma)).TradeDiversionUsdMillions;

            Assert.True(
                diversion <= others && -diversion <= supplier,
                $"TD = {diversion} is outside [−M, M_K] = [{-supplier}, {others}] (t {t0} → {t1}, σ = {sigma})");
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
    public void Estimate_LargeIncreaseOnSmallSupplier_DiversionStaysBelowSupplierImports()
    {
        // M=10, M_K=1000, σ=1.5, t 0 → 1: the others' relative price falls by x = 1/2;
        // TD = −1000·10·1.5·0.5/(1010 + 1000·1.5·0.5) = −7500/1760 = −4.261363636...
        // (The sign-reversed cut formula used before gave −10·1000·1.5·1/(1010 + 15) = −14.63, more than the 10 sold.)
        var result = TariffImpact.Estimate(new TariffScenario(10, 1000, 0.0, 1.0, -1.0, Inf, 1.5));

        Assert.Equal(-4.261363636363637, result.TradeDiversionUsdMillions, Tolerance.Absolute);
    }

    [Theory]
    [InlineData(100, 300, 0.0, 0.2, 1.5)]
    [InlineData(10, 1000, 0.1, 0.9, 3.0)]
    [InlineData(1000, 10, 0.5, 1.5, 0.5)]
    public void Estimate_Increase_DiversionIsTheCutFormulaForTheOthersMirrored(double supplier, double others, double t0, double t1, double sigma)
    {
        // Raising the supplier's tariff t⁰ → t¹ moves relative prices as cutting the others' by the factor (1 + t⁰)/(1 + t¹):
        // the others gain, in the cut formula with the roles swapped, what the supplier loses.
        var increase = TariffImpact.Estimate(new TariffScenario(supplier, others, t0, t1, -1.0, Inf, sigma));
        var mirroredCut = TariffImpact.Estimate(new TariffScenario(others, supplier, t1, t0, -1.0, Inf, sigma));

        Assert.Equal(-mirroredCut.TradeDiversionUsdMillions, increase.TradeDiversionUsdMillions, Tolerance.Absolute);
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
    public void Sensitivity_TwoByTwoGrid_OneRowPerCombinationInOrderWithBothModels()
    {
        // Scenario A (M = 100, M_K = 300, t 0 → 0.2, ε = ∞) with η ∈ {−1, −2} (outer) and σ ∈ {0, 1.5} (inner).
        // Linear: TC = 100·η·0.2 = −20 or −40; TD = 0 (σ = 0) or −7500/475 = −15.789473684210526 (σ = 1.5, independent of η).
        // Exact: TC = 100·(1.2^η − 1) = −16.666666666666667 (η = −1) or 100·(1/1.44 − 1) = −30.555555555555557 (η = −2);
        // TD = M_c·300·(f − 1)/(300 + M_c·f) with f = 1.2^−1.5 = 0.7607257743127308 and M_c = 100 + TC:
        // η = −1: 83.3333·300·(−0.2392742)/(300 + 63.3938) = −16.461082723665182; η = −2: 69.4444·300·(−0.2392742)/(300 + 52.8282) = −14.12834915615786.
        var frame = TariffImpact.Sensitivity(Scenario('A'), [-1.0, -2.0], [0.0, 1.5]);

        Assert.Equal(TariffSensitivityColumns.All, frame.ColumnKeys);
        Assert.Equal([0, 1, 2, 3], frame.RowKeys);
        Assert.Equal([-1.0, -1.0, -2.0, -2.0], frame.GetColumn<double>(TariffSensitivityColumns.ImportDemandElasticity).Values);
        Assert.Equal([0.0, 1.5, 0.0, 1.5], frame.GetColumn<double>(TariffSensitivityColumns.SubstitutionElasticity).Values);
        double[] linearCreation = [-20, -20, -40, -40];
        double[] linearDiversion = [0, -15.789473684210526, 0, -15.789473684210526];
        double[] linearTotal = [-20, -35.789473684210526, -40, -55.789473684210526];
        double[] exactCreation = [-16.666666666666667, -16.666666666666667, -30.555555555555557, -30.555555555555557];
        double[] exactDiversion = [0, -16.461082723665182, 0, -14.12834915615786];
        double[] exactTotal = [-16.666666666666667, -33.12774939033185, -30.555555555555557, -44.6839047117134];
        AssertSeries(linearCreation, frame.GetColumn<double>(TariffSensitivityColumns.LinearTradeCreationUsdMillions).Values);
        AssertSeries(linearDiversion, frame.GetColumn<double>(TariffSensitivityColumns.LinearTradeDiversionUsdMillions).Values);
        AssertSeries(linearTotal, frame.GetColumn<double>(TariffSensitivityColumns.LinearTotalChangeUsdMillions).Values);
        AssertSeries(linearTotal, frame.GetColumn<double>(TariffSensitivityColumns.LinearTotalChangePercent).Values); // M⁰ = 100: percent = total
        AssertSeries(exactCreation, frame.GetColumn<double>(TariffSensitivityColumns.ExactTradeCreationUsdMillions).Values);
        AssertSeries(exactDiversion, frame.GetColumn<double>(TariffSensitivityColumns.ExactTradeDiversionUsdMillions).Values);
        AssertSeries(exactTotal, frame.GetColumn<double>(TariffSensitivityColumns.ExactTotalChangeUsdMillions).Values);
        AssertSeries(exactTotal, frame.GetColumn<double>(TariffSensitivityColumns.ExactTotalChangePercent).Values);
        AssertSeries(
            exactTotal.Zip(linearTotal, (e, l) => e - l).ToArray(),
            frame.GetColumn<double>(TariffSensitivityColumns.ExactMinusLinearTotalChangePercentagePoints).Values);
    }

    [Fact]
    public void Sensitivity_EmptyList_ThrowsArgumentException()
    {
        Assert.Equal("importDemandElasticities", Assert.Throws<ArgumentException>(() => TariffImpact.Sensitivity(Scenario('A'), [], [1.5])).ParamName);
        Assert.Equal("substitutionElasticities", Assert.Throws<ArgumentException>(() => TariffImpact.Sensitivity(Scenario('A'), [-1.0], [])).ParamName);
    }

    [Fact]
    public void Sensitivity_ZeroElasticities_AreAcceptedAndChangeNothing()
    {
        // η = 0 and σ = 0 are on the allowed side of both checks. Scenario A: linear TC = 100·0·0.2 = 0,
        // TD = 0 (σ = 0); exact TC = 100·(1.2^0 − 1) = 0, TD has f = 1.2^0 = 1, so (f − 1) = 0.
        var frame = TariffImpact.Sensitivity(Scenario('A'), [0.0], [0.0]);

        Assert.Equal([0.0], frame.GetColumn<double>(TariffSensitivityColumns.ImportDemandElasticity).Values);
        Assert.Equal([0.0], frame.GetColumn<double>(TariffSensitivityColumns.SubstitutionElasticity).Values);
        foreach (var column in TariffSensitivityColumns.All.Skip(2))
        {
            AssertSeries([0.0], frame.GetColumn<double>(column).Values);
        }
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
