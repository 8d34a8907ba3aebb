using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of notebook 04 (gas).</summary>
public static class GasCharts
{
    /// <summary>Power of Siberia deliveries as columns, with the design capacity as a reference line, bcm per year.</summary>
    public static GenericChart Deliveries(DataCatalog data, Series<int, double> deliveriesBcm, double capacityBcmPerYear) =>
        HouseCharts.YearColumns("Russian gas to China through Power of Siberia (bcm per year)", "bcm per year",
            Citation.For(data, PowerOfSiberia.Dataset, FacilityCapacity.Dataset),
            [ChartSeries.FromYears("RUS", "Deliveries", deliveriesBcm)],
            referenceLines: [new ReferenceLine(capacityBcmPerYear, $"design capacity {Format.N0(capacityBcmPerYear)} bcm")]);

    /// <summary>Supplier shares of China's pipeline imports (by value) and LNG imports (by tonnes), percent.</summary>
    /// <param name="data">The catalog (names and sources).</param>
    /// <param name="pipelineShares">Pipeline shares by supplier, fractions.</param>
    /// <param name="lngShares">LNG shares by supplier, fractions.</param>
    /// <param name="pipelineYear">Year of the pipeline shares.</param>
    /// <param name="lngYear">Year of the LNG shares.</param>
    public static GenericChart SupplierShares(DataCatalog data, Series<string, double> pipelineShares, Series<string, double> lngShares, int pipelineYear, int lngYear)
    {
        ArgumentNullException.ThrowIfNull(pipelineShares);
        ArgumentNullException.ThrowIfNull(lngShares);
        var suppliers = pipelineShares.Keys.Union(lngShares.Keys).OrderByDescending(s => s == "RUS").ThenBy(s => s, StringComparer.Ordinal).ToList();
        return HouseCharts.CategoryBars("Who supplies China's gas imports (% of listed suppliers)", "% of the mode's listed imports",
            Citation.For(data, ChinaGasImports.Dataset), suppliers.Select(s => Countries.Name(data, s)).ToList(),
            [
                ("TKM", $"Pipeline {pipelineYear} (by USD value)", suppliers.Select(s => pipelineShares.TryGet(s).HasValue ? pipelineShares[s] * 100 : double.NaN).ToList()),
                ("AUS", $"LNG {lngYear} (by tonnes)", suppliers.Select(s => lngShares.TryGet(s).HasValue ? lngShares[s] * 100 : double.NaN).ToList()),
            ]);
    }

    /// <summary>Russian pipeline gas to Europe against Power of Siberia deliveries to China, bcm per year.</summary>
    public static GenericChart EuropeVersusChina(DataCatalog data, Series<int, double> europeBcm, Series<int, double> chinaBcm) =>
        HouseCharts.YearLines("Russian pipeline gas: Europe against China (bcm per year)", "bcm per year",
            Citation.For(data, RussiaGasExports.Dataset, PowerOfSiberia.Dataset),
            [
                ChartSeries.FromYears("EU", "Pipeline exports to Europe", europeBcm),
                ChartSeries.FromYears("RUS", "Power of Siberia to China", chinaBcm),
            ]);
}
