using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of notebook 05 (war, NATO and the Russian economy).</summary>
public static class WarCharts
{
    /// <summary>Cumulative aid to Ukraine by donor at each Kiel cut-off, EUR bn.</summary>
    /// <param name="data">The catalog (names and sources).</param>
    /// <param name="aidByDonor">Cumulative aid by donor code, EUR bn by cut-off date.</param>
    /// <param name="measure">What is counted (allocated, committed), for the title.</param>
    public static GenericChart Aid(DataCatalog data, IReadOnlyDictionary<string, Series<DateOnly, double>> aidByDonor, string measure)
    {
        ArgumentNullException.ThrowIfNull(aidByDonor);
        return HouseCharts.YearLines($"Aid to Ukraine {measure} by donor (EUR bn, cumulative)", "EUR bn (cumulative)", Citation.For(data, UkraineSupport.Dataset),
            aidByDonor.Select(kv => new ChartSeries(kv.Key, Countries.Name(data, kv.Key), kv.Value.Observations.Select(o => (Dates.DecimalYear(o.Key), o.Value)).ToArray())));
    }

    /// <summary>Allies' defence spending in two years, % of GDP, with NATO's 2 % guideline.</summary>
    public static GenericChart NatoSpending(DataCatalog data, Frame<string, int> sharePercentByAllyAndYear, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(sharePercentByAllyAndYear);
        var from = sharePercentByAllyAndYear.GetColumn<double>(fromYear);
        var to = sharePercentByAllyAndYear.GetColumn<double>(toYear);
        var allies = sharePercentByAllyAndYear.RowKeys.Where(a => from.TryGet(a).HasValue && to.TryGet(a).HasValue).OrderByDescending(a => to[a]).ToList();
        return HouseCharts.CategoryBars($"NATO allies' defence spending, {fromYear} and {toYear} (% of GDP)", "Defence expenditure (% of GDP)",
            Citation.For(data, NatoDefenceSpending.Dataset), allies.Select(a => Countries.Name(data, a)).ToList(),
            [
                ("WLD", Format.Year(fromYear), allies.Select(a => from[a]).ToList()),
                ("NATO", Format.Year(toYear), allies.Select(a => to[a]).ToList()),
            ],
            referenceLine: Verdicts.Assess.NatoGuidelinePercentOfGdp);
    }

    /// <summary>Russia's GDP growth and December inflation by year, with the key rate from each decision, percent.</summary>
    public static GenericChart RussiaMacro(DataCatalog data, Series<int, double> gdpGrowthPercent, Series<int, double> inflationPercent, Series<DateOnly, double> keyRateDecisionsPercent)
    {
        ArgumentNullException.ThrowIfNull(keyRateDecisionsPercent);
        return HouseCharts.YearLines("Russia's economy: growth, inflation and the key rate (%)", "Percent",
            Citation.For(data, Data.RussiaMacro.Dataset, Datasets.RussiaKeyRate),
            [
                ChartSeries.FromYears("RUS", "Real GDP growth (%)", gdpGrowthPercent),
                ChartSeries.FromYears("WLD", "Consumer prices, Dec/Dec (%)", inflationPercent),
                new ChartSeries("EU", "Key rate (%), from each decision", keyRateDecisionsPercent.Observations.Select(o => (Dates.DecimalYear(o.Key), o.Value)).ToArray(), Stepped: true),
            ]);
    }

    /// <summary>GDP per head by country (one line per column), current USD.</summary>
    public static GenericChart GdpPerHead(DataCatalog data, Frame<int, string> gdpPerHeadUsd)
    {
        ArgumentNullException.ThrowIfNull(gdpPerHeadUsd);
        return HouseCharts.YearLines("GDP per head (current USD)", "USD per person",
            Citation.For(data, Datasets.WorldBankGdp, Datasets.WorldBankPopulation),
            gdpPerHeadUsd.ColumnKeys.Select(c => ChartSeries.FromYears(c, Countries.Name(data, c), gdpPerHeadUsd.GetColumn<double>(c))));
    }
}
