using Analysis.Domain;
using Deedle;

namespace Analysis.Products.Tariffs;

/// <summary>The SMART model run line by line: every line, the sums by chapter, the total, and what could not be modelled.</summary>
/// <param name="Lines">One row per tariff line with imports from the supplier (columns in <see cref="SmartByLine"/>), including lines not modelled (their <c>status</c> says why).</param>
/// <param name="ByChapter">Sums of the modelled lines by HS chapter.</param>
/// <param name="Total">Sums of the modelled lines (price effect: the import-weighted mean of the lines').</param>
/// <param name="ImportsFromSupplierUsdMillions">Imports from the supplier over the modelled lines, before the change, USD millions.</param>
/// <param name="LinesWithoutQuantity">HS6 lines whose supplier flow has no quantity (q missing, or 0 t such as a UN Comtrade netWgt of 0); those with a specific duty are not modelled, since their unit value is unknown.</param>
/// <param name="TariffLinesWithoutImports">HS6 lines of the tariff table with no imports from the supplier: SMART scales existing flows, so they have no effect to estimate.</param>
/// <param name="DefaultImportDemandElasticity">The η used for lines without their own.</param>
public sealed record LineTariffImpact(
    Frame<int, string> Lines,
    Frame<string, string> ByChapter,
    TariffImpactResult Total,
    double ImportsFromSupplierUsdMillions,
    IReadOnlyList<string> LinesWithoutQuantity,
    IReadOnlyList<string> TariffLinesWithoutImports,
    double DefaultImportDemandElasticity)
{
    /// <summary>Total change in imports from the supplier as a percentage of the modelled imports (−12.5 = −12.5 %).</summary>
    public double TotalChangePercent => ImportsFromSupplierUsdMillions == 0 ? 0 : 100 * Total.TotalChangeInImportsFromSupplierUsdMillions / ImportsFromSupplierUsdMillions;
}
