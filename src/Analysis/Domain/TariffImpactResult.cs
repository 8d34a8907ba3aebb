namespace Analysis.Domain;

/// <summary>
/// Outputs of a single-market tariff simulation for the supplier whose tariff changed, from either model:
/// SMART's first-order (linear) formulas (<c>Analysis.Calculations.TariffImpact.Estimate</c>) or their exact
/// constant-elasticity solution (<c>Analysis.Calculations.TariffImpact.Solve</c>). All flows are quantities
/// valued at the base world price (SMART normalises world prices to 1), in USD millions; a negative change is
/// a fall in imports from the supplier.
/// </summary>
/// <param name="TradeCreationUsdMillions">Trade creation TC (negative = trade destruction after a tariff increase), USD millions. It is also the change in the market's total imports of the good.</param>
/// <param name="TradeDiversionUsdMillions">Trade diversion TD towards (+) or away from (−) the supplier, USD millions; the other suppliers gain −TD (diversion nets to zero on the market side).</param>
/// <param name="TotalChangeInImportsFromSupplierUsdMillions">TC + TD, USD millions.</param>
/// <param name="PriceEffect">Change in the supplier's export (world) price, as a fraction (−0.02 = −2 %); zero when ε is infinite.</param>
/// <param name="TariffRevenueBeforeUsdMillions">R⁰ = t⁰ · M⁰ on imports from the supplier, USD millions.</param>
/// <param name="TariffRevenueAfterUsdMillions">
/// R¹ = t¹ · M¹ with M¹ = M⁰ + TC + TD, USD millions at the base world price, as SMART computes it; at the new
/// world price the revenue is (1 + <see cref="PriceEffect"/>) times this (the same when ε is infinite).
/// </param>
/// <param name="ConsumerSurplusChangeUsdMillions">
/// ΔCS, the change in the consumer surplus of buyers of the supplier's goods: the area left of the import-demand
/// curve between the old and the new domestic price, USD millions; negative after an increase (buyers pay more
/// and buy less), positive after a cut. It is measured in the creation step (the supplier's own market, as
/// SMART's welfare is); the shift of purchases to or from the other suppliers (diversion) happens at their
/// unchanged prices and is not in it.
/// </param>
/// <param name="DeadweightLossChangeUsdMillions">
/// ΔDWL, the change in the deadweight loss of the tariff on the supplier's goods: the area between the
/// import-demand and the export-supply curve over the imports lost (or regained), ∫ (demand price − supply price)
/// dq from M¹ to M⁰ in the creation step, USD millions; positive after an increase (the loss grows), negative
/// after a cut. From a non-zero base it holds the rectangle t⁰ · |ΔM| as well as the triangle: to first order
/// ΔDWL = −½ · (t⁰ + t¹) · TC (Harberger). SMART's reported "welfare" ½ · Δt · |TC| equals it only when t⁰ = 0
/// and ε = ∞. With ε = ∞ it is also the importing country's national loss, −(ΔCS + ΔR) on the supplier's
/// market; with finite ε it is the world efficiency loss, and part of the tariff falls on the exporter.
/// </param>
/// <remarks>Immutable. See <c>Analysis.Calculations.TariffImpact.Estimate</c> and <c>Solve</c> for the formulas.</remarks>
public sealed record TariffImpactResult(
    double TradeCreationUsdMillions,
    double TradeDiversionUsdMillions,
    double TotalChangeInImportsFromSupplierUsdMillions,
    double PriceEffect,
    double TariffRevenueBeforeUsdMillions,
    double TariffRevenueAfterUsdMillions,
    double ConsumerSurplusChangeUsdMillions,
    double DeadweightLossChangeUsdMillions);
