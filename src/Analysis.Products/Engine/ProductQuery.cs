using System.Globalization;
using Analysis.Products.Codes;

namespace Analysis.Products.Engine;

/// <summary>
/// What to aggregate from a product file: which flows (exporters, importers, years, products) and at which HS level.
/// Every filter left null keeps everything.
/// </summary>
/// <param name="Exporters">Exporting countries as ISO3 codes (<c>"CHN"</c>) or numeric codes written as digits; null = all.</param>
/// <param name="Importers">Importing countries, as for <paramref name="Exporters"/>; null = all.</param>
/// <param name="Years">Years; null = all in the file.</param>
/// <param name="Products">HS codes of 2, 4 or 6 digits (a chapter, heading or product, e.g. <c>"27"</c>, <c>"8703"</c>, <c>"271111"</c>); null = all.</param>
/// <param name="Level">Level to aggregate to (default: chapter).</param>
/// <param name="ByExporter">Keep one row per exporter (true) or add all selected exporters together (false: exporter <c>ALL</c>).</param>
/// <param name="ByImporter">Keep one row per importer (true) or add all selected importers together (false: importer <c>ALL</c>).</param>
public sealed record ProductQuery(
    IReadOnlyList<string>? Exporters = null,
    IReadOnlyList<string>? Importers = null,
    IReadOnlyList<int>? Years = null,
    IReadOnlyList<string>? Products = null,
    HsLevel Level = HsLevel.Chapter,
    bool ByExporter = true,
    bool ByImporter = true)
{
    /// <summary>Flows from <paramref name="exporter"/> to <paramref name="importer"/>, optionally in some years, at <paramref name="level"/>.</summary>
    /// <param name="exporter">Exporter, ISO3 or numeric.</param>
    /// <param name="importer">Importer, ISO3 or numeric.</param>
    /// <param name="level">Aggregation level.</param>
    /// <param name="years">Years (none = all).</param>
    public static ProductQuery Between(string exporter, string importer, HsLevel level = HsLevel.Chapter, params int[] years) =>
        new([exporter], [importer], years.Length == 0 ? null : years, null, level);

    /// <summary>The product codes as inclusive ranges of 6-digit codes: "27" → [270000, 279999].</summary>
    /// <exception cref="ArgumentException">A code is not 2, 4 or 6 digits.</exception>
    internal static IReadOnlyList<(int From, int To)> ProductRanges(IReadOnlyList<string> products) =>
        products.Select(p =>
        {
            var code = p?.Trim() ?? "";
            if (code.Length is not (2 or 4 or 6) || !code.All(char.IsAsciiDigit))
            {
                throw new ArgumentException($"Product code '{p}' must be an HS chapter, heading or product of 2, 4 or 6 digits (e.g. \"27\", \"8703\", \"271111\").", nameof(products));
            }

            var scale = code.Length switch { 2 => 10_000, 4 => 100, _ => 1 };
            var from = int.Parse(code, CultureInfo.InvariantCulture) * scale;
            return (from, from + scale - 1);
        }).ToList();
}
