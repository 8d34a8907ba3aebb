using Analysis.Calculations;
using Analysis.Domain;

namespace Analysis.UnitTests.Calculations;

/// <summary>
/// The exact constant-elasticity solution (<see cref="TariffImpact.Solve"/>) against hand computations, its
/// convergence to SMART's linear formulas (<see cref="TariffImpact.Estimate"/>) for small changes, its
/// properties for changes of any size, and the measured range in which the linear formulas are within 5 %.
/// </summary>
public sealed class TariffImpactSolveTests
{
    private const double Inf = double.PositiveInfinity;

    /// <summary>Flows: balanced, a small and a dominant supplier (shares 1 %, 99 %).</summary>
    private static readonly (double Supplier, double Others)[] Flows = [(100, 100), (10, 1000), (1000, 10)];

    // ---- Hand cases ----

    [Fact]
    public void Solve_RiseWithInfiniteSupply_ImportsFollowConstantElasticity()
    {
        // M = 100, no other suppliers, t 25 % → 56.25 %, η = −2, ε = ∞: τ = 1.5625/1.25 = 1.25.
        // M¹ = 100 · 1.25^−2 = 100 · 0.64 = 64, so TC = −36 (the linear formula gives 100 · (−2) · 0.3125/1.25 = −50).
        // Revenue: R⁰ = 0.25 · 100 = 25; R¹ = 0.5625 · 64 = 36.
        // ΔCS = −∫ from 1.25 to 1.5625 of 100 · (P/1.25)^−2 dP = −100 · 1.25² · (1/1.25 − 1/1.5625) = −156.25 · 0.16 = −25.
        var r = TariffImpact.Solve(new TariffScenario(100, 0, 0.25, 0.5625, -2.0, Inf, 1.5));

        Assert.Equal(-36.0, r.TradeCreationUsdMillions, Tolerance.Absolute);
        Assert.Equal(0.0, r.TradeDiversionUsdMillions, Tolerance.Absolute);
        Assert.Equal(-36.0, r.TotalChangeInImportsFromSupplierUsdMillions, Tolerance.Absolute);
        Assert.Equal(0.0, r.PriceEffect, Tolerance.Absolute);
        Assert.Equal(25.0, r.TariffRevenueBeforeUsdMillions, Tolerance.Absolute);
        Assert.Equal(36.0, r.TariffRevenueAfterUsdMillions, Tolerance.Absolute);
        Assert.Equal(-25.0, r.ConsumerSurplusChangeUsdMillions, Tolerance.Absolute);
    }

    [Fact]
    public void Solve_RiseFromNonZeroBase_DeadweightLossChangeHoldsTheRectangle()
    {
        // Same scenario. ΔDWL = ∫ from 64 to 100 of [1.25 · (q/100)^−½ − 1] dq
        //   = 1.25 · 100 · 2 · (1 − 0.8) − 36 = 50 − 36 = 14,
        // of which the base tariff's rectangle t⁰ · |ΔM| = 0.25 · 36 = 9 and the curved triangle above P⁰ is 50 − 1.25 · 36 = 5.
        // Check: −(ΔCS + ΔR) = 25 − (36 − 25) = 14.
        // Linear: −½ · (0.25 + 0.5625) · (−50) = 20.3125; SMART's "welfare" triangle ½ · 0.3125 · 50 = 7.8125 misses the rectangle.
        var scenario = new TariffScenario(100, 0, 0.25, 0.5625, -2.0, Inf, 1.5);

        Assert.Equal(14.0, TariffImpact.Solve(scenario).DeadweightLossChangeUsdMillions, Tolerance.Absolute);
        Assert.Equal(20.3125, TariffImpact.Estimate(scenario).DeadweightLossChangeUsdMillions, Tolerance.Absolute);
    }

    [Fact]
    public void Solve_FiniteSupplyElasticity_ExportPriceAbsorbsPartOfTheTariff()
    {
        // M = 100, t 0 → 44 %, η = −1, ε = 1: τ = 1.44.
        // p¹ = τ^(η/(ε−η)) = 1.44^−½ = 1/1.2, price effect −1/6; P¹/P⁰ = τ^(ε/(ε−η)) = 1.2; M¹ = 100 · 1.44^−½ = 83.333…, TC = −16.666….
        // ΔCS = −100 · ln 1.2 = −18.232155679395458.
        // ΔDWL = 100 · ∫ from 5/6 to 1 of (u^−1 − u) du = 100 · ln 1.2 − 100 · (1 − 25/36)/2 = 18.232155679 − 15.277777778 = 2.954377901617679.
        // R¹ = 0.44 · 83.333 = 36.666….
        var r = TariffImpact.Solve(new TariffScenario(100, 0, 0.0, 0.44, -1.0, 1.0, 1.5));

        Assert.Equal(-1.0 / 6, r.PriceEffect, Tolerance.Absolute);
        Assert.Equal(-100.0 / 6, r.TradeCreationUsdMillions, Tolerance.Absolute);
        Assert.Equal(44.0 / 1.2, r.TariffRevenueAfterUsdMillions, Tolerance.Absolute);
        Assert.Equal(-18.232155679395458, r.ConsumerSurplusChangeUsdMillions, Tolerance.Absolute);
        Assert.Equal(2.954377901617679, r.DeadweightLossChangeUsdMillions, Tolerance.Absolute);
    }

    [Fact]
    public void Solve_RiseAndCutOfTheSameSize_RespondAsymmetrically()
    {
        // M = M_K = 100, t⁰ = 50 %, Δt = ±37.5 points, η = −1, ε = ∞, σ = 1.
        // Rise to 87.5 %: τ = 1.875/1.5 = 1.25. M_c = 100/1.25 = 80, TC = −20; f = 1.25^−1 = 0.8;
        //   TD = 80 · 100 · (0.8 − 1)/(100 + 80 · 0.8) = −1600/164 = −9.75609756097561.
        //   ΔCS = −100 · 1.5 · ln 1.25 = −33.471532697131465; ΔDWL = 150 · ln 1.25 − 100 · (1 − 0.8) = 13.471532697131465.
        // Cut to 12.5 %: τ = 1.125/1.5 = 0.75. M_c = 100/0.75 = 133.33, TC = +33.33; f = 4/3;
        //   TD = 133.33 · 100 · (1/3)/(100 + 133.33 · 4/3) = 4444.44/277.78 = 16.
        //   ΔCS = −150 · ln 0.75 = 43.152310867767135; ΔDWL = 150 · ln 0.75 − 100 · (1 − 4/3) = −9.819022465566198.
        // The linear creation is ∓25 both ways: the exact loss from the rise is smaller, the gain from the cut larger.
        var rise = TariffImpact.Solve(new TariffScenario(100, 100, 0.5, 0.875, -1.0, Inf, 1.0));
        var cut = TariffImpact.Solve(new TariffScenario(100, 100, 0.5, 0.125, -1.0, Inf, 1.0));

        Assert.Equal(-20.0, rise.TradeCreationUsdMillions, Tolerance.Absolute);
        Assert.Equal(-9.75609756097561, rise.TradeDiversionUsdMillions, Tolerance.Absolute);
        Assert.Equal(-33.471532697131465, rise.ConsumerSurplusChangeUsdMillions, Tolerance.Absolute);
        Assert.Equal(13.471532697131465, rise.DeadweightLossChangeUsdMillions, Tolerance.Absolute);
        Assert.Equal(100.0 / 3, cut.TradeCreationUsdMillions, Tolerance.Absolute);
        Assert.Equal(16.0, cut.TradeDiversionUsdMillions, Tolerance.Absolute);
        Assert.Equal(43.152310867767135, cut.ConsumerSurplusChangeUsdMillions, Tolerance.Absolute);
        Assert.Equal(-9.818977534433799, cut.DeadweightLossChangeUsdMillions, Tolerance.Absolute);
        Assert.True(Math.Abs(rise.TotalChangeInImportsFromSupplierUsdMillions) < Math.Abs(cut.TotalChangeInImportsFromSupplierUsdMillions));
    }

    [Fact]
    public void Solve_NotebookFeeScenarioSize_CreationIsAQuarterSmallerThanLinear()
    {
        // Issue 13: the car-fee ad-valorem equivalent 26.97 % → 59.89 %, η = −1, ε = ∞.
        // Exact: 1.2697/1.5989 − 1 = −0.2058915504409281 (≈ −20.6 %); linear: −0.3292/1.2697 = −0.2592738442151689 (≈ −25.9 %).
        var scenario = new TariffScenario(15_200, 1_321.739, 0.2697, 0.5989, -1.0, Inf, 1.5);

        var exact = TariffImpact.Solve(scenario).TradeCreationUsdMillions / 15_200;
        var linear = TariffImpact.Estimate(scenario).TradeCreationUsdMillions / 15_200;

        Assert.Equal(-0.2058915504409281, exact, Tolerance.Absolute);
        Assert.Equal(-0.2592738442151689, linear, Tolerance.Absolute);
        Assert.Equal(-20.6, 100 * exact, 0.05);
        Assert.Equal(-25.9, 100 * linear, 0.05);
        // r = 0.3292/1.2697 = 0.2593 against the 5 % range 0.09/(1 + 1.5 + 2) = 0.02: 13 times beyond it.
        var range = TariffImpact.CheckLinearRange(scenario);
        Assert.False(range.IsWithinLimit);
        Assert.Equal(0.02, range.RelativeTariffChangeLimit, Tolerance.Absolute);
        Assert.Equal(0.3292 / 1.2697 / 0.02, range.TimesTheLimit, Tolerance.Absolute);
    }

    // ---- Convergence to SMART's formulas as Δt → 0 ----

    [Fact]
    public void Solve_SmallChange_ConvergesToEstimateOverGrid()
    {
        // The gap between the models must shrink with the change: |exact − linear| ≤ k · r · scale, r = |Δt|/(1 + t⁰),
        // k = 2 + σ + 2|η| (twice the largest second-order coefficient), at Δt = ±1e-3 and ±1e-4. A wrong
        // first-order term would leave a gap of order 1 · scale, a thousand times the bound.
        var checkedCases = 0;
        foreach (var (eta, epsilon, sigma, supplier, others, t0) in Grid([0, -0.25, -1, -3], [0.5, 2, 99, Inf], [0, 0.5, 1.5, 5], [0, 0.27, 1]))
        {
            foreach (var dt in new[] { 1e-3, -1e-3, 1e-4, -1e-4 })
            {
                if (t0 + dt < 0)
                {
                    continue;
                }

                var s = new TariffScenario(supplier, others, t0, t0 + dt, eta, epsilon, sigma);
                var linear = TariffImpact.Estimate(s);
                var exact = TariffImpact.Solve(s);
                var r = Math.Abs(dt) / (1 + t0);
                var k = 2 + sigma + (2 * Math.Abs(eta));
                var context = $"η = {eta}, ε = {epsilon}, σ = {sigma}, M = {supplier}, M_K = {others}, t {t0} → {t0 + dt}";
                AssertConverges("creation", linear.TradeCreationUsdMillions, exact.TradeCreationUsdMillions, Math.Abs(linear.TradeCreationUsdMillions), r, k, context);
                AssertConverges("diversion", linear.TradeDiversionUsdMillions, exact.TradeDiversionUsdMillions, Math.Abs(linear.TradeDiversionUsdMillions), r, k, context);
                AssertConverges("price", linear.PriceEffect, exact.PriceEffect, Math.Abs(linear.PriceEffect), r, k, context);
                var linearRevenueChange = linear.TariffRevenueAfterUsdMillions - linear.TariffRevenueBeforeUsdMillions;
                var exactRevenueChange = exact.TariffRevenueAfterUsdMillions - exact.TariffRevenueBeforeUsdMillions;
                var revenueScale = (Math.Abs(dt) * supplier) + ((t0 + dt) * Math.Abs(linear.TotalChangeInImportsFromSupplierUsdMillions));
                AssertConverges("revenue change", linearRevenueChange, exactRevenueChange, revenueScale, r, k, context);
                AssertConverges("consumer surplus change", linear.ConsumerSurplusChangeUsdMillions, exact.ConsumerSurplusChangeUsdMillions, Math.Abs(linear.ConsumerSurplusChangeUsdMillions), r, k, context);
                AssertConverges("deadweight loss change", linear.DeadweightLossChangeUsdMillions, exact.DeadweightLossChangeUsdMillions, Math.Abs(linear.DeadweightLossChangeUsdMillions), r, k, context);
                checkedCases++;
            }
        }

        Assert.True(checkedCases > 1000, $"only {checkedCases} cases ran");
    }

    // ---- Properties for changes of any size ----

    [Theory]
    [InlineData(0.0, -1.5, Inf, 1.5)]
    [InlineData(0.25, -0.8, 3.0, 4.0)]
    [InlineData(1.0, 0.0, 0.5, 0.0)]
    public void Solve_NoTariffChange_EverythingButRevenueIsZero(double tariff, double eta, double epsilon, double sigma)
    {
        var r = TariffImpact.Solve(new TariffScenario(120, 80, tariff, tariff, eta, epsilon, sigma));

        Assert.Equal(0.0, r.TradeCreationUsdMillions);
        Assert.Equal(0.0, r.TradeDiversionUsdMillions);
        Assert.Equal(0.0, r.TotalChangeInImportsFromSupplierUsdMillions);
        Assert.Equal(0.0, r.PriceEffect);
        Assert.Equal(0.0, r.ConsumerSurplusChangeUsdMillions);
        Assert.Equal(0.0, r.DeadweightLossChangeUsdMillions);
        Assert.Equal(r.TariffRevenueBeforeUsdMillions, r.TariffRevenueAfterUsdMillions, Tolerance.Absolute);
    }

    [Fact]
    public void Solve_AnyChange_ImportsNeverNegativeAndDiversionBoundedByTheLosingSide()
    {
        // Tariffs from 0 to 10,000 %, σ up to 500. A cut takes from the others: 0 ≤ TD ≤ M_K. A rise takes from the
        // supplier: −M ≤ TD ≤ 0 (the others may then gain more than they sold before). Rounding allowance 1e-12 relative.
        double[] tariffs = [0, 0.05, 0.25, 1, 5, 100];
        foreach (var (eta, epsilon, sigma, supplier, others, _) in Grid([0, -1, -4], [0.5, Inf], [0, 0.5, 1.5, 10, 50, 500], [0]))
        {
            foreach (var t0 in tariffs)
            {
                foreach (var t1 in tariffs)
                {
                    var r = TariffImpact.Solve(new TariffScenario(supplier, others, t0, t1, eta, epsilon, sigma));
                    var td = r.TradeDiversionUsdMillions;
                    var supplierAfter = supplier + r.TotalChangeInImportsFromSupplierUsdMillions;
                    var othersAfter = others - td;
                    var context = $"TD = {td}, M¹ = {supplierAfter}, M_K¹ = {othersAfter} (η = {eta}, ε = {epsilon}, σ = {sigma}, M = {supplier}, M_K = {others}, t {t0} → {t1})";

                    Assert.True(double.IsFinite(td) && double.IsFinite(supplierAfter), context);
                    Assert.True(supplierAfter >= -1e-12 * supplier, context);
                    Assert.True(othersAfter >= -1e-12 * others, context);
                    if (t1 < t0)
                    {
                        Assert.True(td >= 0 && td <= others * (1 + 1e-12), context);
                    }
                    else
                    {
                        Assert.True(td <= 0 && -td <= supplier * (1 + 1e-12), context);
                    }
                }
            }
        }
    }

    [Fact]
    public void Solve_AnyChange_WelfareSignsFollowTheDirection()
    {
        // A rise: buyers lose (ΔCS < 0) and the deadweight loss grows (ΔDWL > 0, = 0 when η = 0); a cut: the reverse.
        double[] tariffs = [0, 0.1, 0.6, 3];
        foreach (var (eta, epsilon, sigma, supplier, others, _) in Grid([0, -0.5, -1, -4], [0.25, 2, Inf], [1.5], [0]))
        {
            foreach (var t0 in tariffs)
            {
                foreach (var t1 in tariffs.Where(t => t != t0))
                {
                    var r = TariffImpact.Solve(new TariffScenario(supplier, others, t0, t1, eta, epsilon, sigma));
                    var direction = Math.Sign(t1 - t0);
                    var context = $"ΔCS = {r.ConsumerSurplusChangeUsdMillions}, ΔDWL = {r.DeadweightLossChangeUsdMillions} (η = {eta}, ε = {epsilon}, t {t0} → {t1})";

                    Assert.True(Math.Sign(r.ConsumerSurplusChangeUsdMillions) == -direction, context);
                    Assert.True(Math.Sign(r.DeadweightLossChangeUsdMillions) == (eta == 0 ? 0 : direction), context);
                }
            }
        }
    }

    [Fact]
    public void Estimate_ModerateChange_WelfareSignsFollowTheDirection()
    {
        // The linear welfare measures have the right sign while the linear imports stay in range
        // (here |Δt|/(1 + t⁰) ≤ 0.5 and |η| ≤ 3, so M + TC/2 > 0 and the new export price is positive).
        foreach (var (eta, epsilon, sigma, supplier, others, t0) in Grid([-0.5, -1, -3], [0.25, 2, Inf], [1.5], [0, 0.2, 1]))
        {
            foreach (var relative in new[] { -0.5, -0.1, 0.1, 0.5 })
            {
                var t1 = ((1 + t0) * (1 + relative)) - 1;
                if (t1 < 0)
                {
                    continue;
                }

                var r = TariffImpact.Estimate(new TariffScenario(supplier, others, t0, t1, eta, epsilon, sigma));
                var direction = Math.Sign(relative);
                var context = $"ΔCS = {r.ConsumerSurplusChangeUsdMillions}, ΔDWL = {r.DeadweightLossChangeUsdMillions} (η = {eta}, ε = {epsilon}, t {t0} → {t1})";

                Assert.True(Math.Sign(r.ConsumerSurplusChangeUsdMillions) == -direction, context);
                Assert.True(Math.Sign(r.DeadweightLossChangeUsdMillions) == direction, context);
            }
        }
    }

    [Fact]
    public void Solve_AnyChange_DeadweightLossChangeIsMinusTheSumOfTheOtherSurplusChanges()
    {
        // Independent check of the ΔDWL integral: total surplus on the supplier's market is CS + revenue + the exporter's
        // surplus, so ΔDWL = −(ΔCS + ΔR_c + ΔPS) with ΔR_c = t¹ · p¹ · M_c − t⁰ · M⁰ and ΔPS = M⁰ · ((p¹)^(ε+1) − 1)/(ε + 1).
        // σ = 0, so M_c = M⁰ + TC is the whole change.
        foreach (var (eta, epsilon, _, supplier, others, t0) in Grid([0, -0.3, -1, -2.5], [0.4, 1, 7, Inf], [0], [0, 0.3, 2]))
        {
            foreach (var t1 in new[] { 0.0, 0.15, 0.9, 4.0 })
            {
                var r = TariffImpact.Solve(new TariffScenario(supplier, others, t0, t1, eta, epsilon, 0.0));
                var p1 = 1 + r.PriceEffect;
                var afterCreation = supplier + r.TradeCreationUsdMillions;
                var revenueChange = (t1 * p1 * afterCreation) - (t0 * supplier);
                var producerSurplusChange = double.IsPositiveInfinity(epsilon) ? 0.0 : supplier * (Math.Pow(p1, epsilon + 1) - 1) / (epsilon + 1);
                var expected = -(r.ConsumerSurplusChangeUsdMillions + revenueChange + producerSurplusChange);

                Assert.Equal(expected, r.DeadweightLossChangeUsdMillions, 1e-10 * supplier * (1 + t0 + t1));
            }
        }
    }

    [Fact]
    public void Solve_SameShapeAsEstimate_BothFitOneModelDelegate()
    {
        // The line-level SMART takes the single-line model as Func<TariffScenario, TariffImpactResult>.
        Func<TariffScenario, TariffImpactResult>[] models = [TariffImpact.Estimate, TariffImpact.Solve];
        var scenario = new TariffScenario(100, 50, 0.1, 0.1001, -1.2, Inf, 1.5);

        var results = models.Select(model => model(scenario).TotalChangeInImportsFromSupplierUsdMillions).ToArray();

        Assert.Equal(results[0], results[1], 1e-5); // a 0.01-point change: the models agree to about r · |TC| ≈ 1e-4 · 0.1
    }

    // ---- The range in which the linear formulas are within 5 % (documented on Estimate) ----

    [Fact]
    public void Estimate_InsideStatedRange_IsWithinFivePercentOfSolve()
    {
        foreach (var rule in RangeRules())
        {
            var worst = WorstRelativeError(rule, factor: 1.0);
            Assert.True(worst.Error <= 0.05, $"{rule.Name}: {worst.Error:P2} at {worst.Context}");
        }
    }

    [Fact]
    public void Estimate_BeyondStatedRange_IsNotWithinFivePercentSomewhere()
    {
        // The stated limits are not loose: at 1.5 times each limit some point of the grid misses by more than 5 %.
        foreach (var rule in RangeRules())
        {
            Assert.True(WorstRelativeError(rule, factor: 1.5).Error > 0.05, $"{rule.Name}: the limit could be stated wider");
        }
    }

    [Theory]
    [InlineData(-1.0, Inf, 1.5, 0.02)]           // 0.09/(1 + 1.5 + 2)
    [InlineData(-2.0, 2.0, 0.0, 0.03)]           // η_eff = −2/(1 + 1) = −1: 0.09/(1 + 0 + 2)
    [InlineData(0.0, Inf, 3.0, 0.0225)]          // 0.09/(1 + 3)
    public void CheckLinearRange_Elasticities_LimitFollowsTheMeasuredRule(double eta, double epsilon, double sigma, double expected)
    {
        var check = TariffImpact.CheckLinearRange(new TariffScenario(100, 100, 0.25, 0.26, eta, epsilon, sigma));

        Assert.Equal(expected, check.RelativeTariffChangeLimit, Tolerance.Absolute);
        Assert.Equal(0.01 / 1.25, check.RelativeTariffChange, Tolerance.Absolute);
        Assert.Equal(0.008 <= expected, check.IsWithinLimit);
    }

    // ---- The side-by-side table ----

    [Fact]
    public void CompareModels_HandScenario_RowsColumnsAndGap()
    {
        // The first hand case: exact values above; linear TC = −50, R¹ = 0.5625 · 50 = 28.125,
        // ΔCS = −0.3125 · (100 − 25) = −23.4375, ΔDWL = 20.3125.
        var table = TariffImpact.CompareModels(new TariffScenario(100, 0, 0.25, 0.5625, -2.0, Inf, 1.5));

        Assert.Equal(TariffComparisonTable.Rows, table.RowKeys);
        Assert.Equal(TariffComparisonTable.Columns, table.ColumnKeys);
        double[] linear = [-50, 0, -50, -50, 0, 25, 28.125, -23.4375, 20.3125];
        double[] exact = [-36, 0, -36, -36, 0, 25, 36, -25, 14];
        var linearColumn = table.GetColumn<double>(TariffComparisonTable.Linear).Values.ToArray();
        var exactColumn = table.GetColumn<double>(TariffComparisonTable.Exact).Values.ToArray();
        var gapColumn = table.GetColumn<double>(TariffComparisonTable.ExactMinusLinear).Values.ToArray();
        for (var i = 0; i < linear.Length; i++)
        {
            Assert.Equal(linear[i], linearColumn[i], Tolerance.Absolute);
            Assert.Equal(exact[i], exactColumn[i], Tolerance.Absolute);
            Assert.Equal(exact[i] - linear[i], gapColumn[i], Tolerance.Absolute);
        }
    }

    [Fact]
    public void NullScenario_ThrowsArgumentNullException()
    {
        Assert.Equal("scenario", Assert.Throws<ArgumentNullException>(() => TariffImpact.Solve(null!)).ParamName);
        Assert.Equal("scenario", Assert.Throws<ArgumentNullException>(() => TariffImpact.CompareModels(null!)).ParamName);
        Assert.Equal("scenario", Assert.Throws<ArgumentNullException>(() => TariffImpact.CheckLinearRange(null!)).ParamName);
    }

    // ---- Helpers ----

    private static IEnumerable<(double Eta, double Epsilon, double Sigma, double Supplier, double Others, double T0)> Grid(
        double[] etas, double[] epsilons, double[] sigmas, double[] bases) =>
        from eta in etas
        from epsilon in epsilons
        from sigma in sigmas
        from flow in Flows
        from t0 in bases
        select (eta, epsilon, sigma, flow.Supplier, flow.Others, t0);

    private static void AssertConverges(string what, double linear, double exact, double scale, double r, double k, string context)
    {
        var gap = Math.Abs(exact - linear);
        Assert.True(
            gap <= (k * r * scale) + 1e-13,
            $"{what}: exact {exact} vs linear {linear}, gap {gap} > {k} · {r} · {scale} ({context})");
    }

    private sealed record RangeRule(string Name, Func<TariffScenario, double> Limit, Func<TariffImpactResult, double>[] Quantities);

    private static double EffectiveEta(TariffScenario s) =>
        double.IsPositiveInfinity(s.ExportSupplyElasticity) ? s.ImportDemandElasticity : s.ImportDemandElasticity / (1 - (s.ImportDemandElasticity / s.ExportSupplyElasticity));

    /// <summary>The table in <see cref="TariffImpact.Estimate"/>'s remarks, rule by rule.</summary>
    private static RangeRule[] RangeRules() =>
    [
        new("trade creation", s => 0.09 / (1 + Math.Abs(EffectiveEta(s))), [r => r.TradeCreationUsdMillions]),
        new("creation, diversion and total", s => TariffImpact.CheckLinearRange(s).RelativeTariffChangeLimit,
            [r => r.TradeCreationUsdMillions, r => r.TradeDiversionUsdMillions, r => r.TotalChangeInImportsFromSupplierUsdMillions]),
        new("price effect", s => double.IsPositiveInfinity(s.ExportSupplyElasticity) ? 0.09 : 0.09 / (1 + Math.Abs(s.ImportDemandElasticity / (s.ExportSupplyElasticity - s.ImportDemandElasticity))), [r => r.PriceEffect]),
        new("consumer surplus change", _ => 0.09, [r => r.ConsumerSurplusChangeUsdMillions]),
        new("deadweight loss change", s => 0.08 / (1 + (2 * Math.Abs(EffectiveEta(s)))), [r => r.DeadweightLossChangeUsdMillions]),
    ];

    /// <summary>
    /// The largest relative error of <see cref="TariffImpact.Estimate"/> against <see cref="TariffImpact.Solve"/> over
    /// the grid η ∈ [−4, 0], ε ∈ [0.25, ∞], σ ∈ [0, 5], t⁰ ∈ [0, 2], supplier shares 0.1 %–99.9 %, at changes of
    /// ±¼, ½, ¾ and 1 times <paramref name="factor"/> · the rule's limit on |Δt|/(1 + t⁰).
    /// </summary>
    private static (double Error, string Context) WorstRelativeError(RangeRule rule, double factor)
    {
        double[] etas = [0, -0.1, -0.25, -0.5, -1, -2, -4];
        double[] epsilons = [0.25, 1, 5, 99, Inf];
        double[] sigmas = [0, 0.5, 1.5, 5];
        (double Supplier, double Others)[] flows = [(100, 100), (1, 999), (999, 1), (92, 8)];
        double[] bases = [0, 0.27, 1, 2];
        var worst = (Error: 0.0, Context: "nowhere");
        foreach (var eta in etas)
        {
            foreach (var epsilon in epsilons)
            {
                foreach (var sigma in sigmas)
                {
                    foreach (var (supplier, others) in flows)
                    {
                        foreach (var t0 in bases)
                        {
                            var limit = factor * rule.Limit(new TariffScenario(supplier, others, t0, t0, eta, epsilon, sigma));
                            foreach (var fraction in new[] { -1, -0.75, -0.5, -0.25, 0.25, 0.5, 0.75, 1 })
                            {
                                var t1 = ((1 + t0) * (1 + (fraction * limit))) - 1;
                                if (t1 < 0)
                                {
                                    continue;
                                }

                                var s = new TariffScenario(supplier, others, t0, t1, eta, epsilon, sigma);
                                var linear = TariffImpact.Estimate(s);
                                var exact = TariffImpact.Solve(s);
                                foreach (var quantity in rule.Quantities)
                                {
                                    var e = quantity(exact);
                                    var l = quantity(linear);
                                    var error = e == 0 ? Math.Abs(l) : Math.Abs(l / e - 1);
                                    if (error > worst.Error)
                                    {
                                        worst = (error, $"η = {eta}, ε = {epsilon}, σ = {sigma}, M = {supplier}, M_K = {others}, t {t0} → {t1}");
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        return worst;
    }
}
