namespace Analysis.Domain;

/// <summary>
/// How much of the pipeline-gas volume Russia lost in Europe between two years was replaced by
/// added deliveries to China.
/// </summary>
/// <param name="BaseYear">The earlier year.</param>
/// <param name="LaterYear">The later year.</param>
/// <param name="LostEuropeanVolumeBcm">Europe(base) − Europe(later), bcm per year; &gt; 0.</param>
/// <param name="AddedChineseVolumeBcm">China(later) − China(base), bcm per year; negative if deliveries to China fell.</param>
/// <param name="FractionReplaced">AddedChineseVolumeBcm / LostEuropeanVolumeBcm, as a fraction (0.25 = a quarter of the loss replaced).</param>
/// <remarks>Immutable.</remarks>
public sealed record ExportReplacement(
    int BaseYear,
    int LaterYear,
    double LostEuropeanVolumeBcm,
    double AddedChineseVolumeBcm,
    double FractionReplaced);
