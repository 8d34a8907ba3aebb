using Analysis.Calculations;
using Analysis.Data;
using Deedle;

namespace Analysis.Story;

/// <summary>
/// China's goods trade by partner (dataset <c>china-goods-trade</c>) as year-keyed series in
/// USD bn. Exports are China's exports to the partner, imports China's imports from it.
/// </summary>
public static class ChinaTrade
{
    /// <summary>Value column of the dataset.</summary>
    public const string ValueColumn = "value_usd_bn";

    /// <summary>The partners compared in the notebooks, West first.</summary>
    public static IReadOnlyList<string> Partners { get; } = ["USA", "EU", "JPN", "KOR", "ASEAN", "RUS"];

    /// <summary>China's exports to <paramref name="partner"/>, USD bn by year.</summary>
    public static Series<int, double> Exports(DataCatalog catalog, string partner) => Flow(catalog, partner, "exports");

    /// <summary>China's imports from <paramref name="partner"/>, USD bn by year.</summary>
    public static Series<int, double> Imports(DataCatalog catalog, string partner) => Flow(catalog, partner, "imports");

    /// <summary>Published turnover (exports + imports as the source states it), USD bn by year.</summary>
    public static Series<int, double> PublishedTotal(DataCatalog catalog, string partner) => Flow(catalog, partner, "total");

    /// <summary>
    /// Turnover with <paramref name="partner"/>, USD bn by year: X + M where the source gives both
    /// flows, otherwise the total the source publishes. Years with neither are absent.
    /// </summary>
    /// <remarks>Where both exist they agree to within rounding; <see cref="TotalCrossCheck"/> lists the differences.</remarks>
    public static Series<int, double> Turnover(DataCatalog catalog, string partner)
    {
        var computed = Trade.Turnover(Exports(catalog, partner), Imports(catalog, partner));
        var published = PublishedTotal(catalog, partner);
        var years = computed.Keys.Union(published.Keys).Order().ToArray();
        return new Series<int, double>(years, years.Select(y => computed.TryGet(y).HasValue ? computed[y] : published[y]));
    }

    /// <summary>Turnover for several partners: rows are years, columns partner codes, values USD bn (missing where not sourced).</summary>
    public static Frame<int, string> TurnoverByPartner(DataCatalog catalog, IEnumerable<string> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        var builder = new FrameBuilder.Columns<int, string>();
        foreach (var p in partners)
        {
            builder.Add(p, Turnover(catalog, p));
        }

        return builder.Frame.SortRowsByKey();
    }

    /// <summary>Every partner-year with both flows and a published total: X + M, the total, and the difference (USD bn).</summary>
    public static Frame<int, string> TotalCrossCheck(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var frame = catalog.Load(Datasets.ChinaGoodsTrade);
        var partners = frame.GetColumn<string>("partner").Values.Distinct().Order(StringComparer.Ordinal);
        var rows = new List<(string Partner, int Year, double Sum, double Total)>();
        foreach (var p in partners)
        {
            var sum = Trade.Turnover(Exports(catalog, p), Imports(catalog, p));
            var total = PublishedTotal(catalog, p);
            rows.AddRange(sum.Keys.Where(y => total.TryGet(y).HasValue).Select(y => (p, y, sum[y], total[y])));
        }

        // Differences are rounded to 6 decimals to drop floating-point noise; + 0.0 turns -0 into 0.
        return new RowTable<(string Partner, int Year, double Sum, double Total)>(rows)
            .Text("partner", r => r.Partner)
            .Whole("year", r => r.Year)
            .Number("exports_plus_imports_usd_bn", r => r.Sum)
            .Number("published_total_usd_bn", r => r.Total)
            .Number("difference_usd_bn", r => Math.Round(r.Sum - r.Total, 6) + 0.0)
            .Frame;
    }

    private static Series<int, double> Flow(DataCatalog catalog, string partner, string flow)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(partner);
        return Rows.ByYear(catalog.Load(Datasets.ChinaGoodsTrade), ValueColumn, new Where("partner", partner), new Where("flow", flow));
    }
}
