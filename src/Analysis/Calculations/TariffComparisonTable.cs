namespace Analysis.Calculations;

/// <summary>
/// Row and column keys of the frame returned by <see cref="TariffImpact.CompareModels"/>: one row per result,
/// its unit in its label, and one column per model plus their gap.
/// </summary>
public static class TariffComparisonTable
{
    /// <summary>Column: SMART's first-order formulas (<see cref="TariffImpact.Estimate"/>), in the row's unit.</summary>
    public const string Linear = "linear_smart";

    /// <summary>Column: the exact constant-elasticity solution (<see cref="TariffImpact.Solve"/>), in the row's unit.</summary>
    public const string Exact = "exact_constant_elasticity";

    /// <summary>Column: exact − linear, in the row's unit (percentage points for the rows in %).</summary>
    public const string ExactMinusLinear = "exact_minus_linear";

    /// <summary>Row: trade creation TC, USD millions.</summary>
    public const string TradeCreationUsdMillions = "trade creation, USD mn";

    /// <summary>Row: trade diversion TD, USD millions.</summary>
    public const string TradeDiversionUsdMillions = "trade diversion, USD mn";

    /// <summary>Row: TC + TD, USD millions.</summary>
    public const string TotalChangeUsdMillions = "total change in imports from the supplier, USD mn";

    /// <summary>Row: 100 · (TC + TD) / M⁰, percent.</summary>
    public const string TotalChangePercent = "total change in imports from the supplier, %";

    /// <summary>Row: 100 · the change in the supplier's export price, percent.</summary>
    public const string ExportPriceChangePercent = "supplier's export price change, %";

    /// <summary>Row: tariff revenue before, R⁰, USD millions.</summary>
    public const string TariffRevenueBeforeUsdMillions = "tariff revenue before, USD mn";

    /// <summary>Row: tariff revenue after, R¹, USD millions.</summary>
    public const string TariffRevenueAfterUsdMillions = "tariff revenue after, USD mn";

    /// <summary>Row: change in consumer surplus ΔCS, USD millions.</summary>
    public const string ConsumerSurplusChangeUsdMillions = "change in consumer surplus, USD mn";

    /// <summary>Row: change in deadweight loss ΔDWL, USD millions.</summary>
    public const string DeadweightLossChangeUsdMillions = "change in deadweight loss, USD mn";

    /// <summary>The column keys, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = [Linear, Exact, ExactMinusLinear];

    /// <summary>The row keys, in order.</summary>
    public static IReadOnlyList<string> Rows { get; } =
    [
        TradeCreationUsdMillions,
        TradeDiversionUsdMillions,
        TotalChangeUsdMillions,
        TotalChangePercent,
        ExportPriceChangePercent,
        TariffRevenueBeforeUsdMillions,
        TariffRevenueAfterUsdMillions,
        ConsumerSurplusChangeUsdMillions,
        DeadweightLossChangeUsdMillions,
    ];
}
