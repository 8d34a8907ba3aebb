using System.Globalization;
using Analysis.Calculations;
using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of notebook 03 (tariffs: Russia's car recycling fee) and of the tariff models' results.</summary>
public static class TariffCharts
{
    private const string Notebook = "03-tariffs";

    /// <summary>A fee schedule as a step chart, thousand RUB per car; steps taking effect after <paramref name="scheduledAfterYear"/> are dashed as scheduled.</summary>
    /// <param name="data">The catalog (sources and events).</param>
    /// <param name="scheduleRub">RUB per car by effective date.</param>
    /// <param name="category">The category, for the subtitle.</param>
    /// <param name="scheduledAfterYear">Last year of fees already in force.</param>
    public static GenericChart FeeSchedule(DataCatalog data, Series<DateOnly, double> scheduleRub, string category, int scheduledAfterYear)
    {
        ArgumentNullException.ThrowIfNull(scheduleRub);
        var points = scheduleRub.Observations.Select(o => (Date: o.Key, Point: (Dates.DecimalYear(o.Key), o.Value / 1000.0))).ToList();
        var inForce = points.Where(p => p.Date.Year <= scheduledAfterYear).ToList();
        var scheduled = points.Where(p => p.Date.Year > scheduledAfterYear).Select(p => p.Point).ToList();
        var series = new List<ChartSeries> { new("RUS", "In force", inForce.Select(p => p.Point).ToList(), Stepped: true) };
        if (scheduled.Count > 0)
        {
            series.Add(new ChartSeries("RUS", "Scheduled", inForce.Select(p => p.Point).TakeLast(1).Concat(scheduled).ToList(), Stepped: true, Dashed: true));
        }

        var first2023 = inForce.Where(p => p.Date.Year < 2023).Select(p => p.Point.Item2).DefaultIfEmpty(double.NaN).Last();
        var latest = inForce.Count > 0 ? inForce[^1].Point.Item2 : double.NaN;
        var title = double.IsFinite(first2023) && double.IsFinite(latest) && first2023 > 0
            ? $"The fee on an imported car rose {Format.Times(latest / first2023)} from 2023 to {inForce[^1].Date.Year}"
            : "Russia's recycling fee on an imported car";
        var text = new ChartText(title, $"Recycling fee per car, thousand RUB, category {Labels.Id(category)}; dashed: steps scheduled after {scheduledAfterYear}",
            "Thousand RUB per car", "thousand RUB", "A step line of the fee per car, flat for a decade, then rising in steps from August 2023.");
        return HouseCharts.YearLines(text, ChartContext.For(data, Notebook, RecyclingFee.Dataset), series);
    }

    /// <summary>China's passenger-car exports to Russia and Russia's new-car market, thousand vehicles by year (one unit of count).</summary>
    public static GenericChart CarUnits(DataCatalog data, Series<int, double> chinaCarExportsUnits, Series<int, double> marketUnits)
    {
        ArgumentNullException.ThrowIfNull(chinaCarExportsUnits);
        ArgumentNullException.ThrowIfNull(marketUnits);
        var text = new ChartText("Chinese car exports to Russia against Russia's whole new-car market",
            "Full years, thousand vehicles: China's passenger-car exports to Russia (China's customs) and new cars sold in Russia (Autostat)",
            "Thousand vehicles", "thousand vehicles", "Yearly bars of Chinese car exports to Russia beside the number of new cars sold in Russia.");
        return HouseCharts.YearColumns(text, ChartContext.For(data, Notebook, ChinaCarExports.Dataset, RussiaCarMarket.Dataset),
            [
                ChartSeries.FromYears("CHN", "China's car exports to Russia", chinaCarExportsUnits / 1000.0),
                ChartSeries.FromYears("RUS", "New cars sold in Russia", marketUnits / 1000.0),
            ]);
    }

    /// <summary>
    /// The predicted change in car imports from China (%) across import-demand elasticities: the exact
    /// constant-elasticity model solid, SMART's linear formulas dashed, one colour per σ (see the overload).
    /// </summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="sensitivity">The frame of <c>TariffImpact.Sensitivity</c>.</param>
    public static GenericChart Sensitivity(DataCatalog data, Frame<int, string> sensitivity)
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        var exact = sensitivity.GetColumn<double>(TariffSensitivityColumns.ExactTotalChangePercent);
        var text = new ChartText($"Whatever the elasticities, the model predicts a fall of {Format.N0(-exact.Values.Max())}–{Format.N0(-exact.Values.Min())}% in car imports from China",
            "Predicted change in car imports from China after the fee rise, %: exact constant-elasticity model (solid) and SMART's linear formulas (dashed), one colour per σ",
            "Change in imports from China (%)", "%", "Lines of the predicted fall in imports across import-demand elasticities, one colour per substitution elasticity.");
        return Sensitivity(sensitivity, text, new ChartContext(Notebook,
            "WITS SMART model (Laird & Yeats 1986) and its exact constant-elasticity solution, on " + Citation.For(data, RecyclingFee.Dataset, ChinaCarExports.Dataset, RussiaCarMarket.Dataset, RussiaMacro.Dataset),
            [RecyclingFee.Dataset, ChinaCarExports.Dataset, RussiaCarMarket.Dataset, RussiaMacro.Dataset], [], null));
    }

    /// <summary>
    /// The predicted change in imports from the supplier against the import-demand elasticity η, one colour per
    /// substitution elasticity σ: the exact constant-elasticity model as a solid line, SMART's linear formulas
    /// as a dashed line of the same colour.
    /// </summary>
    /// <param name="sensitivity">A frame from <see cref="TariffImpact.Sensitivity"/> (columns of <see cref="TariffSensitivityColumns"/>).</param>
    /// <param name="text">Title, subtitle, axis title and unit.</param>
    /// <param name="context">Source.</param>
    /// <returns>Two traces per σ, in the frame's order of σ: "σ = …, exact" (solid) and "σ = …, SMART linear" (dashed), each sorted by η.</returns>
    public static GenericChart Sensitivity(Frame<int, string> sensitivity, ChartText text, ChartContext context)
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
        return HouseCharts.XYLines(text, "Import-demand elasticity η", context, series);
    }
}
