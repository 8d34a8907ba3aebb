namespace Analysis.Data;

/// <summary>
/// Reader of dataset <c>facility-capacity</c>: design capacities of the Blagoveshchensk–Heihe road
/// bridge and of the Power of Siberia pipeline. Each figure carries its unit; a reader asks for the
/// unit it expects and is refused any other.
/// </summary>
public static class FacilityCapacity
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.FacilityCapacity;

    /// <summary>Facility id of the Blagoveshchensk–Heihe road bridge.</summary>
    public const string Bridge = "blagoveshchensk_heihe_bridge";

    /// <summary>Facility id of the Power of Siberia pipeline.</summary>
    public const string PowerOfSiberia = "power_of_siberia";

    /// <summary>One design figure of a facility in the unit asked for.</summary>
    /// <exception cref="ArgumentException">Unknown facility or measure, or the figure is held in another unit (the message names it).</exception>
    public static double Value(DataCatalog data, string facility, string measure, string unit) =>
        new DatasetView(data, Dataset).One("value", new("facility", facility), new("measure", measure), new(DataPackage.UnitField, unit));

    /// <summary>Power of Siberia's design capacity, bcm per year.</summary>
    public static double PowerOfSiberiaBcmPerYear(DataCatalog data) => Value(data, PowerOfSiberia, "design_capacity", "bcm_per_year");

    /// <summary>
    /// The bridge's design capacity for each of <see cref="BridgeMeasure.All"/>, keyed by the measure's label:
    /// the design figure, its unit, and the days it covers (1 for a daily figure, 365 for a yearly one).
    /// </summary>
    public static Deedle.Frame<string, string> BridgeDesign(DataCatalog data)
    {
        var rows = BridgeMeasure.All.Select(m => (m.Label, Value: Value(data, Bridge, m.DesignMeasure, m.DesignUnit), m.DesignUnit, Days: m.DesignPerYear ? 365 : 1)).ToList();
        var keys = rows.Select(r => r.Label).ToArray();
        var b = new Deedle.FrameBuilder.Columns<string, string>();
        b.Add("design", new Deedle.Series<string, double>(keys, rows.Select(r => r.Value)));
        b.Add("design_unit", new Deedle.Series<string, string>(keys, rows.Select(r => r.DesignUnit)));
        b.Add("design_days", new Deedle.Series<string, int>(keys, rows.Select(r => r.Days)));
        return b.Frame;
    }
}

/// <summary>
/// One kind of traffic on the Blagoveshchensk–Heihe bridge, with the observed measure in
/// <c>border-traffic</c> and the design measure in <c>facility-capacity</c> that it is compared with,
/// in the same unit of count (vehicles, tonnes, persons).
/// </summary>
/// <param name="Label">Display label.</param>
/// <param name="ObservedMeasure">Measure in <c>border-traffic</c>.</param>
/// <param name="ObservedUnit">Its unit.</param>
/// <param name="DesignMeasure">Measure in <c>facility-capacity</c>.</param>
/// <param name="DesignUnit">Its unit (per day or per year).</param>
/// <param name="DesignPerYear">Whether the design figure is per year (else per day).</param>
public sealed record BridgeMeasure(string Label, string ObservedMeasure, string ObservedUnit, string DesignMeasure, string DesignUnit, bool DesignPerYear)
{
    /// <summary>The four kinds of traffic with both an observed total and a design figure.</summary>
    public static IReadOnlyList<BridgeMeasure> All { get; } =
    [
        new("Trucks", "trucks", "vehicles", "trucks_per_day", "vehicles_per_day", false),
        new("All vehicles", "vehicles", "vehicles", "vehicles_per_year", "vehicles_per_year", true),
        new("Cargo (tonnes)", "cargo_t", "t", "cargo_per_year", "t_per_year", true),
        new("Passengers", "passengers", "persons", "passengers_per_year", "persons_per_year", true),
    ];
}

/// <summary>
/// Reader of dataset <c>border-traffic</c>: observed traffic at the Blagoveshchensk–Heihe crossings,
/// each row a total over a reported period in its own unit.
/// </summary>
public static class BorderTraffic
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.BorderTraffic;

    /// <summary>Every facility id the dataset holds.</summary>
    public static IReadOnlyList<string> Facilities(DataCatalog data) => new DatasetView(data, Dataset).Distinct("facility");

    /// <summary>Observed totals of one measure at one facility, every reported period, in the unit asked for.</summary>
    /// <exception cref="ArgumentException">Unknown facility or measure, or the measure is held in another unit.</exception>
    public static IReadOnlyList<PeriodValue> Periods(DataCatalog data, string facility, string measure, string unit) =>
        new DatasetView(data, Dataset).Periods("value", new("facility", facility), new("measure", measure), new(DataPackage.UnitField, unit));

    /// <summary>
    /// Reported passenger totals (persons) at every crossing other than the bridge, keyed by a readable
    /// name of the crossing ("Heihe river checkpoint"), each list ordered by period.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<PeriodValue>> PassengerCrossings(DataCatalog data)
    {
        var view = new DatasetView(data, Dataset);
        var facility = view.Column<string>("facility");
        var measure = view.Column<string>("measure");
        var crossings = facility.Keys.Where(r => measure[r] == "passengers" && facility[r] != FacilityCapacity.Bridge).Select(r => facility[r]).Distinct().Order(StringComparer.Ordinal);
        return crossings.ToDictionary(Readable, f => Periods(data, f, "passengers", "persons"), StringComparer.Ordinal);
    }

    private static string Readable(string id) => id.Length == 0 ? id : char.ToUpperInvariant(id[0]) + id[1..].Replace('_', ' ');

    /// <summary>
    /// Observed totals on the bridge for each of <see cref="BridgeMeasure.All"/> and each reported period:
    /// measure label, period label, first and last day, days, total and unit (ordinal rows, by measure then period).
    /// </summary>
    public static Deedle.Frame<int, string> BridgeTotals(DataCatalog data)
    {
        var rows = BridgeMeasure.All
            .SelectMany(m => Periods(data, FacilityCapacity.Bridge, m.ObservedMeasure, m.ObservedUnit).Select(p => (m.Label, P: p)))
            .ToList();
        return Tables.FromRows(rows)
            .Text("measure", r => r.Label)
            .Text("period", r => r.P.Label)
            .Date("period_start", r => r.P.Start)
            .Date("period_end", r => r.P.End)
            .Whole("days", r => r.P.Days)
            .Number("total", r => r.P.Value)
            .Text("unit", r => r.P.Unit)
            .Frame;
    }
}

/// <summary>One agency's full-year count of travellers in one direction.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Measure">What was counted (visitors, tourist trips, all trips …).</param>
/// <param name="Agency">Who counted.</param>
/// <param name="Unit">persons, person_times or trips.</param>
/// <param name="Value">The count.</param>
/// <param name="Qualifier">How the source qualified it (about, more_than …), or empty.</param>
public sealed record TravellerCount(int Year, string Measure, string Agency, string Unit, double Value, string Qualifier)
{
    /// <summary>The series the count belongs to: measure, agency and unit.</summary>
    public string Series => $"{Measure.Replace('_', ' ')} counted by {Agency.Replace('_', ' ')} ({Unit.Replace('_', ' ')})";

    /// <summary>Whether <paramref name="other"/> counts the same thing the same way (measure, agency and unit).</summary>
    public bool IsLikeFor(TravellerCount other) =>
        other is not null && other.Measure == Measure && other.Agency == Agency && other.Unit == Unit;

    /// <summary>The count as published, e.g. "about 2,000,000".</summary>
    public string Published => (Qualifier.Length > 0 ? Qualifiers.Text(Qualifier) + " " : "") + Value.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Reader of dataset <c>russia-china-tourism</c>: traveller flows between China and Russia by
/// direction, measure (visitors, tourist trips, all trips …), the agency that counted them, and unit
/// (persons, person-times, trips). A series is one direction, one measure, one agency and one unit:
/// agencies count different things, so they are never mixed.
/// </summary>
public static class RussiaChinaTourism
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.RussiaChinaTourism;

    /// <summary>One measure of one direction by one agency, every reported period, in the unit asked for.</summary>
    /// <exception cref="ArgumentException">Unknown direction, measure or agency, or the agency counts it in another unit (the message names it).</exception>
    public static IReadOnlyList<PeriodValue> Periods(DataCatalog data, string origin, string destination, string measure, string agency, string unit) =>
        new DatasetView(data, Dataset).Periods("value", Filters(origin, destination, measure, agency, unit));

    /// <summary>Full calendar years of <see cref="Periods"/>, keyed by year.</summary>
    public static Deedle.Series<int, double> FullYears(DataCatalog data, string origin, string destination, string measure, string agency, string unit) =>
        new DatasetView(data, Dataset).FullYears("value", Filters(origin, destination, measure, agency, unit));

    /// <summary>
    /// What the dataset holds: one row per direction, measure, agency and unit, with the full calendar years
    /// it covers, so an analyst can pick a like-for-like series.
    /// </summary>
    public static Deedle.Frame<int, string> Selections(DataCatalog data)
    {
        var view = new DatasetView(data, Dataset);
        var origin = view.Column<string>("origin");
        var destination = view.Column<string>("destination");
        var measure = view.Column<string>("measure");
        var agency = view.Column<string>("agency");
        var unit = view.Column<string>(DataPackage.UnitField);
        var groups = origin.Keys
            .GroupBy(r => (Origin: origin[r], Destination: destination[r], Measure: measure[r], Agency: agency[r], Unit: unit[r]))
            .OrderBy(g => g.Key.Origin, StringComparer.Ordinal).ThenBy(g => g.Key.Destination, StringComparer.Ordinal).ThenBy(g => g.Key.Measure, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Agency, StringComparer.Ordinal).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g => (g.Key, Years: FullYears(data, g.Key.Origin, g.Key.Destination, g.Key.Measure, g.Key.Agency, g.Key.Unit).Keys.ToList(), Rows: g.Count()))
            .ToList();
        return Tables.FromRows(groups)
            .Text("origin", g => g.Key.Origin)
            .Text("destination", g => g.Key.Destination)
            .Text("measure", g => g.Key.Measure)
            .Text("agency", g => g.Key.Agency)
            .Text("unit", g => g.Key.Unit)
            .Whole("rows", g => g.Rows)
            .Text("full_years", g => string.Join(", ", g.Years))
            .Frame;
    }

    /// <summary>
    /// Every full-year count of travellers in one direction, whatever the measure, agency and unit, ordered by
    /// year: the material for comparing like with like, or for showing that no like-for-like pair exists.
    /// </summary>
    public static IReadOnlyList<TravellerCount> FullYearCounts(DataCatalog data, string origin, string destination)
    {
        var view = new DatasetView(data, Dataset);
        var measure = view.Column<string>("measure");
        var agency = view.Column<string>("agency");
        var starts = view.Column<DateOnly>("period_start");
        var ends = view.Column<DateOnly>("period_end");
        var values = view.Column<double>("value");
        var units = view.Column<string>(DataPackage.UnitField);
        var qualifiers = view.Column<string>(DatasetView.QualifierColumn);
        return view.Matching(new("origin", origin), new("destination", destination))
            .Where(r => starts[r] == new DateOnly(starts[r].Year, 1, 1) && ends[r] == new DateOnly(starts[r].Year, 12, 31))
            .Select(r => new TravellerCount(starts[r].Year, measure[r], agency[r], units[r], values[r], qualifiers.GetValueOrDefault(r, "")))
            .OrderBy(c => c.Year).ThenBy(c => c.Agency, StringComparer.Ordinal).ThenBy(c => c.Measure, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>What a selection counts, in words, e.g. "Russia → China, visitors counted by russian mfa (persons)", with the country names from the data.</summary>
    public static string Describe(DataCatalog data, string origin, string destination, string measure, string agency, string unit) =>
        $"{Countries.Name(data, origin)} → {Countries.Name(data, destination)}, {measure.Replace('_', ' ')} counted by {agency.Replace('_', ' ')} ({unit.Replace('_', ' ')})";

    private static Where[] Filters(string origin, string destination, string measure, string agency, string unit) =>
        [new("origin", origin), new("destination", destination), new("measure", measure), new("agency", agency), new(DataPackage.UnitField, unit)];
}
