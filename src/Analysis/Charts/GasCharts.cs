using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of notebook 04 (gas).</summary>
public static class GasCharts
{
    private const string Notebook = "04-gas";

    /// <summary>Power of Siberia deliveries as columns, with the design capacity as a labelled reference line, bcm per year.</summary>
    public static GenericChart Deliveries(DataCatalog data, Series<int, double> deliveriesBcm, double capacityBcmPerYear)
    {
        ArgumentNullException.ThrowIfNull(deliveriesBcm);
        var last = deliveriesBcm.LastKey();
        var text = new ChartText($"Power of Siberia reached {Format.N0(100 * deliveriesBcm[last] / capacityBcmPerYear)}% of its design capacity in {last}",
            "Russian gas delivered to China through Power of Siberia, bcm per year (Gazprom)", "bcm per year", "bcm",
            "Yearly bars of pipeline deliveries rising towards the 38 bcm design capacity line.");
        return HouseCharts.YearColumns(text, ChartContext.For(data, Notebook, PowerOfSiberia.Dataset, FacilityCapacity.Dataset),
            [ChartSeries.FromYears("CHN", "Deliveries to China", deliveriesBcm)],
            referenceLines: [new ReferenceLine(capacityBcmPerYear, $"design capacity {Format.N0(capacityBcmPerYear)} bcm")],
            highlight: new Highlight(last, deliveriesBcm[last], $"{Format.N1(deliveriesBcm[last])} bcm in {last}"));
    }

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
        var ru = pipelineShares.TryGet("RUS").HasValue ? pipelineShares["RUS"] : double.NaN;
        var text = new ChartText(double.IsFinite(ru) ? $"Russia supplies {Format.N0(100 * ru)}% of China's pipeline gas imports ({pipelineYear}): one supplier among several" : "Who supplies China's gas imports",
            $"Share of each mode's imports from the suppliers listed, %: pipeline by USD value ({pipelineYear}), LNG by tonnes ({lngYear}); the two cannot be added",
            "% of the mode's listed imports", "%", "Bars per supplier of its share of China's pipeline and LNG imports.");
        return HouseCharts.CategoryBars(text, ChartContext.For(data, Notebook, ChinaGasImports.Dataset), suppliers.Select(s => Countries.Name(data, s)).ToList(),
            [
                ("pipeline", $"Pipeline {pipelineYear} (by USD value)", suppliers.Select(s => pipelineShares.TryGet(s).HasValue ? pipelineShares[s] * 100 : double.NaN).ToList()),
                ("lng", $"LNG {lngYear} (by tonnes)", suppliers.Select(s => lngShares.TryGet(s).HasValue ? lngShares[s] * 100 : double.NaN).ToList()),
            ]);
    }

    /// <summary>Russian pipeline gas to Europe against Power of Siberia deliveries to China, bcm per year.</summary>
    public static GenericChart EuropeVersusChina(DataCatalog data, Series<int, double> europeBcm, Series<int, double> chinaBcm)
    {
        ArgumentNullException.ThrowIfNull(europeBcm);
        ArgumentNullException.ThrowIfNull(chinaBcm);
        var both = europeBcm.Keys.Intersect(chinaBcm.Keys).Order().ToList();
        var title = both.Count >= 2
            ? $"Europe took {Format.N0(europeBcm[both[0]] - europeBcm[both[^1]])} bcm less Russian pipeline gas in {both[^1]} than in {both[0]}; China took {Format.N0(chinaBcm[both[^1]] - chinaBcm[both[0]])} bcm more"
            : "Russian pipeline gas: Europe against China";
        var text = new ChartText(title, "Russian pipeline gas delivered to Europe and to China (Power of Siberia), bcm per year", "bcm per year", "bcm",
            "Two lines: Russian pipeline gas to Europe falling steeply after 2021 while deliveries to China rise slowly.");
        return HouseCharts.YearLines(text, ChartContext.For(data, Notebook, RussiaGasExports.Dataset, PowerOfSiberia.Dataset),
            [
                ChartSeries.FromYears("EUROPE", "Russian pipeline gas to Europe", europeBcm),
                ChartSeries.FromYears("CHN", "Power of Siberia to China", chinaBcm),
            ]);
    }
}
