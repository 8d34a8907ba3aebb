using Analysis.Domain;
using Deedle;

namespace Analysis.Calculations;

/// <summary>
/// The WITS SMART single-market partial-equilibrium model: the effect of a change in one supplier's
/// ad-valorem tariff on imports from that supplier, its export price, tariff revenue and welfare.
/// </summary>
/// <remarks>
/// <para>Assumptions (SMART): partial equilibrium with no income effects; Armington — goods from different
/// origins are imperfect substitutes; world prices are normalised to 1, so values equal quantities;
/// only the supplier's tariff changes; the other suppliers' export supply is perfectly elastic.</para>
/// <para>Sources: Laird, S. &amp; Yeats, A. (1986), <i>The UNCTAD Trade Policy Simulation Model</i>, UNCTAD
/// Discussion Paper No. 19, Annex I; Jammes, O. &amp; Olarreaga, M. (2005), <i>Explaining SMART and GSIM</i>,
/// World Bank; WITS SMART online help ("Theoretical Framework", "SMART Input Requirements and Output
/// Results", "Checking the Raw Data").</para>
/// <para>The model is a first-order (linear) approximation meant for moderate tariff changes. For very
/// large changes M¹ = M⁰ + TC + TD can come out negative; that signals the approximation is out of range,
/// and the result is returned as computed, not clamped.</para>
/// </remarks>
public static class TariffImpact
{
    /// <summary>Runs the SMART formulas for one scenario.</summary>
    /// <param name="scenario">The validated inputs.</param>
    /// <returns>Trade creation, diversion, their total, price effect, tariff revenue and welfare.</returns>
    /// <remarks>
    /// <para>Notation: M = M_k imports from the supplier, M_K imports from the others, t⁰/t¹ the supplier's
    /// tariff before/after, Δt = t¹ − t⁰, η import-demand, ε export-supply and σ substitution elasticity.</para>
    /// <list type="bullet">
    /// <item><b>Trade creation</b>: TC = M · η · Δt / [(1 + t⁰) · (1 − η/ε)]; with ε = ∞, TC = M · η · Δt / (1 + t⁰).
    /// A tariff increase gives TC &lt; 0 (trade destruction).</item>
    /// <item><b>Trade diversion</b> (Laird–Yeats, after Baldwin–Murray), with r = (1 + t¹)/(1 + t⁰) − 1 the relative
    /// change in the supplier's domestic price against the others' (= Δt/(1 + t⁰)):
    /// TD = −M · M_K · σ · r / (M + M_K + M · σ · |r|).
    /// For a tariff cut (r &lt; 0) this is exactly the published Laird–Yeats expression for diversion towards the
    /// beneficiary, M·M_K·σ·|r| / (M + M_K + M·σ·|r|). For an increase (r &gt; 0) the same magnitude is taken with
    /// the sign reversed: imports are diverted away from the supplier. Consequences: |TD| &lt; M_K always (the
    /// denominator exceeds M·σ·|r|, so the ratio is below M_K) and the denominator is never zero. The formula
    /// does <b>not</b> bound |TD| by M for an increase: when M_K is much larger than M and σ·r &gt; 1 the
    /// supplier can be predicted to lose more than it sold. The other suppliers gain −TD (diversion nets to zero).</item>
    /// <item><b>Price effect</b> (supplier's export price): dp/p = η · Δt / [(1 + t⁰) · (ε − η)]; zero when ε = ∞.</item>
    /// <item><b>Tariff revenue</b>: R⁰ = t⁰ · M, R¹ = t¹ · M¹ with M¹ = M + TC + TD (world-price changes are not applied to the base).</item>
    /// <item><b>Welfare</b>: ½ · |Δt| · |TC|, the deadweight triangle, reported as a magnitude ≥ 0 (a loss after an increase, a gain after a cut).</item>
    /// </list>
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

        var r = (1 + t1) / (1 + t0) - 1;
        var tradeDiversion = r == 0 ? 0.0 : -m * mOthers * sigma * r / (m + mOthers + m * sigma * Math.Abs(r));

        var priceEffect = supplyIsInfinite || dt == 0 ? 0.0 : eta * dt / ((1 + t0) * (epsilon - eta));

        var total = tradeCreation + tradeDiversion;
        var revenueBefore = t0 * m;
        var revenueAfter = t1 * (m + total);
        var welfare = 0.5 * Math.Abs(dt) * Math.Abs(tradeCreation);

        return new TariffImpactResult(
            TradeCreationUsdMillions: tradeCreation,
            TradeDiversionUsdMillions: tradeDiversion,
            TotalChangeInImportsFromSupplierUsdMillions: total,
            PriceEffect: priceEffect,
            TariffRevenueBeforeUsdMillions: revenueBefore,
            TariffRevenueAfterUsdMillions: revenueAfter,
            WelfareUsdMillions: welfare);
    }

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
    /// Runs <see cref="Estimate"/> for every combination of import-demand and substitution elasticity,
    /// keeping the rest of the scenario, and returns one row per combination, ready to chart.
    /// </summary>
    /// <param name="scenario">The base scenario; its own η and σ are replaced by each combination.</param>
    /// <param name="importDemandElasticities">Values of η to try, each finite and ≤ 0; at least one.</param>
    /// <param name="substitutionElasticities">Values of σ to try, each finite and ≥ 0; at least one.</param>
    /// <returns>
    /// A new frame with rows keyed 0, 1, 2 … (η in the outer loop, σ in the inner, both in the order given)
    /// and the columns of <see cref="TariffSensitivityColumns"/>:
    /// <c>import_demand_elasticity</c>, <c>substitution_elasticity</c>, <c>trade_creation_usd_mn</c>,
    /// <c>trade_diversion_usd_mn</c>, <c>total_change_usd_mn</c>, <c>total_change_percent</c>
    /// (= 100 · (TC + TD) / M⁰).
    /// </returns>
    /// <remarks>WITS SMART help: doubling η doubles the creation effect; diversion is almost proportional to σ.</remarks>
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

        var columns = TariffSensitivityColumns.All.ToDictionary(c => c, _ => new List<double>());
        foreach (var eta in etas)
        {
            foreach (var sigma in sigmas)
            {
                var result = Estimate(scenario with { ImportDemandElasticity = eta, SubstitutionElasticity = sigma });
                var total = result.TotalChangeInImportsFromSupplierUsdMillions;
                columns[TariffSensitivityColumns.ImportDemandElasticity].Add(eta);
                columns[TariffSensitivityColumns.SubstitutionElasticity].Add(sigma);
                columns[TariffSensitivityColumns.TradeCreationUsdMillions].Add(result.TradeCreationUsdMillions);
                columns[TariffSensitivityColumns.TradeDiversionUsdMillions].Add(result.TradeDiversionUsdMillions);
                columns[TariffSensitivityColumns.TotalChangeUsdMillions].Add(total);
                columns[TariffSensitivityColumns.TotalChangePercent].Add(100 * total / scenario.ImportsFromSupplierUsdMillions);
            }
        }

        var rowKeys = Enumerable.Range(0, etas.Length * sigmas.Length).ToArray();
        return Frame.FromColumns(
            TariffSensitivityColumns.All.Select(c =>
                KeyValuePair.Create(c, new Series<int, double>(rowKeys, columns[c]))));
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
