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

    /// <summary>Full-year counts of travellers in one unit, thousands per year, one bar series per agency and measure (never mixing units on the axis).</summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="counts">Full-year counts (as <c>RussiaChinaTourism.FullYearCounts</c> gives them).</param>
    /// <param name="direction">The direction in words, for the title.</param>
    /// <param name="unit">The unit drawn (persons, person_times or trips); counts in other units are left out.</param>
    public static GenericChart TravellerCounts(DataCatalog data, IReadOnlyList<TravellerCount> counts, string direction, string unit)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var series = counts.Where(c => c.Unit == unit).GroupBy(c => c.Series)
            .Select(g => new ChartSeries(g.Key, g.Key, g.Select(c => ((double)c.Year, c.Value / 1000.0)).ToArray(), Annual: true))
            .ToList();
        return HouseCharts.YearColumns($"{direction}: full-year counts in {unit.Replace('_', ' ')}, by agency (thousands)", $"Thousand {unit.Replace('_', ' ')}",
            Citation.For(data, RussiaChinaTourism.Dataset), series);
    }
}
