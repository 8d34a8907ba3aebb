namespace Analysis.Domain;

/// <summary>
/// How large a scenario's tariff change is beside the range in which SMART's linear formulas stay within 5 % of
/// the exact constant-elasticity solution.
/// </summary>
/// <param name="RelativeTariffChange">
/// Δt / (1 + t⁰), the relative change in the supplier's domestic price at an unchanged world price, as a
/// fraction (0.259 = +25.9 %; negative for a cut).
/// </param>
/// <param name="RelativeTariffChangeLimit">
/// The largest |Δt| / (1 + t⁰) for which trade creation, trade diversion and their total from the linear
/// formulas are each within 5 % of the exact solution, as a fraction (measured over a grid; see
/// <c>Analysis.Calculations.TariffImpact.CheckLinearRange</c>).
/// </param>
/// <remarks>Immutable.</remarks>
public sealed record LinearRangeCheck(double RelativeTariffChange, double RelativeTariffChangeLimit)
{
    /// <summary>True when |<see cref="RelativeTariffChange"/>| ≤ <see cref="RelativeTariffChangeLimit"/>: the linear answer is within 5 % of the exact one.</summary>
    public bool IsWithinLimit => Math.Abs(RelativeTariffChange) <= RelativeTariffChangeLimit;

    /// <summary>|<see cref="RelativeTariffChange"/>| / <see cref="RelativeTariffChangeLimit"/>: how many times the 5 % range the change is (≤ 1 inside it).</summary>
    public double TimesTheLimit => Math.Abs(RelativeTariffChange) / RelativeTariffChangeLimit;
}
