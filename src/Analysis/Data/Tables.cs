using Deedle;

namespace Analysis.Data;

/// <summary>Builds small display frames from computed rows.</summary>
public static class Tables
{
    /// <summary>Starts a frame with ordinal row keys (0, 1, ...) over <paramref name="rows"/>; add columns one at a time.</summary>
    public static RowTable<T> FromRows<T>(IReadOnlyList<T> rows) => new(rows);

    /// <summary>
    /// A frame with one row per record and one column per public property of type <c>int</c>,
    /// <c>double</c>, <c>string</c> or <see cref="DateOnly"/> (column named after the property), rows
    /// keyed 0, 1, ... in order.
    /// </summary>
    public static Frame<int, string> FromRecords<T>(IEnumerable<T> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        var keys = Enumerable.Range(0, list.Count).ToArray();
        var builder = new FrameBuilder.Columns<int, string>();
        foreach (var p in typeof(T).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            if (p.PropertyType == typeof(double))
            {
                builder.Add(p.Name, new Series<int, double>(keys, list.Select(r => (double)p.GetValue(r)!)));
            }
            else if (p.PropertyType == typeof(int))
            {
                builder.Add(p.Name, new Series<int, int>(keys, list.Select(r => (int)p.GetValue(r)!)));
            }
            else if (p.PropertyType == typeof(string))
            {
                builder.Add(p.Name, new Series<int, string>(keys, list.Select(r => (string?)p.GetValue(r) ?? "")));
            }
            else if (p.PropertyType == typeof(DateOnly))
            {
                builder.Add(p.Name, new Series<int, DateOnly>(keys, list.Select(r => (DateOnly)p.GetValue(r)!)));
            }
        }

        return builder.Frame;
    }

    /// <summary>The named columns of a frame, in the order given, for display.</summary>
    /// <exception cref="ArgumentException">A column is not in the frame (the message lists its columns).</exception>
    public static Frame<TRow, TColumn> SelectColumns<TRow, TColumn>(Frame<TRow, TColumn> frame, params TColumn[] columns)
        where TRow : notnull
        where TColumn : notnull
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(columns);
        var builder = new FrameBuilder.Columns<TRow, TColumn>();
        foreach (var c in columns)
        {
            if (!frame.ColumnKeys.Contains(c))
            {
                throw new ArgumentException($"The frame has no column '{c}'. Columns: {string.Join(", ", frame.ColumnKeys)}.", nameof(columns));
            }

            builder.Add(c, frame.Columns[c]);
        }

        return builder.Frame;
    }

    /// <summary>A frame of named series keyed by text (partners, categories): one column each, rows in the first series' order.</summary>
    public static Frame<string, string> ByKey(params (string Column, Series<string, double> Values)[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var builder = new FrameBuilder.Columns<string, string>();
        foreach (var (name, values) in columns)
        {
            builder.Add(name, values);
        }

        return builder.Frame;
    }

    /// <summary>A few named numbers as a series keyed by name, for display.</summary>
    public static Series<string, double> Values(params (string Name, double Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new Series<string, double>(values.Select(v => v.Name), values.Select(v => v.Value));
    }

    /// <summary>A year-keyed frame of named series (one column each), rows sorted by year; a year a series lacks is a missing value.</summary>
    public static Frame<int, string> ByYear(params (string Column, Series<int, double> Values)[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var builder = new FrameBuilder.Columns<int, string>();
        foreach (var (name, values) in columns)
        {
            builder.Add(name, values);
        }

        return builder.Frame.SortRowsByKey();
    }
}

/// <summary>
/// Builds a frame with ordinal row keys (0, 1, ...) from a list of rows, one typed column at a time.
/// </summary>
/// <typeparam name="T">Row type.</typeparam>
public sealed class RowTable<T>
{
    private readonly IReadOnlyList<T> _rows;
    private readonly FrameBuilder.Columns<int, string> _builder = new();
    private readonly int[] _keys;

    internal RowTable(IReadOnlyList<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = rows;
        _keys = Enumerable.Range(0, rows.Count).ToArray();
    }

    /// <summary>The frame built so far.</summary>
    public Frame<int, string> Frame => _builder.Frame;

    /// <summary>Adds a text column.</summary>
    public RowTable<T> Text(string name, Func<T, string> value) => Add(name, new Series<int, string>(_keys, _rows.Select(value)));

    /// <summary>Adds a whole-number column.</summary>
    public RowTable<T> Whole(string name, Func<T, int> value) => Add(name, new Series<int, int>(_keys, _rows.Select(value)));

    /// <summary>Adds a date column.</summary>
    public RowTable<T> Date(string name, Func<T, DateOnly> value) => Add(name, new Series<int, DateOnly>(_keys, _rows.Select(value)));

    /// <summary>Adds a number column; NaN is a missing value.</summary>
    public RowTable<T> Number(string name, Func<T, double> value) => Add(name, new Series<int, double>(_keys, _rows.Select(value)));

    private RowTable<T> Add(string name, ISeries<int> column)
    {
        _builder.Add(name, column);
        return this;
    }
}
