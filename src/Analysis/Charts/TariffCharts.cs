using System.Globalization;
using Analysis.Calculations;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of the tariff models' results, in the house style (<see cref="HouseCharts"/>).</summary>
public static class TariffCharts
{
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
