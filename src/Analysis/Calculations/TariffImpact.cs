using Analysis.Domain;
using Deedle;

namespace Analysis.Calculations;

/// <summary>
/// The WITS SMART single-market partial-equilibrium model: the effect of a change in one supplier's
/// ad-valorem tariff on imports from that supplier, its export price, tariff revenue and welfare, in two
/// forms: SMART's first-order formulas (<see cref="Estimate"/>, the reference) and their exact
/// constant-elasticity solution (<see cref="Solve"/>), which holds for changes of any size.
/// </summary>
/// <remarks>
/// <para>Assumptions (SMART): partial equilibrium with no income effects; Armington — goods from different
/// origins are imperfect substitutes; world prices are normalised to 1, so values equal quantities;
/// only the supplier's tariff changes; the other suppliers' export supply is perfectly elastic.</para>
/// <para>Sources: Laird, S. &amp; Yeats, A. (1986), <i>The UNCTAD Trade Policy Simulation Model</i>, UNCTAD
/// Discussion Paper No. 19, Annex I; Jammes, O. &amp; Olarreaga, M. (2005), <i>Explaining SMART and GSIM</i>,
/// World Bank; WITS SMART online help ("Theoretical Framework", "Demand side: the Armington Assumption",
/// "SMART Input Requirements and Output Results", "Checking the Raw Data"). Welfare: Harberger, A. C. (1971),
/// "Three basic postulates for applied welfare economics", <i>Journal of Economic Literature</i> 9(3); Just,
/// R. E., Hueth, D. L. &amp; Schmitz, A. (2004), <i>The Welfare Economics of Public Policy</i>, ch. 5–6 and 9.</para>
/// <para>Both models share one signature, <c>Func&lt;TariffScenario, TariffImpactResult&gt;</c>, so a caller
/// (a sensitivity grid, a line-level run) can take either.</para>
/// </remarks>
public static partial class TariffImpact
{
    /// <summary>
    /// The measured constant c of the 5 % range of the linear formulas: trade creation, diversion and their
    /// total from <see cref="Estimate"/> are within 5 % of <see cref="Solve"/> while
    /// |Δt| / (1 + t⁰) ≤ c / (1 + σ + 2·|η_eff|), η_eff = η / (1 − η/ε). See <see cref="CheckLinearRange"/>.
    /// </summary>
    public const double LinearFivePercentConstant = 0.09;

    /// <summary>Runs SMART's first-order (linear) formulas for one scenario: the reference, valid for small changes.</summary>
    /// <param name="scenario">The validated inputs.</param>
    /// <returns>Trade creation, diversion, their total, price effect, tariff revenue, and the changes in consumer surplus and deadweight loss.</returns>
    /// <remarks>
    /// <para>Notation: M = M_k imports from the supplier, M_K imports from the others, t⁰/t¹ the supplier's
    /// tariff before/after, Δt = t¹ − t⁰, r = Δt/(1 + t⁰), η import-demand, ε export-supply and σ substitution
    /// elasticity.</para>
    /// <list type="bullet">
    /// <item><b>Trade creation</b>: TC = M · η · Δt / [(1 + t⁰) · (1 − η/ε)]; with ε = ∞, TC = M · η · Δt / (1 + t⁰).
    /// A tariff increase gives TC &lt; 0 (trade destruction). (Laird–Yeats: dM/M = η · dP/P with the domestic
    /// price change dP/P = ε/(ε − η) · r once the export price has adjusted.)</item>
    /// <item><b>Trade diversion</b> (Laird–Yeats, after Baldwin–Murray). The published formula is derived for the
    /// <i>beneficiary</i> of a fall x in its price relative to the other side: with the two sides' total held
    /// fixed and their quantity ratio rising by σ·x (first order), the beneficiary gains
    /// B · L · σ · x / (B + L + B · σ · x), B its imports and L the other side's.
    /// For a <b>cut</b> the supplier benefits: x = |Δt| / (1 + t⁰), B = M, L = M_K, and TD = +gain.
    /// For an <b>increase</b> the others benefit: their price relative to the supplier's falls by
    /// x = Δt / (1 + t¹), B = M_K, L = M, and TD = −gain (the supplier loses what they gain).
    /// This is a fix (issue 13): before, an increase used the cut's form with the sign reversed,
    /// −M·M_K·σ·r/(M + M_K + M·σ·r), which agrees only to first order, follows from no step of the derivation
    /// and could take more from the supplier than it sold. Checked against the exact solution: the exact CES split
    /// is symmetric (raising the supplier's price by the factor τ = (1 + t¹)/(1 + t⁰) is cutting the others'
    /// relative price by 1/τ), so the increase formula has exactly the accuracy of the published cut formula in
    /// the mirrored case. Bounds: a cut diverts less than M_K, an increase less than M, the denominator is never zero.</item>
    /// <item><b>Price effect</b> (supplier's export price): dp/p = η · Δt / [(1 + t⁰) · (ε − η)]; zero when ε = ∞.</item>
    /// <item><b>Tariff revenue</b>: R⁰ = t⁰ · M, R¹ = t¹ · M¹ with M¹ = M + TC + TD (at the base world price, as SMART).</item>
    /// <item><b>Change in consumer surplus</b> (trapezoid under the demand curve of the creation step):
    /// ΔCS = −ΔP · (M + ½ · TC), with ΔP = Δt · ε/(ε − η) the first-order change in the domestic price
    /// (= Δt when ε = ∞). Negative after an increase.</item>
    /// <item><b>Change in deadweight loss</b> (Harberger 1971: the wedge between demand and supply price,
    /// averaged over the quantity change): ΔDWL = −½ · (t⁰ + t¹ · (1 + dp/p)) · TC; with ε = ∞,
    /// ΔDWL = −½ · (t⁰ + t¹) · TC = ½ · Δt · |TC| + t⁰ · |TC| for an increase: the triangle plus the rectangle
    /// of the base tariff. SMART's reported "welfare" is the triangle alone (its label "consumer surplus" is
    /// loose, WITS help says so), exact only from a zero base. With ε = ∞, ΔDWL = −(ΔCS + ΔR) on the
    /// creation step exactly.</item>
    /// </list>
    /// <para><b>A first-order approximation.</b> Each formula is the first-order term of <see cref="Solve"/>'s
    /// exact solution in r (tested over a grid of η, σ, ε for both signs). It is within 5 % of the exact answer
    /// only while |r| is small; measured over the grid η ∈ [−4, 0], ε ∈ [0.25, ∞], σ ∈ [0, 5], t⁰ ∈ [0, 2] and
    /// supplier shares from 0.1 % to 99.9 % (test <c>Estimate_InsideStatedRange_IsWithinFivePercentOfSolve</c>),
    /// with η_eff = η/(1 − η/ε) and a = η/(ε − η):</para>
    /// <list type="table">
    /// <listheader><term>quantity</term><description>within 5 % of the exact answer while |Δt|/(1 + t⁰) ≤</description></listheader>
    /// <item><term>trade creation</term><description>0.09 / (1 + |η_eff|)</description></item>
    /// <item><term>creation, diversion and total</term><description>0.09 / (1 + σ + 2·|η_eff|) (<see cref="CheckLinearRange"/>)</description></item>
    /// <item><term>price effect</term><description>0.09 / (1 + |a|)</description></item>
    /// <item><term>change in consumer surplus</term><description>0.09</description></item>
    /// <item><term>change in deadweight loss</term><description>0.08 / (1 + 2·|η_eff|)</description></item>
    /// </list>
    /// <para>The rules follow the second-order terms: the relative error is about (1 + |η_eff|)/2 · |r| for
    /// creation and (1 + σ)/2 · |r| + s_K · |η_eff| · |r| for diversion (s_K the others' share). At SMART's
    /// σ = 1.5 with η = −1 and ε = ∞ that is 4.5 % for creation and 2 % for all trade effects. Beyond the range
    /// the linear formulas overstate a rise's trade destruction and understate a cut's creation (the exact
    /// response to a rise flattens out, to a cut it steepens); for very large rises M¹ can even come out
    /// negative (returned as computed, not clamped). Use <see cref="Solve"/> for such changes.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static TariffImpactResult Estimate(TariffScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);

        var m = scenario.ImportsFromSupplierUsdMillions;
        var mOthers = scenario.ImportsFromOtherSuppliersUsdMillions;
        var t0 = scenario.TariffBefore;
        var t1 = scenario.TariffAfter;
        var dt = t1 - t0;
        var eta = scenario.ImportDemandElasticity;
        var epsilon = scenario.ExportSupplyElasticity;
        var sigma = scenario.SubstitutionElasticity;
        var supplyIsInfinite = double.IsPositiveInfinity(epsilon);

        var supplyTerm = supplyIsInfinite ? 1.0 : 1.0 - eta / epsilon;
        var tradeCreation = m * eta * dt / ((1 + t0) * supplyTerm);

        var tradeDiversion = dt > 0
            ? -BeneficiaryGain(mOthers, m, sigma, dt / (1 + t1))
            : BeneficiaryGain(m, mOthers, sigma, -dt / (1 + t0));

        var priceEffect = supplyIsInfinite || dt == 0 ? 0.0 : eta * dt / ((1 + t0) * (epsilon - eta));

        var domesticPriceChange = dt / supplyTerm;
        var consumerSurplusChange = -domesticPriceChange * (m + tradeCreation / 2);
        var deadweightLossChange = -0.5 * (t0 + t1 * (1 + priceEffect)) * tradeCreation;

        return Result(scenario, tradeCreation, tradeDiversion, priceEffect, consumerSurplusChange, deadweightLossChange);
    }

    /// <summary>The result record of either model: adds the total TC + TD and the revenue R⁰ = t⁰ · M, R¹ = t¹ · (M + TC + TD).</summary>
    private static TariffImpactResult Result(
        TariffScenario scenario, double tradeCreation, double tradeDiversion, double priceEffect, double consumerSurplusChange, double deadweightLossChange)
    {
        var m = scenario.ImportsFromSupplierUsdMillions;
        var total = tradeCreation + tradeDiversion;
        return new TariffImpactResult(
            TradeCreationUsdMillions: tradeCreation,
            TradeDiversionUsdMillions: tradeDiversion,
            TotalChangeInImportsFromSupplierUsdMillions: total,
            PriceEffect: priceEffect,
            TariffRevenueBeforeUsdMillions: scenario.TariffBefore * m,
            TariffRevenueAfterUsdMillions: scenario.TariffAfter * (m + total),
            ConsumerSurplusChangeUsdMillions: consumerSurplusChange,
            DeadweightLossChangeUsdMillions: deadweightLossChange);
    }

    /// <summary>
    /// Sets a scenario's relative tariff change beside the range in which <see cref="Estimate"/>'s trade
    /// effects are within 5 % of <see cref="Solve"/>'s.
    /// </summary>
    /// <param name="scenario">The validated inputs.</param>
    /// <returns>
    /// r = Δt / (1 + t⁰) and the limit <see cref="LinearFivePercentConstant"/> / (1 + σ + 2·|η_eff|) with
    /// η_eff = η / (1 − η/ε) (= η when ε = ∞).
    /// </returns>
    /// <remarks>
    /// The rule is measured, not derived: a test runs both models over a grid (η ∈ [−4, 0], ε ∈ [0.25, ∞],
    /// σ ∈ [0, 5], t⁰ ∈ [0, 2], supplier shares 0.1 %–99.9 %, cuts and rises) and checks that creation,
    /// diversion and their total are within 5 % everywhere inside the limit, and that at 1.5 times the limit
    /// some point is not (so the limit is not loose). Example: η = −1, σ = 1.5, ε = ∞ gives 0.09/4.5 = 0.02,
    /// a 2 % rise in the domestic price, about 2.5 points of tariff from a 27 % base.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static LinearRangeCheck CheckLinearRange(TariffScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var eta = scenario.ImportDemandElasticity;
        var epsilon = scenario.ExportSupplyElasticity;
        var effectiveEta = double.IsPositiveInfinity(epsilon) ? eta : eta / (1 - eta / epsilon);
        var limit = LinearFivePercentConstant / (1 + scenario.SubstitutionElasticity + 2 * Math.Abs(effectiveEta));
        return new LinearRangeCheck(scenario.TariffChange / (1 + scenario.TariffBefore), limit);
    }

    /// <summary>Laird–Yeats diversion towards the beneficiary of a relative price fall: B · L · σ · x / (B + L + B · σ · x), ≥ 0 and &lt; L.</summary>
    private static double BeneficiaryGain(double beneficiaryImports, double otherImports, double sigma, double relativePriceFall) =>
        relativePriceFall == 0
            ? 0.0
            : beneficiaryImports * otherImports * sigma * relativePriceFall
              / (beneficiaryImports + otherImports + beneficiaryImports * sigma * relativePriceFall);

    /// <summary>Expresses a specific charge in roubles per unit as an ad-valorem rate.</summary>
    /// <param name="feeRub">The charge per unit (e.g. Russia's vehicle recycling fee per car), roubles, ≥ 0.</param>
    /// <param name="averageImportPriceUsd">Average customs value per unit, US dollars, &gt; 0.</param>
    /// <param name="rubPerUsd">Exchange rate, roubles per US dollar, &gt; 0.</param>
    /// <returns>The rate and the inputs it was computed from, including the exchange rate.</returns>
    /// <remarks>Formula: AVE = fee_RUB / (price_USD · RUB/USD), the standard unit-value method for ad-valorem
    /// equivalents of specific duties (as used by WITS/UNCTAD TRAINS for non-ad-valorem tariffs).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN or infinite, the fee is negative, or the price or exchange rate is ≤ 0.</exception>
    public static AdValoremEquivalent SpecificFeeAsAdValorem(double feeRub, double averageImportPriceUsd, double rubPerUsd)
    {
        Guard.NonNegative(feeRub, nameof(feeRub));
        Guard.Positive(averageImportPriceUsd, nameof(averageImportPriceUsd));
        Guard.Positive(rubPerUsd, nameof(rubPerUsd));
        return new AdValoremEquivalent(feeRub, averageImportPriceUsd, rubPerUsd, feeRub / (averageImportPriceUsd * rubPerUsd));
    }

    /// <summary>
    /// Runs both models, <see cref="Estimate"/> (linear SMART) and <see cref="Solve"/> (exact), for every
    /// combination of import-demand and substitution elasticity, keeping the rest of the scenario, and returns
    /// one row per combination, ready to chart (exact lines solid, linear ones dashed).
    /// </summary>
    /// <param name="scenario">The base scenario; its own η and σ are replaced by each combination.</param>
    /// <param name="importDemandElasticities">Values of η to try, each finite and ≤ 0; at least one.</param>
    /// <param name="substitutionElasticities">Values of σ to try, each finite and ≥ 0; at least one.</param>
    /// <returns>
    /// A new frame with rows keyed 0, 1, 2 … (η in the outer loop, σ in the inner, both in the order given)
    /// and the columns of <see cref="TariffSensitivityColumns"/>: <c>import_demand_elasticity</c>,
    /// <c>substitution_elasticity</c>; for each model (<c>linear_</c>, <c>exact_</c>) <c>trade_creation_usd_mn</c>,
    /// <c>trade_diversion_usd_mn</c>, <c>total_change_usd_mn</c> and <c>total_change_percent</c>
    /// (= 100 · (TC + TD) / M⁰); and <c>exact_minus_linear_total_change_pp</c>.
    /// </returns>
    /// <remarks>WITS SMART help: doubling η doubles the (linear) creation effect; diversion is almost proportional to σ.
    /// The exact model is not proportional: its response flattens for a large rise.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A list of elasticities is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An elasticity is NaN, infinite or has the wrong sign.</exception>
    public static Frame<int, string> Sensitivity(
        TariffScenario scenario,
        IEnumerable<double> importDemandElasticities,
        IEnumerable<double> substitutionElasticities)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(importDemandElasticities);
        ArgumentNullException.ThrowIfNull(substitutionElasticities);
        var etas = importDemandElasticities.ToArray();
        var sigmas = substitutionElasticities.ToArray();
        if (etas.Length == 0)
        {
            throw new ArgumentException("At least one import-demand elasticity is needed.", nameof(importDemandElasticities));
        }

        if (sigmas.Length == 0)
        {
            throw new ArgumentException("At least one substitution elasticity is needed.", nameof(substitutionElasticities));
        }

        foreach (var eta in etas)
        {
            if (!double.IsFinite(eta) || eta > 0)
            {
                throw new ArgumentOutOfRangeException(nameof(importDemandElasticities), eta, $"Each import-demand elasticity must be a finite number ≤ 0, but one was {Guard.Format(eta)}.");
            }
        }

        foreach (var sigma in sigmas)
        {
            if (!double.IsFinite(sigma) || sigma < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(substitutionElasticities), sigma, $"Each substitution elasticity must be a finite number ≥ 0, but one was {Guard.Format(sigma)}.");
            }
        }

        var m = scenario.ImportsFromSupplierUsdMillions;
        var columns = TariffSensitivityColumns.All.ToDictionary(c => c, _ => new List<double>());
        void AddModel(TariffImpactResult r, string creation, string diversion, string total, string percent)
        {
            columns[creation].Add(r.TradeCreationUsdMillions);
            columns[diversion].Add(r.TradeDiversionUsdMillions);
            columns[total].Add(r.TotalChangeInImportsFromSupplierUsdMillions);
            columns[percent].Add(100 * r.TotalChangeInImportsFromSupplierUsdMillions / m);
        }

        foreach (var eta in etas)
        {
            foreach (var sigma in sigmas)
            {
                var point = scenario with { ImportDemandElasticity = eta, SubstitutionElasticity = sigma };
                var linear = Estimate(point);
                var exact = Solve(point);
                columns[TariffSensitivityColumns.ImportDemandElasticity].Add(eta);
                columns[TariffSensitivityColumns.SubstitutionElasticity].Add(sigma);
                AddModel(linear, TariffSensitivityColumns.LinearTradeCreationUsdMillions, TariffSensitivityColumns.LinearTradeDiversionUsdMillions,
                    TariffSensitivityColumns.LinearTotalChangeUsdMillions, TariffSensitivityColumns.LinearTotalChangePercent);
                AddModel(exact, TariffSensitivityColumns.ExactTradeCreationUsdMillions, TariffSensitivityColumns.ExactTradeDiversionUsdMillions,
                    TariffSensitivityColumns.ExactTotalChangeUsdMillions, TariffSensitivityColumns.ExactTotalChangePercent);
                columns[TariffSensitivityColumns.ExactMinusLinearTotalChangePercentagePoints].Add(
                    100 * (exact.TotalChangeInImportsFromSupplierUsdMillions - linear.TotalChangeInImportsFromSupplierUsdMillions) / m);
            }
        }

        var rowKeys = Enumerable.Range(0, etas.Length * sigmas.Length).ToArray();
        return Frame.FromColumns(
            TariffSensitivityColumns.All.Select(c =>
                KeyValuePair.Create(c, new Series<int, double>(rowKeys, columns[c]))));
    }

    /// <summary>
    /// Both models side by side for one scenario, with the gap between them: the table a notebook shows
    /// before it chooses which model its verdict rests on.
    /// </summary>
    /// <param name="scenario">The validated inputs.</param>
    /// <returns>
    /// A new frame with the rows of <see cref="TariffComparisonTable.Rows"/> (each label carries its unit:
    /// creation, diversion, total in USD mn and in %, export price change in %, revenue before and after, change
    /// in consumer surplus and in deadweight loss, USD mn) and the columns <c>linear_smart</c>
    /// (<see cref="Estimate"/>), <c>exact_constant_elasticity</c> (<see cref="Solve"/>) and
    /// <c>exact_minus_linear</c> (in the row's unit; percentage points for the rows in %).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static Frame<string, string> CompareModels(TariffScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var m = scenario.ImportsFromSupplierUsdMillions;
        double[] Values(TariffImpactResult r) =>
        [
            r.TradeCreationUsdMillions,
            r.TradeDiversionUsdMillions,
            r.TotalChangeInImportsFromSupplierUsdMillions,
            100 * r.TotalChangeInImportsFromSupplierUsdMillions / m,
            100 * r.PriceEffect,
            r.TariffRevenueBeforeUsdMillions,
            r.TariffRevenueAfterUsdMillions,
            r.ConsumerSurplusChangeUsdMillions,
            r.DeadweightLossChangeUsdMillions,
        ];

        var linear = Values(Estimate(scenario));
        var exact = Values(Solve(scenario));
        var gap = exact.Zip(linear, (e, l) => e - l).ToArray();
        var builder = new FrameBuilder.Columns<string, string>();
        builder.Add(TariffComparisonTable.Linear, new Series<string, double>(TariffComparisonTable.Rows, linear));
        builder.Add(TariffComparisonTable.Exact, new Series<string, double>(TariffComparisonTable.Rows, exact));
        builder.Add(TariffComparisonTable.ExactMinusLinear, new Series<string, double>(TariffComparisonTable.Rows, gap));
        return builder.Frame;
    }

    /// <summary>Sets a model's predicted change beside the observed change.</summary>
    /// <param name="predictedChangePercent">Predicted change in percent (e.g. <c>total_change_percent</c>; −12.5 = −12.5 %), finite.</param>
    /// <param name="observedBefore">Observed value before the change, &gt; 0 (any unit, the same as <paramref name="observedAfter"/>).</param>
    /// <param name="observedAfter">Observed value after the change, ≥ 0.</param>
    /// <returns>Predicted = percent / 100; Observed = (after − before)/before; Gap = Observed − Predicted; all fractions.</returns>
    /// <remarks>The observed change also contains everything the model holds fixed (income, exchange rate, other policies), so the gap is not a model error alone.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN or infinite, <paramref name="observedBefore"/> is ≤ 0 or <paramref name="observedAfter"/> is negative.</exception>
    public static PredictionComparison CompareWithObserved(double predictedChangePercent, double observedBefore, double observedAfter)
    {
        Guard.Finite(predictedChangePercent, nameof(predictedChangePercent));
        Guard.Positive(observedBefore, nameof(observedBefore));
        Guard.NonNegative(observedAfter, nameof(observedAfter));
        var predicted = predictedChangePercent / 100;
        var observed = (observedAfter - observedBefore) / observedBefore;
        return new PredictionComparison(predicted, observed, observed - predicted);
    }
}
