using Analysis.Calculations;
using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of notebook 03 (tariffs: Russia's car recycling fee).</summary>
public static class TariffCharts
{
    /// <summary>A fee schedule as a step chart, thousand RUB per car; steps taking effect after <paramref name="scheduledAfterYear"/> are dashed as scheduled.</summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="scheduleRub">RUB per car by effective date.</param>
    /// <param name="category">The category, for the title.</param>
    /// <param name="scheduledAfterYear">Last year of fees already in force.</param>
    public static GenericChart FeeSchedule(DataCatalog data, Series<DateOnly, double> scheduleRub, string category, int scheduledAfterYear)
    {
        ArgumentNullException.ThrowIfNull(scheduleRub);
        var points = scheduleRub.Observations.Select(o => (Date: o.Key, Point: (Dates.DecimalYear(o.Key), o.Value / 1000.0))).ToList();
        var inForce = points.Where(p => p.Date.Year <= scheduledAfterYear).Select(p => p.Point).ToList();
        var scheduled = points.Where(p => p.Date.Year > scheduledAfterYear).Select(p => p.Point).ToList();
        var series = new List<ChartSeries> { new("RUS", "In force", inForce, Stepped: true) };
        if (scheduled.Count > 0)
        {
            series.Add(new ChartSeries("WLD", "Scheduled", inForce.TakeLast(1).Concat(scheduled).ToList(), Stepped: true, Dashed: true));
        }

        return HouseCharts.YearLines($"Russia's recycling fee, category {category} (thousand RUB per car)", "Thousand RUB per car", Citation.For(data, RecyclingFee.Dataset), series);
    }

    /// <summary>China's passenger-car exports to Russia and Russia's new-car market, thousand vehicles by year (one unit of count).</summary>
    public static GenericChart CarUnits(DataCatalog data, Series<int, double> chinaCarExportsUnits, Series<int, double> marketUnits) =>
        HouseCharts.YearColumns("Chinese cars exported to Russia and Russia's new-car market (thousand vehicles)", "Thousand vehicles",
            Citation.For(data, ChinaCarExports.Dataset, RussiaCarMarket.Dataset),
            [
                ChartSeries.FromYears("CHN", "China's car exports to Russia", chinaCarExportsUnits / 1000.0),
                ChartSeries.FromYears("RUS", "New cars sold in Russia", marketUnits / 1000.0),
            ]);

    /// <summary>Predicted change in imports from the supplier (%) across import-demand elasticities, one line per substitution elasticity.</summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="sensitivity">The frame of <c>TariffImpact.Sensitivity</c>.</param>
    public static GenericChart Sensitivity(DataCatalog data, Frame<int, string> sensitivity)
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        var eta = sensitivity.GetColumn<double>(TariffSensitivityColumns.ImportDemandElasticity);
        var sigma = sensitivity.GetColumn<double>(TariffSensitivityColumns.SubstitutionElasticity);
        var change = sensitivity.GetColumn<double>(TariffSensitivityColumns.TotalChangePercent);
        var series = sigma.Values.Distinct().Order().Select(sg => new ChartSeries(
            "sigma-" + sg.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "σ = " + sg.ToString(System.Globalization.CultureInfo.InvariantCulture),
            sensitivity.RowKeys.Where(r => sigma[r] == sg).Select(r => (eta[r], change[r])).OrderBy(p => p.Item1).ToArray()));
        return HouseCharts.XYLines("SMART estimate: change in car imports from China after the fee rise (%)", "Import-demand elasticity η", "Change in imports from China (%)",
            "WITS SMART model (Laird & Yeats 1986) on " + Citation.For(data, RecyclingFee.Dataset, ChinaCarExports.Dataset, RussiaCarMarket.Dataset, RussiaMacro.Dataset), series);
    }
}
