using Analysis.Calculations;
using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of notebook 01 (rhetoric against trade). They take computed series; the catalog gives names, sources and events.</summary>
public static class TradeCharts
{
    private const string Notebook = "01-rhetoric-vs-trade";

    /// <summary>China's turnover with each partner (one line per column of <paramref name="turnoverUsdBn"/>), USD bn, titled with the West's multiple of Russia in the last year.</summary>
    public static GenericChart TurnoverByPartner(DataCatalog data, Frame<int, string> turnoverUsdBn, IReadOnlyList<string> westPartners)
    {
        ArgumentNullException.ThrowIfNull(turnoverUsdBn);
        ArgumentNullException.ThrowIfNull(westPartners);
        var last = turnoverUsdBn.RowKeys.Max();
        var west = Trade.Sum(turnoverUsdBn, westPartners);
        var ru = turnoverUsdBn.GetColumn<double>("RUS");
        var year = west.Keys.Intersect(ru.Keys).DefaultIfEmpty(last).Max();
        var multiple = west.TryGet(year).HasValue && ru.TryGet(year).HasValue ? west[year] / ru[year] : double.NaN;
        var title = double.IsFinite(multiple)
            ? $"China trades {Format.Times(multiple)} more with {string.Join(" and ", westPartners.Select(p => Countries.Name(data, p)))} than with Russia ({year})"
            : "China's goods trade with its main partners";
        var text = new ChartText(title, $"China's goods trade (exports + imports) with each partner, USD bn, China's customs, {turnoverUsdBn.RowKeys.Min()}–{last}",
            "Exports + imports (USD bn)", "USD bn",
            $"Lines of China's yearly goods trade with {turnoverUsdBn.ColumnCount} partners from {turnoverUsdBn.RowKeys.Min()} to {last}; Russia's line stays far below the US's and the EU's.");
        var highlight = double.IsFinite(multiple) ? new Highlight(year, ru[year], $"Russia: USD {Format.N0(ru[year])} bn") : null;
        return HouseCharts.YearLines(text, ChartContext.For(data, Notebook, ChinaGoodsTrade.Dataset),
            turnoverUsdBn.ColumnKeys.Select(p => ChartSeries.FromYears(p, Countries.Name(data, p), turnoverUsdBn.GetColumn<double>(p))), highlight: highlight);
    }

    /// <summary>China's exports to and imports from Russia and the balance (X − M), USD bn, titled with the balance's sign.</summary>
    public static GenericChart RussiaBalance(DataCatalog data, Series<int, double> exportsUsdBn, Series<int, double> importsUsdBn)
    {
        var balance = Trade.Balance(exportsUsdBn, importsUsdBn);
        var deficits = balance.Observations.Where(o => o.Value < 0).Select(o => o.Key).ToList();
        var title = balance.KeyCount == 0 ? "China–Russia trade and balance"
            : deficits.Count == balance.KeyCount ? $"China buys more from Russia than it sells there, every year {balance.FirstKey()}–{balance.LastKey()}"
            : deficits.Count == 0 ? $"China sells more to Russia than it buys, every year {balance.FirstKey()}–{balance.LastKey()}"
            : $"China bought more from Russia than it sold in {deficits.Count} of {balance.KeyCount} years";
        var text = new ChartText(title, "China's exports to Russia, imports from Russia and the balance (exports − imports), USD bn, China's customs", "USD bn", "USD bn",
            "Yearly bars of China's exports to and imports from Russia with the balance between them.");
        return HouseCharts.YearColumns(text, ChartContext.For(data, Notebook, ChinaGoodsTrade.Dataset),
        [
            ChartSeries.FromYears("CHN", "China's exports to Russia", exportsUsdBn),
            ChartSeries.FromYears("RUS", "China's imports from Russia", importsUsdBn),
            ChartSeries.FromYears("balance", "Balance (exports − imports)", balance),
        ]);
    }

    /// <summary>Each West partner's turnover with China, and their sum, as multiples of Russia's (×), titled with the change in the sum's multiple.</summary>
    public static GenericChart WestMultiple(DataCatalog data, Frame<int, string> turnoverUsdBn, IReadOnlyList<string> westPartners, string russia = "RUS")
    {
        ArgumentNullException.ThrowIfNull(turnoverUsdBn);
        ArgumentNullException.ThrowIfNull(westPartners);
        var ru = Trade.Sum(turnoverUsdBn, [russia]);
        var sum = Trade.Ratio(Trade.Sum(turnoverUsdBn, westPartners), ru);
        var series = westPartners.Select(p => ChartSeries.FromYears(p, $"{Countries.Name(data, p)} ÷ Russia", Trade.Ratio(Trade.Sum(turnoverUsdBn, [p]), ru))).ToList();
        if (westPartners.Count > 1)
        {
            series.Add(ChartSeries.FromYears("west", $"{string.Join(" + ", westPartners)} ÷ Russia", sum));
        }

        var title = sum.KeyCount >= 2
            ? $"The West's lead over Russia went from {Format.Times(sum.FirstValue())} ({sum.FirstKey()}) to {Format.Times(sum.LastValue())} ({sum.LastKey()})"
            : "China's trade with the West as a multiple of its trade with Russia";
        var text = new ChartText(title, "China's goods trade with each Western partner divided by its trade with Russia (×), China's customs", "Multiple of China–Russia turnover (×)", "×",
            "Lines of how many times China's trade with the West exceeds its trade with Russia, year by year; 1× would be parity.");
        var highlight = sum.KeyCount > 0 ? new Highlight(sum.LastKey(), sum.LastValue(), $"{Format.Times(sum.LastValue())} in {sum.LastKey()}") : null;
        return HouseCharts.YearLines(text, ChartContext.For(data, Notebook, ChinaGoodsTrade.Dataset), series, [new ReferenceLine(1, "parity (1×)")], highlight);
    }

    /// <summary>Russia's share of China's trade against China's share of Russia's trade, in percent, titled with the latest asymmetry.</summary>
    /// <param name="data">The catalog (names and sources).</param>
    /// <param name="russiaShareOfChina">Russia's share of China's trade, fraction by year.</param>
    /// <param name="chinaShareOfRussia">China's share of Russia's trade, fraction by year.</param>
    public static GenericChart DependenceAsymmetry(DataCatalog data, Series<int, double> russiaShareOfChina, Series<int, double> chinaShareOfRussia)
    {
        ArgumentNullException.ThrowIfNull(russiaShareOfChina);
        ArgumentNullException.ThrowIfNull(chinaShareOfRussia);
        var both = russiaShareOfChina.Keys.Intersect(chinaShareOfRussia.Keys).ToList();
        var title = both.Count > 0
            ? $"Russia depends on China {Format.Times(chinaShareOfRussia[both.Max()] / russiaShareOfChina[both.Max()])} more than China on Russia ({both.Max()})"
            : "Who depends on whom: shares of each other's trade";
        var text = new ChartText(title, "Each country's share of the other's total goods trade, %; China's customs for China, Russian sources for Russia", "Share of total goods trade (%)", "%",
            "Two lines: China's share of Russia's trade, far above Russia's share of China's trade.");
        return HouseCharts.YearLines(text, ChartContext.For(data, Notebook, ChinaGoodsTrade.Dataset, RussiaTradeByPartner.Dataset),
        [
            ChartSeries.FromYears("RUS", "Russia's share of China's trade", russiaShareOfChina * 100.0),
            ChartSeries.FromYears("CHN", "China's share of Russia's trade", chinaShareOfRussia * 100.0),
        ]);
    }

    /// <summary>Chinese respondents favourable to Russia and to the US in each survey that asked, percent.</summary>
    public static GenericChart Opinion(DataCatalog data, IReadOnlyList<SurveyValue> favourableRussia, IReadOnlyList<SurveyValue> favourableUsa)
    {
        ArgumentNullException.ThrowIfNull(favourableRussia);
        ArgumentNullException.ThrowIfNull(favourableUsa);
        var surveys = favourableRussia.Select(s => s.Survey).Distinct().ToList();
        double Usa(string survey) => favourableUsa.FirstOrDefault(u => u.Survey == survey)?.ValuePercent ?? double.NaN;
        var min = favourableRussia.Min(s => s.ValuePercent);
        var text = new ChartText($"Every survey finds at least {Format.N0(min)}% of Chinese respondents favourable to Russia", "Share of respondents favourable to Russia and to the US, %, by survey (as published; qualifiers in the data)",
            "% of respondents", "%", "Bars per survey: Chinese respondents favourable to Russia, and to the US where asked.");
        return HouseCharts.CategoryBars(text, ChartContext.For(data, Notebook, ChinaOpinion.Dataset), surveys.Select(Labels.Survey).ToList(),
            [
                ("RUS", "Favourable to Russia", surveys.Select(s => favourableRussia.First(r => r.Survey == s).ValuePercent).ToList()),
                ("USA", "Favourable to the US", surveys.Select(Usa).ToList()),
            ], new ReferenceLine(50, "majority (50%)"));
    }
}
