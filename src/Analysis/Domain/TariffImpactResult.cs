namespace Analysis.Domain;

/// <summary>
/// Outputs of a single-market WITS SMART simulation for the supplier whose tariff changed. All flows
/// are in USD millions at world prices; a negative change is a fall in imports from the supplier.
/// </summary>
/// <param name="TradeCreationUsdMillions">Trade creation TC (negative = trade destruction after a tariff increase), USD millions.</param>
/// <param name="TradeDiversionUsdMillions">Trade diversion TD towards (+) or away from (−) the supplier, USD millions; the other suppliers gain −TD.</param>
/// <param name="TotalChangeInImportsFromSupplierUsdMillions">TC + TD, USD millions.</param>
/// <param name="PriceEffect">Change in the supplier's export (world) price, as a fraction (−0.02 = −2 %); zero when ε is infinite.</param>
/// <param name="TariffRevenueBeforeUsdMillions">R⁰ = t⁰ · M⁰ on imports from the supplier, USD millions.</param>
/// <param name="TariffRevenueAfterUsdMillions">R¹ = t¹ · M¹ with M¹ = M⁰ + TC + TD, USD millions.</param>
/// <param name="WelfareUsdMillions">
/// Size of the deadweight (consumer-surplus) triangle ½ · |Δt| · |TC|, USD millions, always ≥ 0. It is a
/// welfare <b>loss</b> for the importing market after a tariff increase and a <b>gain</b> after a cut.
/// </param>
/// <remarks>Immutable. See <c>Analysis.Calculations.TariffImpact.Estimate</c> for the formulas.</remarks>
public sealed record TariffImpactResult(
    double TradeCreationUsdMillions,
    double TradeDiversionUsdMillions,
    double TotalChangeInImportsFromSupplierUsdMillions,
    double PriceEffect,
    double TariffRevenueBeforeUsdMillions,
    double TariffRevenueAfterUsdMillions,
    double WelfareUsdMillions);
