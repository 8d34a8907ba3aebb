namespace Analysis.Testing;

/// <summary>
/// The one tolerance for calculation tests. Expected values are hand-computed and written with at
/// least ten significant digits, so an absolute 1e-9 separates a formula error from rounding. Tests
/// against published (rounded) figures state their own, looser tolerance next to the source.
/// </summary>
internal static class Tolerance
{
    public const double Absolute = 1e-9;
}
