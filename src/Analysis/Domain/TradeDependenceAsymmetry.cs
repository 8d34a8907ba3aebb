namespace Analysis.Domain;

/// <summary>
/// How unevenly two partners depend on each other in one year: each partner's share of the other's
/// total goods trade (exports + imports), and how many times larger the second share is.
/// </summary>
/// <param name="Year">Calendar year.</param>
/// <param name="RussiaShareOfChinaTrade">Russia's share of China's total trade, as a fraction (0..1).</param>
/// <param name="ChinaShareOfRussiaTrade">China's share of Russia's total trade, as a fraction (0..1).</param>
/// <remarks>
/// <para>The shares are bilateral trade shares (X_ij + M_ij)/(X_i + M_i) (WITS trade indicators,
/// "Share of Market in Total Exports"; applied to exports + imports).</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed record TradeDependenceAsymmetry(int Year, double RussiaShareOfChinaTrade, double ChinaShareOfRussiaTrade)
{
    /// <summary>
    /// ChinaShareOfRussiaTrade / RussiaShareOfChinaTrade: how many times more of Russia's trade is
    /// with China than of China's trade is with Russia. Above 1 means Russia is the more dependent
    /// partner. Unitless.
    /// </summary>
    public double AsymmetryRatio => ChinaShareOfRussiaTrade / RussiaShareOfChinaTrade;
}
