using System.Globalization;
using Deedle;

namespace Analysis.Data;

/// <summary>A row filter: keep rows whose <paramref name="Column"/> equals <paramref name="Value"/>.</summary>
internal readonly record struct Where(string Column, string Value);

/// <summary>
/// One validated dataset as the typed readers see it: selections by column values that refuse to
/// guess. A filter value the column does not hold is an error that lists the values it does hold;
/// a combination of known values that matches nothing is an error that says which values exist for
/// the last filter given the others (so asking for a series in a unit the data does not hold names
/// the units it does); two rows for one key are an error, never an average or a sum.
/// </summary>
/// <remarks>Only the Data layer reads frames; every other layer calls the typed readers.</remarks>
internal sealed class DatasetView
{
    /// <summary>Name of the year column of year-keyed datasets.</summary>
    public const string YearColumn = "year";

    /// <summary>Name of the column that says how a source qualified a figure.</summary>
    public const string QualifierColumn = "qualifier";

    private readonly Frame<int, string> _frame;
    private readonly Dictionary<string, SourceKind> _sourceKinds;

    public DatasetView(DataCatalog catalog, string name)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Name = name;
        _frame = catalog.Load(name);
        _sourceKinds = catalog.Package.Resource(name).Sources.ToDictionary(s => s.Id, s => s.Kind, StringComparer.Ordinal);
    }

    /// <summary>The kind of the source a row cites (the loader has checked every <c>source_id</c> resolves).</summary>
    public SourceKind SourceKindOf(int row) => _sourceKinds[Column<string>("source_id")[row]];

    public string Name { get; }

    /// <summary>The distinct values of a text column, ordered.</summary>
    public IReadOnlyList<string> Distinct(string column) =>
        Column<string>(column).Values.Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Rows matching every filter, in file order.</summary>
    /// <exception cref="ArgumentException">A filter names an unknown column or value, or the filters together match no row.</exception>
    public IReadOnlyList<int> Matching(params Where[] filters)
    {
        var rows = _frame.RowKeys.ToList();
        var applied = new List<Where>();
        foreach (var filter in filters)
        {
            var values = Column<string>(filter.Column);
            var known = values.Values.Distinct().Order(StringComparer.Ordinal).ToList();
            if (!known.Contains(filter.Value, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Dataset '{Name}' has no {filter.Column} '{filter.Value}'. Known values: {string.Join(", ", known)}.", nameof(filters));
            }

            var kept = rows.Where(r => values.TryGetValue(r, out var v) && v == filter.Value).ToList();
            if (kept.Count == 0)
            {
                var available = rows.Where(values.ContainsKey).Select(r => values[r]).Distinct().Order(StringComparer.Ordinal).ToList();
                throw new ArgumentException(
                    $"Dataset '{Name}' has no rows with {Describe([.. applied, filter])}. For {Describe(applied)} it holds {filter.Column} {(available.Count == 0 ? "nothing" : string.Join(", ", available))}.",
                    nameof(filters));
            }

            rows = kept;
            applied.Add(filter);
        }

        return rows;
    }

    /// <summary>The matching rows' <paramref name="valueColumn"/> keyed by year, ascending.</summary>
    /// <exception cref="ArgumentException">See <see cref="Matching"/>; or two rows share a year.</exception>
    public Series<int, double> ByYear(string valueColumn, params Where[] filters)
    {
        var years = Column<int>(YearColumn);
        var values = Column<double>(valueColumn);
        var result = new SortedDictionary<int, double>();
        foreach (var row in Matching(filters).Where(values.ContainsKey))
        {
            if (!result.TryAdd(years[row], values[row]))
            {
                throw new ArgumentException($"Dataset '{Name}': two rows with {Describe(filters)} for {years[row]}.", nameof(filters));
            }
        }

        return new Series<int, double>(result.Keys, result.Values);
    }

    /// <summary>The matching rows' <paramref name="valueColumn"/> keyed by the date in <paramref name="dateColumn"/>, ascending.</summary>
    /// <exception cref="ArgumentException">See <see cref="Matching"/>; or two rows share a date.</exception>
    public Series<DateOnly, double> ByDate(string dateColumn, string valueColumn, params Where[] filters)
    {
        var dates = Column<DateOnly>(dateColumn);
        var values = Column<double>(valueColumn);
        var result = new SortedDictionary<DateOnly, double>();
        foreach (var row in Matching(filters).Where(values.ContainsKey))
        {
            if (!result.TryAdd(dates[row], values[row]))
            {
                throw new ArgumentException($"Dataset '{Name}': two rows with {Describe(filters)} for {dates[row].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", nameof(filters));
            }
        }

        return new Series<DateOnly, double>(result.Keys, result.Values);
    }

    /// <summary>The matching rows of a period dataset (<c>period_start</c>, <c>period_end</c>), ordered by start then end.</summary>
    public IReadOnlyList<PeriodValue> Periods(string valueColumn, params Where[] filters)
    {
        var starts = Column<DateOnly>("period_start");
        var ends = Column<DateOnly>("period_end");
        var values = Column<double>(valueColumn);
        var units = _frame.ColumnKeys.Contains(DataPackage.UnitField) ? Column<string>(DataPackage.UnitField) : [];
        var sources = Column<string>(TableValidator.SourceIdField);
        var notes = _frame.ColumnKeys.Contains("note") ? Column<string>("note") : [];
        var qualifiers = _frame.ColumnKeys.Contains(QualifierColumn) ? Column<string>(QualifierColumn) : [];
        return Matching(filters)
            .Where(values.ContainsKey)
            .Select(r => new PeriodValue(starts[r], ends[r], values[r], units.GetValueOrDefault(r, ""), sources[r], notes.GetValueOrDefault(r, ""), qualifiers.GetValueOrDefault(r, "")))
            .OrderBy(p => p.Start).ThenBy(p => p.End)
            .ToArray();
    }

    /// <summary>Full calendar years of <see cref="Periods"/>, keyed by year.</summary>
    /// <exception cref="ArgumentException">Two full-year rows for one year.</exception>
    public Series<int, double> FullYears(string valueColumn, params Where[] filters)
    {
        var result = new SortedDictionary<int, double>();
        foreach (var p in Periods(valueColumn, filters).Where(p => p.IsCalendarYear))
        {
            if (!result.TryAdd(p.Start.Year, p.Value))
            {
                throw new ArgumentException($"Dataset '{Name}': two full-year rows with {Describe(filters)} for {p.Start.Year}.", nameof(filters));
            }
        }

        return new Series<int, double>(result.Keys, result.Values);
    }

    /// <summary>The single value of <paramref name="valueColumn"/> in the row matching every filter.</summary>
    /// <exception cref="ArgumentException">No row or more than one row matches.</exception>
    public double One(string valueColumn, params Where[] filters)
    {
        var values = Column<double>(valueColumn);
        var matched = Matching(filters).Where(values.ContainsKey).ToList();
        return matched.Count == 1
            ? values[matched[0]]
            : throw new ArgumentException($"Dataset '{Name}': {matched.Count} rows with {Describe(filters)}; expected one.", nameof(filters));
    }

    /// <summary>Whether the dataset has a column.</summary>
    public bool Has(string column) => _frame.ColumnKeys.Contains(column);

    /// <summary>One column as a dictionary by row key (missing values absent).</summary>
    /// <exception cref="ArgumentException">The dataset has no such column.</exception>
    public Dictionary<int, T> Column<T>(string column)
    {
        if (!_frame.ColumnKeys.Contains(column))
        {
            throw new ArgumentException($"Dataset '{Name}' has no column '{column}'. Columns: {string.Join(", ", _frame.ColumnKeys)}.", nameof(column));
        }

        return _frame.GetColumn<T>(column).Observations.ToDictionary(o => o.Key, o => o.Value);
    }

    private static string Describe(IReadOnlyCollection<Where> filters) =>
        filters.Count == 0 ? "no filter" : string.Join(", ", filters.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Column}={f.Value}")));
}
