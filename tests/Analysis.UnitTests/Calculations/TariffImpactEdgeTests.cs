using Analysis.Calculations;
using Analysis.Domain;

namespace Analysis.UnitTests.Calculations;

/// <summary>
/// The ends of the tariff models' range that a mutation run (BENCHMARKS.md, "Mutation testing") found untested:
/// full precision for a tiny change, a prohibitive tariff, and the messages of the sensitivity table's checks.
/// </summary>
public sealed class TariffImpactEdgeTests
{
    private const double Inf = double.PositiveInfinity;

    [Fact]
    public void Solve_TinyChange_KeepsFullRelativePrecision()
    {
        // τ = 1 + 2e-9 (t⁰ = 0), η = −2, ε = ∞: TC = M · (τ^η − 1) = 100 · (−2d + 3d² − …) with d = 2e-9,
        // = −4e-7 + 1.2e-15 to 1e-24. Computing exp(x) − 1 as u − 1 would lose about half the digits here.
        var r = TariffImpact.Solve(new TariffScenario(100, 50, 0.0, 2e-9, -2.0, Inf, 0.0));

        var expected = -4e-7 + 1.2e-15;
        Assert.Equal(expected, r.TradeCreationUsdMillions, Math.Abs(expected) * 1e-12);
    }

    [Fact]
    public void Solve_ProhibitiveTariffOnTheOnlySupplier_ImportsFallToExactlyZero()
    {
        // t¹ = 1e90: ln τ ≈ 207, η ln τ ≈ −829, so τ^η underflows to 0. Imports fall by all of M (TC = −M), and with
        // no other supplier nothing is diverted: the result is −100 and 0, never NaN.
        var r = TariffImpact.Solve(new TariffScenario(100, 0, 0.0, 1e90, -4.0, Inf, 1.5));

        Assert.Equal(-100.0, r.TradeCreationUsdMillions);
        Assert.Equal(0.0, r.TradeDiversionUsdMillions);
        Assert.Equal(-100.0, r.TotalChangeInImportsFromSupplierUsdMillions);
    }

    private static readonly TariffScenario Cars = new(1000, 3000, 0.15, 0.30, -1.0, Inf, 1.5);

    [Fact]
    public void Sensitivity_NoImportDemandElasticity_SaysOneIsNeeded()
    {
        var ex = Assert.Throws<ArgumentException>(() => TariffImpact.Sensitivity(Cars, [], [1.5]));
        Assert.Equal("importDemandElasticities", ex.ParamName);
        Assert.StartsWith("At least one import-demand elasticity is needed.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_NoSubstitutionElasticity_SaysOneIsNeeded()
    {
        var ex = Assert.Throws<ArgumentException>(() => TariffImpact.Sensitivity(Cars, [-1.0], []));
        Assert.Equal("substitutionElasticities", ex.ParamName);
        Assert.StartsWith("At least one substitution elasticity is needed.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_PositiveImportDemandElasticity_NamesTheValue() =>
        Assert.StartsWith(
            "Each import-demand elasticity must be a finite number ≤ 0, but one was 0.5.",
            Assert.Throws<ArgumentOutOfRangeException>(() => TariffImpact.Sensitivity(Cars, [-1.0, 0.5], [1.5])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Sensitivity_NegativeSubstitutionElasticity_NamesTheValue() =>
        Assert.StartsWith(
            "Each substitution elasticity must be a finite number ≥ 0, but one was -2.",
            Assert.Throws<ArgumentOutOfRangeException>(() => TariffImpact.Sensitivity(Cars, [-1.0], [1.5, -2.0])).Message,
            StringComparison.Ordinal);
}
