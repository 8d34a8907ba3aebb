using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of notebook 05 (war, NATO and the Russian economy).</summary>
public static class WarCharts
{
    private const string Notebook = "05-war-nato-economy";

    /// <summary>Cumulative aid to Ukraine by donor at each Kiel cut-off, EUR bn.</summary>
    /// <param name="data">The catalog (names and sources).</param>
    /// <param name="aidByDonor">Cumulative aid by donor code, EUR bn by cut-off date.</param>
    /// <param name="measure">What is counted (allocated, committed), for the subtitle.</param>
    public static GenericChart Aid(DataCatalog data, IReadOnlyDictionary<string, Series<DateOnly, double>> aidByDonor, string measure)
    {
        ArgumentNullException.ThrowIfNull(aidByDonor);
        var latest = aidByDonor.Where(kv => kv.Value.KeyCount > 0).Select(kv => (Donor: kv.Key, Date: kv.Value.LastKey(), Value: kv.Value.LastValue())).ToList();
        var title = latest.Count > 0
            ? "Aid to Ukraine " + measure + " by " + string.Join(" and ", latest.Select(l => $"{Countries.Name(data, l.Donor)} (EUR {Format.N0(l.Value)} bn)"))
            : "Aid to Ukraine by donor";
        var text = new ChartText(title, $"Cumulative aid {measure} at each cut-off of the Kiel Institute's Ukraine Support Tracker, EUR bn", "EUR bn (cumulative)", "EUR bn",
            "Rising lines of cumulative aid to Ukraine by donor since the invasion.");
        return HouseCharts.YearLines(text, ChartContext.For(data, Notebook, UkraineSupport.Dataset),
            aidByDonor.Select(kv => new ChartSeries(kv.Key, Countries.Name(data, kv.Key), kv.Value.Observations.Select(o => (Dates.DecimalYear(o.Key), o.Value)).ToArray())));
    }

    /// <summary>Allies' defence spending in two years, % of GDP, with NATO's 2 % guideline.</summary>
    public static GenericChart NatoSpending(DataCatalog data, Frame<string, int> sharePercentByAllyAndYear, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(sharePercentByAllyAndYear);
        var from = sharePercentByAllyAndYear.GetColumn<double>(fromYear);
        var to = sharePercentByAllyAndYear.GetColumn<double>(toYear);
        var allies = sharePercentByAllyAndYear.RowKeys.Where(a => from.TryGet(a).HasValue || to.TryGet(a).HasValue).OrderByDescending(a => to.TryGet(a).HasValue ? to[a] : 0).ToList();
        var atFrom = allies.Count(a => from.TryGet(a).HasValue && from[a] >= Verdicts.Assess.NatoGuidelinePercentOfGdp);
        var atTo = allies.Count(a => to.TryGet(a).HasValue && to[a] >= Verdicts.Assess.NatoGuidelinePercentOfGdp);
        var text = new ChartText($"Allies at NATO's 2% guideline: {atFrom} in {fromYear}, {atTo} in {toYear}",
            $"Core defence expenditure, % of GDP, each ally, {fromYear} and {toYear} (NATO estimates for the latest years)", "Defence expenditure (% of GDP)", "% of GDP",
            "Horizontal bars per ally for the two years, most now past the 2% line.");
        return HouseCharts.CategoryBars(text, ChartContext.For(data, Notebook, NatoDefenceSpending.Dataset), allies.Select(a => Countries.Name(data, a)).ToList(),
            [
                ("earlier", Format.Year(fromYear), allies.Select(a => from.TryGet(a).HasValue ? from[a] : double.NaN).ToList()),
                ("later", Format.Year(toYear), allies.Select(a => to.TryGet(a).HasValue ? to[a] : double.NaN).ToList()),
            ],
            new ReferenceLine(Verdicts.Assess.NatoGuidelinePercentOfGdp, "NATO guideline (2%)"));
    }

    /// <summary>Russia's GDP growth and December inflation by year, with the key rate from each decision, percent.</summary>
    public static GenericChart RussiaMacro(DataCatalog data, Series<int, double> gdpGrowthPercent, Series<int, double> inflationPercent, Series<DateOnly, double> keyRateDecisionsPercent)
    {
        ArgumentNullException.ThrowIfNull(keyRateDecisionsPercent);
        var peak = keyRateDecisionsPercent.Observations.MaxBy(o => o.Value);
        var text = new ChartText($"Russia's key rate peaked at {Format.N0(peak.Value)}% ({peak.Key.Year}) as inflation ran above target",
            "Real GDP growth and consumer-price inflation (December on December), % a year; the Bank of Russia's key rate from each decision, %",
            "Percent", "%", "Lines of Russia's growth and inflation by year, with a step line of the key rate after each decision.");
        return HouseCharts.YearLines(text, ChartContext.For(data, Notebook, Data.RussiaMacro.Dataset, Datasets.RussiaKeyRate),
            [
                ChartSeries.FromYears("growth", "Real GDP growth (%)", gdpGrowthPercent),
                ChartSeries.FromYears("inflation", "Consumer prices, Dec/Dec (%)", inflationPercent),
                new ChartSeries("key-rate", "Key rate (%), from each decision", keyRateDecisionsPercent.Observations.Select(o => (Dates.DecimalYear(o.Key), o.Value)).ToArray(), Stepped: true),
            ], [new ReferenceLine(4, "inflation target (4%)")]);
    }

    /// <summary>GDP per head by country (one line per column), current USD.</summary>
    public static GenericChart GdpPerHead(DataCatalog data, Frame<int, string> gdpPerHeadUsd)
    {
        ArgumentNullException.ThrowIfNull(gdpPerHeadUsd);
        var last = gdpPerHeadUsd.RowKeys.Max();
        var text = new ChartText($"GDP per head in {last}: " + string.Join(", ", gdpPerHeadUsd.ColumnKeys.Where(c => gdpPerHeadUsd.GetColumn<double>(c).TryGet(last).HasValue)
                .Select(c => $"{Countries.Name(data, c)} USD {Format.N0(gdpPerHeadUsd.GetColumn<double>(c)[last])}")),
            "GDP ÷ population, current USD per person (World Bank)", "USD per person", "USD", "Lines of GDP per head by year for each country.");
        return HouseCharts.YearLines(text, ChartContext.For(data, Notebook, Datasets.WorldBankGdp, Datasets.WorldBankPopulation),
            gdpPerHeadUsd.ColumnKeys.Select(c => ChartSeries.FromYears(c, Countries.Name(data, c), gdpPerHeadUsd.GetColumn<double>(c))));
    }
}
