using System.Globalization;
using Deedle;

namespace Analysis.Data;

/// <summary>A row filter: keep rows whose <paramref name="Column"/> equals <paramref name="Value"/>.</summary>
public readonly record struct Where(string Column, string Value);

/// <summary>One dated observation of a period dataset (columns <c>period_start</c>, <c>period_end</c>).</summary>
/// <param name="Start">First day of the period.</param>
/// <param name="End">Last day of the period.</param>
/// <param name="Value">The figure, in <paramref name="Unit"/>.</param>
/// <param name="Unit">Unit of the figure.</param>
/// <param name="SourceId">Source id, resolved in the manifest.</param>
/// <param name="Note">Caveat, or empty.</param>
public sealed record PeriodValue(DateOnly Start, DateOnly End, double Value, string Unit, string SourceId, string Note)
{
    /// <summary>Whether the period is one whole calendar year.</summary>
    public bool IsCalendarYear => Start.Month == 1 && Start.Day == 1 && End == new DateOnly(Start.Year, 12, 31);

    /// <summary>Length of the period in days (inclusive).</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;
}

/// <summary>
/// Filters and reshapes validated dataset frames into the series the calculations take. Pure:
/// the input frame is never changed. A selection that would silently merge rows (two rows for the
/// same year) is an error, never an average or a sum.
/// </summary>
public static class Rows
{
    /// <summary>Name of the year column of year-keyed datasets.</summary>
    public const string YearColumn = "year";

    /// <summary>
    /// The rows of <paramref name="frame"/> matching all <paramref name="filters"/>, as a series of
    /// <paramref name="valueColumn"/> keyed by year (ascending). Years without a row are absent.
    /// </summary>
    /// <exception cref="ArgumentException">A column does not exist, or two matching rows share a year.</exception>
    public static Series<int, double> ByYear(Frame<int, string> frame, string valueColumn, params Where[] filters)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var rows = Matching(frame, filters);
        var years = Column<int>(frame, YearColumn);
        var values = Column<double>(frame, valueColumn);
        var result = new SortedDictionary<int, double>();
        foreach (var row in rows)
        {
            var year = years[row];
            if (!values.TryGetValue(row, out var value))
            {
                continue;
            }

            if (!result.TryAdd(year, value))
            {
                throw new ArgumentException($"Two rows match {Describe(filters)} for year {year}; add a filter that tells them apart.", nameof(filters));
            }
        }

        return new Series<int, double>(result.Keys, result.Values);
    }

    /// <summary>The period rows matching all <paramref name="filters"/>, ordered by start then end date.</summary>
    /// <exception cref="ArgumentException">The frame lacks a period column or a named column.</exception>
    public static IReadOnlyList<PeriodValue> Periods(Frame<int, string> frame, string valueColumn, params Where[] filters)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var rows = Matching(frame, filters);
        var starts = Column<DateOnly>(frame, "period_start");
        var ends = Column<DateOnly>(frame, "period_end");
        var values = Column<double>(frame, valueColumn);
        var units = frame.ColumnKeys.Contains("unit") ? Column<string>(frame, "unit") : new Dictionary<int, string>();
        var sources = Column<string>(frame, "source_id");
        var notes = frame.ColumnKeys.Contains("note") ? Column<string>(frame, "note") : new Dictionary<int, string>();
        return rows
            .Where(values.ContainsKey)
            .Select(r => new PeriodValue(starts[r], ends[r], values[r], units.GetValueOrDefault(r, ""), sources[r], notes.GetValueOrDefault(r, "")))
            .OrderBy(p => p.Start).ThenBy(p => p.End)
            .ToArray();
    }

    /// <summary>The single value of <paramref name="valueColumn"/> in the row matching all <paramref name="filters"/>.</summary>
    /// <exception cref="ArgumentException">No row or more than one row matches.</exception>
    public static double One(Frame<int, string> frame, string valueColumn, params Where[] filters)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var rows = Matching(frame, filters).ToList();
        var values = Column<double>(frame, valueColumn);
        var matched = rows.Where(values.ContainsKey).ToList();
        return matched.Count switch
        {
            1 => values[matched[0]],
            0 => throw new ArgumentException($"No row matches {Describe(filters)}.", nameof(filters)),
            _ => throw new ArgumentException($"{matched.Count} rows match {Describe(filters)}; expected one.", nameof(filters)),
        };
    }

    /// <summary>
    /// The series of <paramref name="valueColumn"/> keyed by the date in <paramref name="dateColumn"/>
    /// (ascending), over the rows matching all <paramref name="filters"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A column does not exist, or two matching rows share a date.</exception>
    public static Series<DateOnly, double> ByDate(Frame<int, string> frame, string dateColumn, string valueColumn, params Where[] filters)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var dates = Column<DateOnly>(frame, dateColumn);
        var values = Column<double>(frame, valueColumn);
        var result = new SortedDictionary<DateOnly, double>();
        foreach (var row in Matching(frame, filters).Where(values.ContainsKey))
        {
            if (!result.TryAdd(dates[row], values[row]))
            {
                throw new ArgumentException($"Two rows match {Describe(filters)} for {dates[row]:yyyy-MM-dd}; add a filter that tells them apart.", nameof(filters));
            }
        }

        return new Series<DateOnly, double>(result.Keys, result.Values);
    }

    /// <summary>The row keys of <paramref name="frame"/> whose text columns equal all <paramref name="filters"/>, in frame order.</summary>
    /// <exception cref="ArgumentException">A filter names a column the frame does not have.</exception>
    public static IEnumerable<int> Matching(Frame<int, string> frame, params Where[] filters)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columns = filters.Select(f => (f.Value, Values: Column<string>(frame, f.Column))).ToList();
        return frame.RowKeys.Where(r => columns.All(c => c.Values.TryGetValue(r, out var v) && v == c.Value));
    }

    private static Dictionary<int, T> Column<T>(Frame<int, string> frame, string column)
    {
        if (!frame.ColumnKeys.Contains(column))
        {
            throw new ArgumentException($"The frame has no column '{column}'. Columns: {string.Join(", ", frame.ColumnKeys)}.", nameof(column));
        }

        return frame.GetColumn<T>(column).Observations.ToDictionary(o => o.Key, o => o.Value);
    }

    private static string Describe(Where[] filters) =>
        filters.Length == 0 ? "(no filter)" : string.Join(", ", filters.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Column}={f.Value}")));
}
