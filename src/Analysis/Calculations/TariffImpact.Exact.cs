using Analysis.Domain;

namespace Analysis.Calculations;

// The exact constant-elasticity solution of the SMART model; the class is documented in TariffImpact.cs.
public static partial class TariffImpact
{
    /// <summary>
    /// Solves SMART's single-market model exactly, for a tariff change of any size: the constant-elasticity
    /// demand, Armington CES split and export supply that <see cref="Estimate"/> linearises, each taken in its
    /// own (non-linear) form. Same inputs and result record as <see cref="Estimate"/>.
    /// </summary>
    /// <param name="scenario">The validated inputs.</param>
    /// <returns>Trade creation, diversion, their total, price effect, tariff revenue, and the changes in consumer surplus and deadweight loss.</returns>
    /// <remarks>
    /// <para><b>Model</b> (Laird &amp; Yeats 1986, Annex I; Jammes &amp; Olarreaga 2005, §1–2). Notation as in
    /// <see cref="Estimate"/>; P = p · (1 + t) is the domestic price of the supplier's goods, p its export price
    /// (p⁰ = 1, world prices normalised), τ = (1 + t¹)/(1 + t⁰) the tariff's factor on P at an unchanged p.
    /// The model is solved in SMART's order, the two-stage budgeting of WITS "Demand side: the Armington
    /// Assumption": first the imports of the good, then their split between the suppliers.</para>
    /// <list type="number">
    /// <item><b>Import demand</b> for the supplier's goods with constant elasticity: M = M⁰ · (P/P⁰)^η.</item>
    /// <item><b>Export supply</b> with constant elasticity: X = M⁰ · p^ε (ε = ∞: p stays 1).</item>
    /// <item><b>Creation step, M = X.</b> M⁰(p · τ)^η = M⁰ p^ε gives p¹ = τ^(η/(ε−η)), hence
    /// P¹/P⁰ = p¹ · τ = τ^(ε/(ε−η)) and M_c = M⁰ · (p¹)^ε = M⁰ · τ^(η·ε/(ε−η)); with ε = ∞, p¹ = 1,
    /// P¹/P⁰ = τ and M_c = M⁰ · τ^η. Trade creation TC = M_c − M⁰ (also the market's change in total
    /// imports); price effect p¹ − 1. Closed form.</item>
    /// <item><b>Diversion step, Armington CES</b> (Armington 1969): the market's new total S = M_c + M_K is split
    /// with M¹/M_K¹ = (M_c/M_K) · f, f = τ^(−σ): σ is the elasticity of the quantity ratio to the price ratio, and
    /// only the supplier's tariff moves its price relative to the others' (SMART's relative-price term
    /// [(1 + t_k¹)/(1 + t_K¹)] / [(1 + t_k⁰)/(1 + t_K⁰)] = τ; as in SMART, the export-price change of the creation
    /// step is not fed into it). Solving M¹ + M_K¹ = S: TD = M¹ − M_c = M_c · M_K · (f − 1) / (M_K + M_c · f).
    /// Closed form. So M¹ = S · M_c f / (M_K + M_c f) &gt; 0 and M_K¹ = S · M_K / (M_K + M_c f) &gt; 0 whatever the
    /// change: a cut diverts less than M_K, an increase less than M_c ≤ M⁰.</item>
    /// <item><b>Tariff revenue</b>: R⁰ = t⁰ · M⁰, R¹ = t¹ · M¹ (at the base world price, as <see cref="Estimate"/>).</item>
    /// <item><b>Change in consumer surplus</b>, the area left of the demand curve between P⁰ and P¹ (Just,
    /// Hueth &amp; Schmitz 2004, ch. 6): ΔCS = −∫ M⁰ (P/P⁰)^η dP = −M⁰ · P⁰ · [(P¹/P⁰)^(η+1) − 1] / (η + 1),
    /// and −M⁰ · P⁰ · ln(P¹/P⁰) when η = −1.</item>
    /// <item><b>Change in deadweight loss</b>, the area between the inverse demand D⁻¹(q) = P⁰ (q/M⁰)^(1/η) and
    /// the inverse supply S⁻¹(q) = (q/M⁰)^(1/ε) over the lost imports (Harberger 1971):
    /// ΔDWL = ∫ from M_c to M⁰ of [D⁻¹(q) − S⁻¹(q)] dq. With y = M_c/M⁰ and g(b) = (1 − y^b)/b (g = −ln y when b = 0),
    /// ΔDWL = M⁰ · P⁰ · g(1 + 1/η) − M⁰ · g(1 + 1/ε), where ε = ∞ gives g(1) = 1 − y, and η = 0 gives y = 1 and
    /// ΔDWL = 0. It satisfies ΔDWL = −(ΔCS + ΔR_c + ΔPS), ΔR_c = t¹ p¹ M_c − t⁰ M⁰ the revenue change of the
    /// creation step and ΔPS = M⁰ · ((p¹)^(ε+1) − 1)/(ε + 1) the exporter's surplus change (tested).</item>
    /// </list>
    /// <para><b>Link to SMART.</b> To first order in r = Δt/(1 + t⁰): τ^(η·ε/(ε−η)) − 1 ≈ η r / (1 − η/ε) (SMART's
    /// creation), τ^(η/(ε−η)) − 1 ≈ η r / (ε − η) (its price effect), TD ≈ −M · M_K · σ · r / (M + M_K) (its
    /// diversion, both signs), and the welfare integrals reduce to <see cref="Estimate"/>'s trapezoids. A test
    /// checks that the two models converge as Δt → 0 over a grid of η, σ and ε. For large changes they part:
    /// at 27 % → 60 % with η = −1 and ε = ∞, creation is (1.27/1.60) − 1 ≈ −20.6 % exactly and −33/127 ≈ −26.0 %
    /// linearly.</para>
    /// <para><b>What it is not.</b> It is the exact solution of SMART's own equations, not a simultaneous
    /// two-stage CES or general-equilibrium model: as in SMART, η applies to the supplier's own imports, the
    /// diversion step does not move the supplier's export price again, and income effects are ignored.</para>
    /// <para><b>Numerics.</b> Every step is closed form: no iteration and no tolerance to choose. Powers are
    /// taken as exp(b · ln τ), with ln(1 + x) and exp(x) − 1 computed so that small changes keep full relative
    /// precision (about 1e-15). Flows overflow only when a power does, i.e. when |η| or σ times |ln τ| exceeds
    /// about 700, far outside any tariff scenario.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static TariffImpactResult Solve(TariffScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);

        var m = scenario.ImportsFromSupplierUsdMillions;
        var t0 = scenario.TariffBefore;
        var eta = scenario.ImportDemandElasticity;
        var epsilon = scenario.ExportSupplyElasticity;
        var supplyIsInfinite = double.IsPositiveInfinity(epsilon);

        // ln τ, accurate also for tiny changes.
        var logTau = LogOnePlus(scenario.TariffChange / (1 + t0));

        // Exponents of τ for the export price, the domestic price and the imports after creation.
        var priceExponent = supplyIsInfinite ? 0.0 : eta / (epsilon - eta);
        var domesticPriceExponent = supplyIsInfinite ? 1.0 : epsilon / (epsilon - eta);
        var logDomesticPrice = domesticPriceExponent * logTau;
        var logCreation = eta * logDomesticPrice;

        var priceEffect = ExpMinusOne(priceExponent * logTau);
        var tradeCreation = m * ExpMinusOne(logCreation);
        var afterCreation = m * Math.Exp(logCreation);
        var tradeDiversion = CesDiversion(afterCreation, scenario.ImportsFromOtherSuppliersUsdMillions, scenario.SubstitutionElasticity * logTau);

        var basePrice = 1 + t0;
        var consumerSurplusChange = -m * basePrice * PowerRatio(logDomesticPrice, eta + 1);
        var supplyArea = supplyIsInfinite ? -ExpMinusOne(logCreation) : -PowerRatio(logCreation, 1 + (1 / epsilon));
        var deadweightLossChange = eta == 0
            ? 0.0
            : m * ((basePrice * -PowerRatio(logCreation, 1 + (1 / eta))) - supplyArea);

        return Result(scenario, tradeCreation, tradeDiversion, priceEffect, consumerSurplusChange, deadweightLossChange);
    }

    /// <summary>
    /// Exact CES diversion M_c · M_K · (f − 1) / (M_K + M_c · f) with f = exp(−σ ln τ), written with 1/f when f &gt; 1
    /// so that a huge f cannot overflow (the limit is then M_K).
    /// </summary>
    private static double CesDiversion(double supplier, double others, double sigmaLogTau)
    {
        if (sigmaLogTau == 0 || others == 0 || supplier == 0)
        {
            return 0.0;
        }

        if (sigmaLogTau > 0)
        {
            // f = τ^(−σ) < 1: a rise.
            var f = Math.Exp(-sigmaLogTau);
            return supplier * others * ExpMinusOne(-sigmaLogTau) / (others + (supplier * f));
        }

        // f > 1: a cut; with g = 1/f = τ^σ < 1, TD = M_c · M_K · (1 − g) / (M_K · g + M_c).
        var g = Math.Exp(sigmaLogTau);
        return supplier * others * -ExpMinusOne(sigmaLogTau) / ((others * g) + supplier);
    }

    /// <summary>(x^b − 1)/b for x = exp(<paramref name="logX"/>); ln x when b = 0. Stable near b = 0 and x = 1.</summary>
    private static double PowerRatio(double logX, double b) =>
        b == 0 ? logX : ExpMinusOne(b * logX) / b;

    /// <summary>ln(1 + x) with full relative precision for small x (Goldberg 1991, "What every computer scientist should know about floating-point arithmetic", Theorem 4).</summary>
    private static double LogOnePlus(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    /// <summary>exp(x) − 1 with full relative precision for small x (Kahan's method: (u − 1) · x / ln u with u = exp x).</summary>
    private static double ExpMinusOne(double x)
    {
        var u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        var um1 = u - 1;
        return um1 == -1 || double.IsInfinity(u) ? um1 : um1 * x / Math.Log(u);
    }
}
