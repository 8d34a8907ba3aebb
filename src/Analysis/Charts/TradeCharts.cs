using Analysis.Calculations;
using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of notebook 01 (rhetoric against trade). They take computed series; the catalog gives names and the source line.</summary>
public static class TradeCharts
{
    /// <summary>China's turnover with each partner (one line per column of <paramref name="turnoverUsdBn"/>), USD bn.</summary>
    public static GenericChart TurnoverByPartner(DataCatalog data, Frame<int, string> turnoverUsdBn)
    {
        ArgumentNullException.ThrowIfNull(turnoverUsdBn);
        return HouseCharts.YearLines("China's goods trade with its main partners (USD bn)", "Exports + imports (USD bn)",
            Citation.For(data, ChinaGoodsTrade.Dataset),
            turnoverUsdBn.ColumnKeys.Select(p => ChartSeries.FromYears(p, Countries.Name(data, p), turnoverUsdBn.GetColumn<double>(p))));
    }

    /// <summary>China's exports to and imports from Russia, and the balance (X − M), USD bn.</summary>
    public static GenericChart RussiaBalance(DataCatalog data, Series<int, double> exportsUsdBn, Series<int, double> importsUsdBn) =>
        HouseCharts.YearColumns("China–Russia trade and balance (USD bn)", "USD bn", Citation.For(data, ChinaGoodsTrade.Dataset),
        [
            ChartSeries.FromYears("CHN", "China's exports to Russia", exportsUsdBn),
            ChartSeries.FromYears("RUS", "China's imports from Russia", importsUsdBn),
            ChartSeries.FromYears("WLD", "Balance (exports − imports)", Trade.Balance(exportsUsdBn, importsUsdBn)),
        ]);

    /// <summary>Each West partner's turnover with China, and their sum, as multiples of Russia's (×).</summary>
    public static GenericChart WestMultiple(DataCatalog data, Frame<int, string> turnoverUsdBn, IReadOnlyList<string> westPartners, string russia = "RUS")
    {
        ArgumentNullException.ThrowIfNull(turnoverUsdBn);
        ArgumentNullException.ThrowIfNull(westPartners);
        var ru = Trade.Sum(turnoverUsdBn, [russia]);
        var series = westPartners.Select(p => ChartSeries.FromYears(p, $"{Countries.Name(data, p)} ÷ Russia", Trade.Ratio(Trade.Sum(turnoverUsdBn, [p]), ru))).ToList();
        if (westPartners.Count > 1)
        {
            series.Add(ChartSeries.FromYears("NATO", $"{string.Join(" + ", westPartners)} ÷ Russia", Trade.Ratio(Trade.Sum(turnoverUsdBn, westPartners), ru)));
        }

        return HouseCharts.YearLines("China's trade with the West as a multiple of its trade with Russia (×)", "Multiple of China–Russia turnover (×)",
            Citation.For(data, ChinaGoodsTrade.Dataset), series, [new ReferenceLine(1, "parity")]);
    }

    /// <summary>Russia's share of China's trade against China's share of Russia's trade, in percent.</summary>
    /// <param name="data">The catalog (names and sources).</param>
    /// <param name="russiaShareOfChina">Russia's share of China's trade, fraction by year.</param>
    /// <param name="chinaShareOfRussia">China's share of Russia's trade, fraction by year.</param>
    public static GenericChart DependenceAsymmetry(DataCatalog data, Series<int, double> russiaShareOfChina, Series<int, double> chinaShareOfRussia) =>
        HouseCharts.YearLines("Who depends on whom: shares of each other's trade (%)", "Share of total goods trade (%)",
            Citation.For(data, ChinaGoodsTrade.Dataset, RussiaTradeByPartner.Dataset),
        [
            ChartSeries.FromYears("RUS", "Russia's share of China's trade", russiaShareOfChina * 100.0),
            ChartSeries.FromYears("CHN", "China's share of Russia's trade", chinaShareOfRussia * 100.0),
        ]);

    /// <summary>Chinese respondents favourable to Russia and to the US in each survey that asked both, percent.</summary>
    public static GenericChart Opinion(DataCatalog data, IReadOnlyList<SurveyValue> favourableRussia, IReadOnlyList<SurveyValue> favourableUsa)
    {
        ArgumentNullException.ThrowIfNull(favourableRussia);
        ArgumentNullException.ThrowIfNull(favourableUsa);
        var surveys = favourableRussia.Select(s => s.Survey).Distinct().ToList();
        double Usa(string survey) => favourableUsa.FirstOrDefault(u => u.Survey == survey)?.ValuePercent ?? double.NaN;
        return HouseCharts.CategoryBars("Chinese respondents favourable to Russia and to the US (% of respondents)", "% of respondents",
            Citation.For(data, ChinaOpinion.Dataset), surveys,
            [
                ("RUS", "Favourable to Russia", surveys.Select(s => favourableRussia.First(r => r.Survey == s).ValuePercent).ToList()),
                ("USA", "Favourable to the US", surveys.Select(Usa).ToList()),
            ]);
    }
}
