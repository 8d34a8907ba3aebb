using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>Charts of notebook 02 (the border economy).</summary>
public static class BorderCharts
{
    private const string Notebook = "02-border-economy";

    /// <summary>The bridge's average daily traffic as a share of its design capacity, one bar per measure and period, with 100 % marked and the busiest reading annotated.</summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="utilisation">Rows as <c>Capacity.Utilisation</c> gives them.</param>
    public static GenericChart BridgeUtilisation(DataCatalog data, Frame<int, string> utilisation)
    {
        ArgumentNullException.ThrowIfNull(utilisation);
        var labels = utilisation.RowKeys.Select(r => $"{utilisation.GetColumn<string>("measure")[r]}, {utilisation.GetColumn<string>("period")[r]}").ToList();
        var percent = utilisation.GetColumn<double>("utilisation_percent").Values.ToList();
        var busiest = percent.IndexOf(percent.Max());
        var text = new ChartText($"The bridge carries at most {Format.N0(percent.Max())}% of the traffic it was built for",
            "Average daily traffic over each reported period as a share of the design capacity per day, %, Blagoveshchensk–Heihe road bridge",
            "Average daily traffic, % of design capacity", "%", "Bars per kind of traffic and period, all far below the 100% design capacity line.");
        return HouseCharts.CategoryBars(text, ChartContext.For(data, Notebook, BorderTraffic.Dataset, FacilityCapacity.Dataset), labels,
            [("utilisation", "Observed ÷ design", percent)], new ReferenceLine(100, "design capacity (100%)"), new Highlight(percent[busiest], labels[busiest], $"busiest: {Format.N0(percent[busiest])}%"));
    }

    /// <summary>Average passengers per day over each reported period, one bar per crossing and period.</summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="passengersByFacility">For each crossing, its reported passenger totals (persons).</param>
    public static GenericChart PassengersPerDay(DataCatalog data, IReadOnlyDictionary<string, IReadOnlyList<PeriodValue>> passengersByFacility)
    {
        ArgumentNullException.ThrowIfNull(passengersByFacility);
        var rows = passengersByFacility.SelectMany(kv => kv.Value.Select(p => (Label: $"{kv.Key}, {p.Label}", PerDay: p.Value / p.Days))).ToList();
        var text = new ChartText($"At most {Format.N0(rows.Max(r => r.PerDay))} passengers a day cross at Heihe in any reported period",
            "Reported passenger totals spread over the days of each period, persons per day, Heihe–Blagoveshchensk crossings", "Passengers per day", "persons per day",
            "Bars per crossing and reported period of the average number of passengers a day.");
        return HouseCharts.CategoryBars(text, ChartContext.For(data, Notebook, BorderTraffic.Dataset), rows.Select(r => r.Label).ToList(),
            [("passengers", "Passengers per day", rows.Select(r => r.PerDay).ToList())]);
    }

    /// <summary>Full-year counts of travellers in one unit, thousands per year, one bar series per agency and measure (never mixing units on the axis).</summary>
    /// <param name="data">The catalog (sources).</param>
    /// <param name="counts">Full-year counts (as <c>RussiaChinaTourism.FullYearCounts</c> gives them).</param>
    /// <param name="direction">The direction in words, for the title.</param>
    /// <param name="unit">The unit drawn (persons, person_times or trips); counts in other units are left out.</param>
    public static GenericChart TravellerCounts(DataCatalog data, IReadOnlyList<TravellerCount> counts, string direction, string unit)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var inUnit = counts.Where(c => c.Unit == unit).ToList();
        var series = inUnit.GroupBy(c => c.Series)
            .Select(g => new ChartSeries(g.First().Agency, Labels.Id(g.First().Agency) + ", " + g.First().Measure.Replace('_', ' '), g.Select(c => ((double)c.Year, c.Value / 1000.0)).ToArray(), Annual: true))
            .ToList();
        var peak = inUnit.Where(c => c.Year < 2020).Select(c => c.Value).DefaultIfEmpty(double.NaN).Max();
        var low = inUnit.Where(c => c.Year is >= 2020 and <= 2022).Select(c => c.Value).DefaultIfEmpty(double.NaN).Min();
        var title = double.IsFinite(peak) && double.IsFinite(low)
            ? $"{direction}: from {Format.N0(peak / 1000)} thousand before the closure to {Format.N0(low / 1000)} thousand in the closure years"
            : $"{direction}: full-year counts by agency";
        var text = new ChartText(title, $"Full-year counts in {unit.Replace('_', ' ')}, thousands, one colour per agency (agencies count differently: compare within a colour)",
            $"Thousand {unit.Replace('_', ' ')}", "thousand " + unit.Replace('_', ' '), $"Bars per year and agency of {direction.ToLowerInvariant()} counted in {unit.Replace('_', ' ')}.");
        return HouseCharts.YearColumns(text, ChartContext.For(data, Notebook, RussiaChinaTourism.Dataset), series);
    }
}
