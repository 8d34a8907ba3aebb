using System.Globalization;
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

    /// <summary>
    /// The predicted change in car imports from China (%) across import-demand elasticities: the exact
    /// constant-elasticity model solid, SMART's linear formulas dashed, one colour per σ (see the overload).
    /// </summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="sensitivity">The frame of <c>TariffImpact.Sensitivity</c>.</param>
    public static GenericChart Sensitivity(DataCatalog data, Frame<int, string> sensitivity) =>
        Sensitivity(sensitivity, "Change in car imports from China after the fee rise: exact (solid) and SMART linear (dashed) (%)", "Change in imports from China (%)",
            "WITS SMART model (Laird & Yeats 1986) and its exact constant-elasticity solution, on " + Citation.For(data, RecyclingFee.Dataset, ChinaCarExports.Dataset, RussiaCarMarket.Dataset, RussiaMacro.Dataset));

    /// <summary>
    /// The predicted change in imports from the supplier against the import-demand elasticity η, one colour per
    /// substitution elasticity σ: the exact constant-elasticity model as a solid line, SMART's linear formulas
    /// as a dashed line of the same colour.
    /// </summary>
    /// <param name="sensitivity">A frame from <see cref="TariffImpact.Sensitivity"/> (columns of <see cref="TariffSensitivityColumns"/>).</param>
    /// <param name="title">Chart title, naming the unit (e.g. "… (%)").</param>
    /// <param name="yAxisTitle">Y axis title with unit (e.g. "Change in imports from China (%)").</param>
    /// <param name="sourceNote">Model and datasets, printed under the chart after "Source: ".</param>
    /// <returns>Two traces per σ, in the frame's order of σ: "σ = …, exact" (solid) and "σ = …, SMART linear" (dashed), each sorted by η.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sensitivity"/> is null.</exception>
    /// <exception cref="ArgumentException">A title or the source note is empty.</exception>
    public static GenericChart Sensitivity(Frame<int, string> sensitivity, string title, string yAxisTitle, string sourceNote)
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        var eta = sensitivity.GetColumn<double>(TariffSensitivityColumns.ImportDemandElasticity);
        var sigma = sensitivity.GetColumn<double>(TariffSensitivityColumns.SubstitutionElasticity);
        var exact = sensitivity.GetColumn<double>(TariffSensitivityColumns.ExactTotalChangePercent);
        var linear = sensitivity.GetColumn<double>(TariffSensitivityColumns.LinearTotalChangePercent);
        var series = sigma.Values.Distinct().SelectMany(s =>
        {
            var rows = sensitivity.RowKeys.Where(r => sigma[r] == s).OrderBy(r => eta[r]).ToArray();
            var label = "σ = " + s.ToString(CultureInfo.InvariantCulture);
            var key = "sigma-" + s.ToString(CultureInfo.InvariantCulture);
            return new[]
            {
                new ChartSeries(key, label + ", exact", rows.Select(r => (eta[r], exact[r])).ToArray()),
                new ChartSeries(key, label + ", SMART linear", rows.Select(r => (eta[r], linear[r])).ToArray(), Dashed: true),
            };
        });
        return HouseCharts.XYLines(title, "Import-demand elasticity η", yAxisTitle, sourceNote, series);
    }
}
