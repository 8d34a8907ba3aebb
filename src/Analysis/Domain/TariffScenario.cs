using System.Globalization;

namespace Analysis.Domain;

/// <summary>
/// Inputs of a single-market WITS SMART partial-equilibrium simulation: one importing market, one
/// supplier whose tariff changes, and all other suppliers taken together, whose tariff does not.
/// </summary>
/// <param name="ImportsFromSupplierUsdMillions">Imports from the supplier before the change, M_k, USD millions at world prices, &gt; 0.</param>
/// <param name="ImportsFromOtherSuppliersUsdMillions">Imports from all other suppliers before the change, M_K, USD millions, ≥ 0.</param>
/// <param name="TariffBefore">Ad-valorem tariff on the supplier before the change, t⁰, as a fraction (0.15 = 15 %), ≥ 0.</param>
/// <param name="TariffAfter">Ad-valorem tariff on the supplier after the change, t¹, as a fraction, ≥ 0.</param>
/// <param name="ImportDemandElasticity">Import-demand elasticity η (E_m), ≤ 0 (zero = perfectly inelastic demand).</param>
/// <param name="ExportSupplyElasticity">
/// Export-supply elasticity ε (E_x), &gt; 0; <see cref="double.PositiveInfinity"/> (the default) means
/// perfectly elastic supply. SMART's default input of 99 stands for infinity: pass
/// <see cref="double.PositiveInfinity"/> to reproduce it (a literal 99 is used as the finite number 99).
/// </param>
/// <param name="SubstitutionElasticity">Armington substitution elasticity σ (E_s) between the supplier and the others, ≥ 0; SMART default 1.5.</param>
/// <remarks>
/// <para>Validated on construction and on <c>with</c>: NaN, infinite imports or tariffs, negative imports or
/// tariffs, a positive η, a non-positive ε and a negative σ are rejected with an
/// <see cref="ArgumentOutOfRangeException"/> whose parameter name is the property's name.</para>
/// <para>Sources: Laird &amp; Yeats (1986), UNCTAD Discussion Paper 19, Annex I; Jammes &amp; Olarreaga (2005),
/// <i>Explaining SMART and GSIM</i>; WITS SMART help ("Checking the Raw Data": ε = 99, σ = 1.5 defaults).</para>
/// <para>Immutable.</para>
/// </remarks>
/// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite where not allowed, or has the wrong sign.</exception>
public sealed record TariffScenario(
    double ImportsFromSupplierUsdMillions,
    double ImportsFromOtherSuppliersUsdMillions,
    double TariffBefore,
    double TariffAfter,
    double ImportDemandElasticity,
    double ExportSupplyElasticity = double.PositiveInfinity,
    double SubstitutionElasticity = TariffScenario.SmartDefaultSubstitutionElasticity)
{
    /// <summary>SMART's default Armington substitution elasticity, 1.5 (WITS "Checking the Raw Data").</summary>
    public const double SmartDefaultSubstitutionElasticity = 1.5;

    /// <summary>Imports from the supplier before the change, M_k, USD millions, &gt; 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or ≤ 0 (SMART scales existing flows, so a zero flow has no effect to estimate).</exception>
    public double ImportsFromSupplierUsdMillions { get; init => field = CheckPositive(value, nameof(ImportsFromSupplierUsdMillions)); }
        = CheckPositive(ImportsFromSupplierUsdMillions, nameof(ImportsFromSupplierUsdMillions));

    /// <summary>Imports from all other suppliers before the change, M_K, USD millions, ≥ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or negative.</exception>
    public double ImportsFromOtherSuppliersUsdMillions { get; init => field = CheckNonNegative(value, nameof(ImportsFromOtherSuppliersUsdMillions)); }
        = CheckNonNegative(ImportsFromOtherSuppliersUsdMillions, nameof(ImportsFromOtherSuppliersUsdMillions));

    /// <summary>Tariff before the change, t⁰, ad-valorem fraction, ≥ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or negative.</exception>
    public double TariffBefore { get; init => field = CheckNonNegative(value, nameof(TariffBefore)); }
        = CheckNonNegative(TariffBefore, nameof(TariffBefore));

    /// <summary>Tariff after the change, t¹, ad-valorem fraction, ≥ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or negative.</exception>
    public double TariffAfter { get; init => field = CheckNonNegative(value, nameof(TariffAfter)); }
        = CheckNonNegative(TariffAfter, nameof(TariffAfter));

    /// <summary>Import-demand elasticity η, ≤ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or positive.</exception>
    public double ImportDemandElasticity { get; init => field = CheckImportDemand(value, nameof(ImportDemandElasticity)); }
        = CheckImportDemand(ImportDemandElasticity, nameof(ImportDemandElasticity));

    /// <summary>Export-supply elasticity ε, &gt; 0, possibly <see cref="double.PositiveInfinity"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or ≤ 0.</exception>
    public double ExportSupplyElasticity { get; init => field = CheckExportSupply(value, nameof(ExportSupplyElasticity)); }
        = CheckExportSupply(ExportSupplyElasticity, nameof(ExportSupplyElasticity));

    /// <summary>Armington substitution elasticity σ, ≥ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or negative.</exception>
    public double SubstitutionElasticity { get; init => field = CheckNonNegative(value, nameof(SubstitutionElasticity)); }
        = CheckNonNegative(SubstitutionElasticity, nameof(SubstitutionElasticity));

    /// <summary>Tariff change Δt = t¹ − t⁰, as a fraction (positive for an increase).</summary>
    public double TariffChange => TariffAfter - TariffBefore;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double CheckPositive(double value, string name) =>
        double.IsFinite(value) && value > 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number > 0 (SMART scales existing imports, so a zero flow has no effect to estimate), but was {Format(value)}.");

    private static double CheckNonNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number ≥ 0, but was {Format(value)}.");

    private static double CheckImportDemand(double value, string name) =>
        double.IsFinite(value) && value <= 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number ≤ 0 (imports fall when their price rises), but was {Format(value)}.");

    private static double CheckExportSupply(double value, string name) =>
        value > 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be > 0 (double.PositiveInfinity for perfectly elastic supply), but was {Format(value)}.");
}
