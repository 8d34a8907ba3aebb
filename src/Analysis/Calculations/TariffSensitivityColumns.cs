namespace Analysis.Calculations;

/// <summary>
/// Column keys of the frame returned by <see cref="TariffImpact.Sensitivity"/>, in column order: the two
/// elasticities of the row, then SMART's linear model (<see cref="TariffImpact.Estimate"/>), then the exact
/// model (<see cref="TariffImpact.Solve"/>), then the gap between them.
/// </summary>
public static class TariffSensitivityColumns
{
    /// <summary>Import-demand elasticity η used in the row (unitless, ≤ 0).</summary>
    public const string ImportDemandElasticity = "import_demand_elasticity";

    /// <summary>Substitution elasticity σ used in the row (unitless, ≥ 0).</summary>
    public const string SubstitutionElasticity = "substitution_elasticity";

    /// <summary>Trade creation TC from the linear SMART formulas, USD millions.</summary>
    public const string LinearTradeCreationUsdMillions = "linear_trade_creation_usd_mn";

    /// <summary>Trade diversion TD from the linear SMART formulas, USD millions.</summary>
    public const string LinearTradeDiversionUsdMillions = "linear_trade_diversion_usd_mn";

    /// <summary>TC + TD from the linear SMART formulas, USD millions.</summary>
    public const string LinearTotalChangeUsdMillions = "linear_total_change_usd_mn";

    /// <summary>100 · (TC + TD) / M⁰ from the linear SMART formulas, percent of the supplier's imports before the change.</summary>
    public const string LinearTotalChangePercent = "linear_total_change_percent";

    /// <summary>Trade creation TC from the exact constant-elasticity solution, USD millions.</summary>
    public const string ExactTradeCreationUsdMillions = "exact_trade_creation_usd_mn";

    /// <summary>Trade diversion TD from the exact constant-elasticity solution, USD millions.</summary>
    public const string ExactTradeDiversionUsdMillions = "exact_trade_diversion_usd_mn";

    /// <summary>TC + TD from the exact constant-elasticity solution, USD millions.</summary>
    public const string ExactTotalChangeUsdMillions = "exact_total_change_usd_mn";

    /// <summary>100 · (TC + TD) / M⁰ from the exact constant-elasticity solution, percent of the supplier's imports before the change.</summary>
    public const string ExactTotalChangePercent = "exact_total_change_percent";

    /// <summary>Exact minus linear total change, percentage points of the supplier's imports before the change.</summary>
    public const string ExactMinusLinearTotalChangePercentagePoints = "exact_minus_linear_total_change_pp";

    /// <summary>All keys, in the frame's column order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ImportDemandElasticity,
        SubstitutionElasticity,
        LinearTradeCreationUsdMillions,
        LinearTradeDiversionUsdMillions,
        LinearTotalChangeUsdMillions,
        LinearTotalChangePercent,
        ExactTradeCreationUsdMillions,
        ExactTradeDiversionUsdMillions,
        ExactTotalChangeUsdMillions,
        ExactTotalChangePercent,
        ExactMinusLinearTotalChangePercentagePoints,
    ];
}
