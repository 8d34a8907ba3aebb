using Analysis.Charts;
using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Story;

/// <summary>
/// Notebook 02, the border economy: traffic on the Blagoveshchensk–Heihe road bridge against its
/// design capacity, passenger crossings at Heihe, and tourism before and after the COVID closure.
/// </summary>
public static class BorderStory
{
    /// <summary>Facility id of the bridge in the datasets.</summary>
    public const string Bridge = "blagoveshchensk_heihe_bridge";

    private const string BridgeSource = "TASS, Amur regional media and Turkmen transport ministry relaying the concession's design figures; datasets border-traffic, facility-capacity";

    // Observed measure -> (design measure, is the design figure per year?)
    private static readonly Dictionary<string, (string Design, bool PerYear, string Label)> DesignFor = new(StringComparer.Ordinal)
    {
        ["trucks"] = ("trucks_per_day", false, "Trucks"),
        ["vehicles"] = ("vehicles_per_year", true, "All vehicles"),
        ["cargo_t"] = ("cargo_per_year", true, "Cargo (tonnes)"),
        ["passengers"] = ("passengers_per_year", true, "Passengers"),
    };

    /// <summary>
    /// Utilisation of the bridge: for each observed total (trucks, vehicles, cargo, passengers over a
    /// period), the average per day (total ÷ days in the period) against the design capacity per day
    /// (design per day, or design per year ÷ 365), and their ratio.
    /// </summary>
    public static Frame<int, string> BridgeUtilisation(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var traffic = catalog.Load(Datasets.BorderTraffic);
        var capacity = catalog.Load(Datasets.FacilityCapacity);
        var rows = new List<(string Measure, string Period, double Total, int Days, double PerDay, double DesignPerDay)>();
        foreach (var (measure, design) in DesignFor)
        {
            var designValue = Rows.One(capacity, "value", new Where("facility", Bridge), new Where("measure", design.Design));
            var designPerDay = design.PerYear ? designValue / 365.0 : designValue;
            foreach (var p in Rows.Periods(traffic, "value", new Where("facility", Bridge), new Where("measure", measure)))
            {
                rows.Add((design.Label, Dates.Label(p.Start, p.End), p.Value, p.Days, p.Value / p.Days, designPerDay));
            }
        }

        return new RowTable<(string Measure, string Period, double Total, int Days, double PerDay, double DesignPerDay)>(rows)
            .Text("measure", r => r.Measure)
            .Text("period", r => r.Period)
            .Number("observed_total", r => r.Total)
            .Whole("days", r => r.Days)
            .Number("observed_per_day", r => r.PerDay)
            .Number("design_per_day", r => r.DesignPerDay)
            .Number("utilisation", r => r.PerDay / r.DesignPerDay)
            .Frame;
    }

    /// <summary>The utilisation of <see cref="BridgeUtilisation"/> as bars, in percent of design capacity.</summary>
    public static GenericChart BridgeUtilisationChart(DataCatalog catalog)
    {
        var f = BridgeUtilisation(catalog);
        var labels = f.GetColumn<string>("measure").Values.Zip(f.GetColumn<string>("period").Values, (m, p) => $"{m}, {p}").ToList();
        var values = f.GetColumn<double>("utilisation").Values.Select(u => u * 100).ToList();
        return HouseCharts.CategoryBars("Blagoveshchensk–Heihe bridge: traffic as % of design capacity", "Average daily traffic, % of design capacity", BridgeSource,
            labels, [("RUS", "Observed ÷ design", values)], referenceLine: 100);
    }

    /// <summary>Average passengers per day at the Heihe and Blagoveshchensk crossings, per reported period.</summary>
    public static Frame<int, string> HeihePassengers(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var traffic = catalog.Load(Datasets.BorderTraffic);
        var facilities = traffic.GetColumn<string>("facility").Values.Distinct().Where(f => f != Bridge).Order(StringComparer.Ordinal).ToList();
        var rows = facilities.SelectMany(f => Rows.Periods(traffic, "value", new Where("facility", f), new Where("measure", "passengers")).Select(p => (Facility: f, P: p))).OrderBy(x => x.P.Start).ToList();
        return new RowTable<(string Facility, PeriodValue P)>(rows)
            .Text("facility", r => r.Facility)
            .Text("period", r => Dates.Label(r.P.Start, r.P.End))
            .Number("passengers", r => r.P.Value)
            .Whole("days", r => r.P.Days)
            .Number("passengers_per_day", r => r.P.Value / r.P.Days)
            .Frame;
    }

    /// <summary>The per-day passenger averages of <see cref="HeihePassengers"/> as bars.</summary>
    public static GenericChart HeihePassengersChart(DataCatalog catalog)
    {
        var f = HeihePassengers(catalog);
        var labels = f.GetColumn<string>("facility").Values.Zip(f.GetColumn<string>("period").Values, (facility, p) => $"{FacilityName(facility)}, {p}").ToList();
        return HouseCharts.CategoryBars("Passengers crossing at Heihe–Blagoveshchensk (average per day)", "Passengers per day",
            "Heihe and Russian customs via Xinhua, biang.ru, TASS, People's Daily; dataset border-traffic",
            labels, [("CHN", "Passengers per day", f.GetColumn<double>("passengers_per_day").Values.ToList())]);
    }

    /// <summary>Full-year traveller flows between China and Russia (rows: year and direction; columns: measure).</summary>
    public static Frame<int, string> TourismFullYears(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var t = catalog.Load(Datasets.RussiaChinaTourism);
        var rows = new List<(int Year, string Direction, string Measure, double Value, string Unit)>();
        foreach (var r in t.RowKeys)
        {
            var start = t.GetColumn<DateOnly>("period_start")[r];
            var end = t.GetColumn<DateOnly>("period_end")[r];
            if (start.Month == 1 && start.Day == 1 && end == new DateOnly(start.Year, 12, 31))
            {
                rows.Add((start.Year, $"{t.GetColumn<string>("origin")[r]}→{t.GetColumn<string>("destination")[r]}", t.GetColumn<string>("measure")[r], t.GetColumn<double>("value")[r], t.GetColumn<string>("unit")[r]));
            }
        }

        rows = rows.OrderBy(r => r.Year).ThenBy(r => r.Direction, StringComparer.Ordinal).ThenBy(r => r.Measure, StringComparer.Ordinal).ToList();
        return new RowTable<(int Year, string Direction, string Measure, double Value, string Unit)>(rows)
            .Whole("year", r => r.Year)
            .Text("direction", r => r.Direction)
            .Text("measure", r => r.Measure)
            .Number("value", r => r.Value)
            .Text("unit", r => r.Unit)
            .Frame;
    }

    /// <summary>Chinese arrivals in Russia by year: all full-year figures, one series per measure (entries, tourist trips, all trips).</summary>
    public static GenericChart ChineseVisitorsChart(DataCatalog catalog)
    {
        var f = TourismFullYears(catalog);
        var measures = new[] { ("entries", "Entries (persons)"), ("tourist_trips", "Tourist trips"), ("all_trips", "All trips (FSB)") };
        var series = measures.Select(m =>
        {
            var points = ChineseArrivals(f, m.Item1).Observations.Select(o => ((double)o.Key, o.Value / 1000.0)).ToArray();
            return new ChartSeries(m.Item1, m.Item2, points);
        }).Where(s => s.Points.Count > 0);
        return HouseCharts.YearColumns("Chinese travellers to Russia before and after the border closure (thousands per year)", "Thousands per year",
            "Russian Border Service (FSB), ATOR and Russian officials via TASS and others; dataset russia-china-tourism", series);
    }

    /// <summary>Assesses "the newly-built bridge faces a lack of traffic".</summary>
    public static ClaimAssessment AssessBridge(DataCatalog catalog)
    {
        var f = BridgeUtilisation(catalog);
        var utilisation = f.GetColumn<double>("utilisation");
        var measure = f.GetColumn<string>("measure");
        var period = f.GetColumn<string>("period");
        var perDay = f.GetColumn<double>("observed_per_day");
        var design = f.GetColumn<double>("design_per_day");
        var max = f.RowKeys.MaxBy(r => utilisation[r]);
        var trucks = f.RowKeys.Where(r => measure[r] == "Trucks").ToList();
        var key = trucks.Count > 0 ? trucks[^1] : max;
        var verdict = utilisation[max] < 0.5 ? Verdict.Supported : utilisation[max] < 0.8 ? Verdict.Mixed : Verdict.NotSupported;
        return new ClaimAssessment(
            "bridge-traffic", "02-border-economy",
            "The newly-built bridge between China and Russia faces a lack of traffic.",
            verdict,
            $"{measure[key]}: {Format.N0(perDay[key])} a day against {Format.N0(design[key])} designed ({Format.Percent(utilisation[key])}), {period[key]}",
            f.RowKeys.Select(r => $"{measure[r]}, {period[r]}: {Format.N0(perDay[r])} a day on average, {Format.Percent(utilisation[r])} of the design capacity of {Format.N0(design[r])} a day.").ToList(),
            [
                "Design capacities are the concessionaire's figures; Russia's transport minister expected much less cargo at opening (see data/border-traffic/README.md).",
                "The bridge opened to freight in June 2022 and to regular passenger traffic only in December 2024, and a temporary checkpoint limits throughput.",
                "Per-day averages spread cumulative totals evenly over each period.",
            ],
            [Datasets.BorderTraffic, Datasets.FacilityCapacity]);
    }

    /// <summary>Assesses "COVID-19, closed borders and Russian poverty cut the flow of tourists" using the year before the closure and the article's year.</summary>
    public static ClaimAssessment AssessTourism(DataCatalog catalog, int beforeYear, int afterYear)
    {
        var f = TourismFullYears(catalog);
        double? Value(int year, string measure) => ChineseArrivals(f, measure).TryGet(year) is { HasValue: true } v ? v.Value : null;
        var before = Value(beforeYear, "tourist_trips") ?? throw new ArgumentException($"No full-year Chinese tourist trips to Russia for {beforeYear}.", nameof(beforeYear));
        var after = Value(afterYear, "tourist_trips") ?? throw new ArgumentException($"No full-year Chinese tourist trips to Russia for {afterYear}.", nameof(afterYear));
        var ratio = after / before;
        var verdict = ratio < 0.5 ? Verdict.Supported : ratio < 0.9 ? Verdict.Mixed : Verdict.NotSupported;
        var evidence = new List<string>
        {
            $"Chinese tourist trips to Russia: {Format.N0(before)} in {beforeYear}, {Format.N0(after)} in {afterYear} ({Format.Percent(ratio)} of the pre-closure level).",
        };
        var allTrips = Value(afterYear, "all_trips");
        if (allTrips is { } a)
        {
            evidence.Add($"All trips by Chinese citizens (business, work, transit included): {Format.N0(a)} in {afterYear}.");
        }

        var entries2024 = Value(afterYear + 1, "entries");
        if (entries2024 is { } e)
        {
            evidence.Add($"Recovery after the article: {Format.N0(e)} Chinese entries in {afterYear + 1}.");
        }

        return new ClaimAssessment(
            "border-tourism", "02-border-economy",
            "COVID-19, closed borders and Russian poverty cut the flow of tourists, and Heihe's shopping centres lack patrons.",
            verdict,
            $"Chinese tourist trips to Russia in {afterYear} were {Format.Percent(ratio)} of {beforeYear}",
            evidence,
            [
                $"The {beforeYear} figure is an official's round number; series from different agencies (FSB tourist trips, entries, ATOR) are not strictly comparable.",
                "No sourced series of Heihe shop turnover or of Russian visitors' spending was found: the 'lack of patrons' is not measured directly.",
                "The data cannot separate COVID rules from Russian incomes as causes.",
            ],
            [Datasets.RussiaChinaTourism, Datasets.BorderTraffic]);
    }

    /// <summary>Full-year arrivals of Chinese travellers in Russia on one measure, by year (from <see cref="TourismFullYears"/>).</summary>
    private static Series<int, double> ChineseArrivals(Frame<int, string> fullYears, string measure) =>
        Rows.ByYear(fullYears, "value", new Where("direction", "CHN→RUS"), new Where("measure", measure));

    private static string FacilityName(string id) => id switch
    {
        "heihe_river_checkpoint" => "Heihe river checkpoint",
        "heihe_port" => "Heihe port",
        "blagoveshchensk_checkpoint" => "Blagoveshchensk checkpoint",
        _ => id,
    };
}
