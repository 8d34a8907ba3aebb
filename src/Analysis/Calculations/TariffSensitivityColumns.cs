namespace Analysis.Calculations;

/// <summary>Column keys of the frame returned by <see cref="TariffImpact.Sensitivity"/>, in column order.</summary>
public static class TariffSensitivityColumns
{
    /// <summary>Import-demand elasticity η used in the row (unitless, ≤ 0).</summary>
    public const string ImportDemandElasticity = "import_demand_elasticity";

    /// <summary>Substitution elasticity σ used in the row (unitless, ≥ 0).</summary>
    public const string SubstitutionElasticity = "substitution_elasticity";

    /// <summary>Trade creation TC, USD millions.</summary>
    public const string TradeCreationUsdMillions = "trade_creation_usd_mn";

    /// <summary>Trade diversion TD, USD millions.</summary>
    public const string TradeDiversionUsdMillions = "trade_diversion_usd_mn";

    /// <summary>TC + TD, USD millions.</summary>
    public const string TotalChangeUsdMillions = "total_change_usd_mn";

    /// <summary>100 · (TC + TD) / M⁰, percent of the supplier's imports before the change.</summary>
    public const string TotalChangePercent = "total_change_percent";

    /// <summary>All keys, in the frame's column order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ImportDemandElasticity,
        SubstitutionElasticity,
        TradeCreationUsdMillions,
        TradeDiversionUsdMillions,
        TotalChangeUsdMillions,
        TotalChangePercent,
    ];
}
