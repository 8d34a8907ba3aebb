using Analysis.Calculations;
using Deedle;

namespace Analysis.Data;

/// <summary>
/// Reader of dataset <c>china-goods-trade</c>: China's goods trade by partner and year as China's
/// customs (GACC) publish it, in USD billions. Exports are China's exports to the partner, imports
/// China's imports from it; both are China's own figures, so every series here has one direction
/// convention, one measure (goods, customs basis) and one unit.
/// </summary>
public static class ChinaGoodsTrade
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.ChinaGoodsTrade;

    /// <summary>Column names.</summary>
    public static class Columns
    {
        /// <summary>Partner code (see dataset <c>countries</c>).</summary>
        public const string Partner = "partner";

        /// <summary>The partner's membership scope where it changes (<c>EU28</c> to 2019, <c>EU27_2020</c> from 2020), else empty.</summary>
        public const string PartnerScope = "partner_scope";

        /// <summary>Flow: <c>exports</c>, <c>imports</c> or <c>total</c> (the turnover as published).</summary>
        public const string Flow = "flow";

        /// <summary>Value, USD billions.</summary>
        public const string ValueUsdBillions = "value_usd_bn";
    }

    /// <summary>Every partner code the dataset holds.</summary>
    public static IReadOnlyList<string> Partners(DataCatalog data) => new DatasetView(data, Dataset).Distinct(Columns.Partner);

    /// <summary>
    /// The scope of <paramref name="partner"/> by year where the source gives one (the EU: <c>EU28</c> to 2019,
    /// <c>EU27_2020</c> from 2020); empty for partners whose scope never changes. A series that spans two
    /// scopes has a break: growth across it compares unlike groups, and the charts mark it.
    /// </summary>
    public static IReadOnlyDictionary<int, string> ScopeByYear(DataCatalog data, string partner)
    {
        var view = new DatasetView(data, Dataset);
        var scopes = view.Column<string>(Columns.PartnerScope);
        var years = view.Column<int>(DatasetView.YearColumn);
        return view.Matching(new Where(Columns.Partner, partner)).Where(scopes.ContainsKey)
            .GroupBy(r => years[r]).ToDictionary(g => g.Key, g => scopes[g.First()]);
    }

    /// <summary>China's exports to <paramref name="partner"/>, USD bn by year. Years without a sourced value are absent.</summary>
    /// <exception cref="ArgumentException">The dataset has no such partner, or no exports for it (the message lists what it has).</exception>
    public static Series<int, double> ExportsUsdBillions(DataCatalog data, string partner) => Flow(data, partner, "exports");

    /// <summary>China's imports from <paramref name="partner"/>, USD bn by year.</summary>
    /// <exception cref="ArgumentException">The dataset has no such partner, or no imports for it.</exception>
    public static Series<int, double> ImportsUsdBillions(DataCatalog data, string partner) => Flow(data, partner, "imports");

    /// <summary>The turnover (exports + imports) as the source publishes it, USD bn by year.</summary>
    /// <exception cref="ArgumentException">The dataset has no such partner, or no published totals for it.</exception>
    public static Series<int, double> PublishedTotalUsdBillions(DataCatalog data, string partner) => Flow(data, partner, "total");

    /// <summary>
    /// Turnover with <paramref name="partner"/>, USD bn by year: exports + imports (<see cref="Trade.Turnover"/>)
    /// where customs publish both flows, otherwise the total they publish for that year. Both are the same
    /// measure (China's goods trade with the partner, customs basis, USD bn); <see cref="PublishedTotalCheck"/>
    /// shows that they agree to rounding wherever both exist. Years with neither are absent.
    /// </summary>
    /// <exception cref="ArgumentException">The dataset has no such partner (the message lists the known ones).</exception>
    public static Series<int, double> TurnoverUsdBillions(DataCatalog data, string partner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partner);
        var view = new DatasetView(data, Dataset);
        var flows = view.Matching(new Where(Columns.Partner, partner)).Select(r => view.Column<string>(Columns.Flow)[r]).ToHashSet(StringComparer.Ordinal);
        var computed = flows.Contains("exports") && flows.Contains("imports") ? TurnoverFromFlows(data, partner) : new Series<int, double>([], []);
        var published = flows.Contains("total") ? PublishedTotalUsdBillions(data, partner) : new Series<int, double>([], []);
        var years = computed.Keys.Union(published.Keys).Order().ToArray();
        return new Series<int, double>(years, years.Select(y => computed.TryGet(y).HasValue ? computed[y] : published[y]));
    }

    /// <summary>Exports + imports (<see cref="Trade.Turnover"/>) for the years with both flows only, USD bn.</summary>
    /// <exception cref="ArgumentException">The dataset has no such partner, or lacks one of the flows.</exception>
    public static Series<int, double> TurnoverFromFlows(DataCatalog data, string partner) =>
        Trade.Turnover(ExportsUsdBillions(data, partner), ImportsUsdBillions(data, partner));

    /// <summary>Turnover for several partners: rows are years, one column per partner code, USD bn (missing where a flow is not sourced).</summary>
    /// <exception cref="ArgumentException">A partner is unknown or lacks a flow.</exception>
    public static Frame<int, string> TurnoverUsdBillions(DataCatalog data, IEnumerable<string> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        var builder = new FrameBuilder.Columns<int, string>();
        foreach (var p in partners)
        {
            builder.Add(p, TurnoverUsdBillions(data, p));
        }

        return builder.Frame.SortRowsByKey();
    }

    /// <summary>
    /// Every partner-year with both flows and a published total: exports + imports, the published
    /// total and the difference (USD bn), largest absolute difference first, so a mismatch can never
    /// hide at the bottom of a long table.
    /// </summary>
    public static Frame<int, string> PublishedTotalCheck(DataCatalog data)
    {
        var view = new DatasetView(data, Dataset);
        var rows = new List<(string Partner, int Year, double Sum, double Total)>();
        foreach (var p in view.Distinct(Columns.Partner))
        {
            var flows = view.Column<string>(Columns.Flow);
            var partnerRows = view.Matching(new Where(Columns.Partner, p));
            var has = partnerRows.Select(r => flows[r]).ToHashSet(StringComparer.Ordinal);
            if (!has.Contains("exports") || !has.Contains("imports") || !has.Contains("total"))
            {
                continue;
            }

            var sum = TurnoverFromFlows(data, p);
            var total = PublishedTotalUsdBillions(data, p);
            rows.AddRange(sum.Keys.Where(y => total.TryGet(y).HasValue).Select(y => (p, y, sum[y], total[y])));
        }

        // Rounded to 6 decimals to drop floating-point noise; + 0.0 turns -0 into 0.
        var ordered = rows.OrderByDescending(r => Math.Abs(r.Sum - r.Total)).ThenBy(r => r.Partner, StringComparer.Ordinal).ThenBy(r => r.Year).ToList();
        return Tables.FromRows(ordered)
            .Text("partner", r => r.Partner)
            .Whole("year", r => r.Year)
            .Number("exports_plus_imports_usd_bn", r => r.Sum)
            .Number("published_total_usd_bn", r => r.Total)
            .Number("difference_usd_bn", r => Math.Round(r.Sum - r.Total, 6) + 0.0)
            .Frame;
    }

    private static Series<int, double> Flow(DataCatalog data, string partner, string flow)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partner);
        return new DatasetView(data, Dataset).ByYear(Columns.ValueUsdBillions, new Where(Columns.Partner, partner), new Where(Columns.Flow, flow));
    }
}
