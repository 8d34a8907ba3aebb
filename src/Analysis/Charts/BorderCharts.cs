using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of notebook 02 (the border economy).</summary>
public static class BorderCharts
{
    /// <summary>The bridge's average daily traffic as a share of its design capacity, one bar per measure and period, with 100 % marked.</summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="utilisation">Rows as <c>Capacity.Utilisation</c> gives them.</param>
    public static GenericChart BridgeUtilisation(DataCatalog data, Frame<int, string> utilisation)
    {
        ArgumentNullException.ThrowIfNull(utilisation);
        var labels = utilisation.RowKeys.Select(r => $"{utilisation.GetColumn<string>("measure")[r]}, {utilisation.GetColumn<string>("period")[r]}").ToList();
        return HouseCharts.CategoryBars("Blagoveshchensk–Heihe bridge: traffic as % of design capacity", "Average daily traffic, % of design capacity",
            Citation.For(data, BorderTraffic.Dataset, FacilityCapacity.Dataset), labels,
            [("RUS", "Observed ÷ design", utilisation.GetColumn<double>("utilisation_percent").Values.ToList())], referenceLine: 100);
    }

    /// <summary>Average passengers per day over each reported period, one bar per facility and period.</summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="passengersByFacility">For each facility label, its reported passenger totals (persons).</param>
    public static GenericChart PassengersPerDay(DataCatalog data, IReadOnlyDictionary<string, IReadOnlyList<PeriodValue>> passengersByFacility)
    {
        ArgumentNullException.ThrowIfNull(passengersByFacility);
        var rows = passengersByFacility.SelectMany(kv => kv.Value.Select(p => (Label: $"{kv.Key}, {p.Label}", PerDay: p.Value / p.Days))).ToList();
        return HouseCharts.CategoryBars("Passengers crossing at Heihe–Blagoveshchensk (average per day)", "Passengers per day",
            Citation.For(data, BorderTraffic.Dataset), rows.Select(r => r.Label).ToList(),
            [("CHN", "Passengers per day", rows.Select(r => r.PerDay).ToList())]);
    }

    /// <summary>Full-year travellers of one measure, thousands per year, one bar per year.</summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="travellers">Travellers by year (one direction, measure and unit).</param>
    /// <param name="description">What is counted, e.g. "Russian entries into China (persons)".</param>
    /// <param name="key">Colour key (the travellers' country).</param>
    public static GenericChart Travellers(DataCatalog data, Series<int, double> travellers, string description, string key) =>
        HouseCharts.YearColumns($"{description}, before and after the border closure (thousands per year)", "Thousands per year",
            Citation.For(data, RussiaChinaTourism.Dataset), [ChartSeries.FromYears(key, description, travellers / 1000.0)]);
}
