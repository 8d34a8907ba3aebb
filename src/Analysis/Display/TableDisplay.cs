using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Deedle;

namespace Analysis.Display;

/// <summary>Limits for displaying a table.</summary>
/// <param name="MaxRows">Rows shown before "… N more rows".</param>
/// <param name="MaxColumns">Columns shown before "… N more columns".</param>
/// <param name="MaxTextLength">Characters of a text value shown before it is cut with "…".</param>
public sealed record TableDisplayOptions(int MaxRows = 20, int MaxColumns = 12, int MaxTextLength = 80)
{
    /// <summary>The defaults used by the notebook formatters.</summary>
    public static TableDisplayOptions Default { get; } = new();
}

/// <summary>
/// Renders Deedle frames and series as compact tables: HTML for notebooks (header, row keys,
/// numbers right-aligned with thousands separators, missing values marked, long or wide tables
/// truncated with a count of what is hidden) and aligned plain text for text-only viewers.
/// Every value is HTML-escaped, so text from a dataset can never inject markup.
/// </summary>
/// <remarks>
/// Numbers: doubles show up to 3 decimals with thousands separators (<c>1,234.568</c>); integers
/// show thousands separators unless the column or key is a year (its name contains "year"), so
/// years read <c>2023</c>. All formatting is culture-invariant.
/// </remarks>
public static class TableDisplay
{
    /// <summary>Marker shown for a missing value.</summary>
    public const string Missing = "<missing>";

    /// <summary>Renders a frame or series (any key and value types) as HTML.</summary>
    /// <exception cref="ArgumentException"><paramref name="frameOrSeries"/> is neither a Deedle frame nor a series.</exception>
    public static string ToHtml(object frameOrSeries, TableDisplayOptions? options = null) =>
        Render(ToGrid(frameOrSeries, options ?? TableDisplayOptions.Default), html: true);

    /// <summary>Renders a frame or series (any key and value types) as aligned plain text.</summary>
    /// <exception cref="ArgumentException"><paramref name="frameOrSeries"/> is neither a Deedle frame nor a series.</exception>
    public static string ToText(object frameOrSeries, TableDisplayOptions? options = null) =>
        Render(ToGrid(frameOrSeries, options ?? TableDisplayOptions.Default), html: false);

    /// <summary>Renders a result record (its public properties, one per row) as an HTML table.</summary>
    public static string RecordToHtml(object record, TableDisplayOptions? options = null) =>
        Render(RecordGrid(record, options ?? TableDisplayOptions.Default), html: true);

    /// <summary>Renders a result record (its public properties, one per row) as aligned plain text.</summary>
    public static string RecordToText(object record, TableDisplayOptions? options = null) =>
        Render(RecordGrid(record, options ?? TableDisplayOptions.Default), html: false);

    private static Grid RecordGrid(object record, TableDisplayOptions options)
    {
        ArgumentNullException.ThrowIfNull(record);
        var properties = record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        var rows = properties.Select(p =>
        {
            var value = p.GetValue(record);
            var cell = value is null ? new Cell(Missing, false, true) : FormatValue(value, IsYearName(p.Name), options);
            return (p.Name, (IReadOnlyList<Cell>)new[] { cell });
        }).ToList();
        return new Grid(record.GetType().Name, "", ["value"], rows, 0, 0);
    }

    private sealed record Cell(string Text, bool Numeric, bool IsMissing);

    private sealed record Grid(string Caption, string KeyHeader, IReadOnlyList<string> Headers, IReadOnlyList<(string Key, IReadOnlyList<Cell> Cells)> Rows, int HiddenRows, int HiddenColumns);

    private static Grid ToGrid(object value, TableDisplayOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        var generic = FindGeneric(type, typeof(Frame<,>)) ?? FindGeneric(type, typeof(Series<,>))
            ?? throw new ArgumentException($"Expected a Deedle Frame<,> or Series<,>, got {type}.", nameof(value));
        var method = typeof(TableDisplay).GetMethod(generic.GetGenericTypeDefinition() == typeof(Frame<,>) ? nameof(FrameGrid) : nameof(SeriesGrid), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(generic.GetGenericArguments());
        return (Grid)method.Invoke(null, [value, options])!;
    }

    private static Type? FindGeneric(Type? type, Type definition)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
            {
                return type;
            }
        }

        return null;
    }

    private static Grid FrameGrid<TRow, TCol>(Frame<TRow, TCol> frame, TableDisplayOptions options)
        where TRow : notnull
        where TCol : notnull
    {
        var columns = frame.ColumnKeys.ToList();
        var shownColumns = columns.Take(options.MaxColumns).ToList();
        var rowKeys = frame.RowKeys.ToList();
        var shownRows = rowKeys.Take(options.MaxRows).ToList();
        var series = shownColumns.Select(c => frame.Columns[c]).ToList();
        var yearColumns = shownColumns.Select(c => IsYearName(Convert.ToString(c, CultureInfo.InvariantCulture))).ToList();
        var rows = shownRows.Select(r => (
            Key: FormatKey(r),
            Cells: (IReadOnlyList<Cell>)series.Select((s, i) =>
            {
                var v = s.TryGet(r);
                return v.HasValue ? FormatValue(v.Value, yearColumns[i], options) : new Cell(Missing, false, true);
            }).ToList())).ToList();
        var caption = $"Frame: {rowKeys.Count} rows × {columns.Count} columns";
        return new Grid(caption, "", shownColumns.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "").ToList(), rows, rowKeys.Count - shownRows.Count, columns.Count - shownColumns.Count);
    }

    private static Grid SeriesGrid<TKey, TValue>(Series<TKey, TValue> series, TableDisplayOptions options)
        where TKey : notnull
    {
        var keys = series.Keys.ToList();
        var shown = keys.Take(options.MaxRows).ToList();
        var rows = shown.Select(k =>
        {
            var v = series.TryGet(k);
            var cell = v.HasValue && v.Value is not null ? FormatValue(v.Value, false, options) : new Cell(Missing, false, true);
            return (FormatKey(k), (IReadOnlyList<Cell>)new[] { cell });
        }).ToList();
        return new Grid($"Series: {keys.Count} values", "key", ["value"], rows, keys.Count - shown.Count, 0);
    }

    private static bool IsYearName(string? name) => name is not null && name.Contains("year", StringComparison.OrdinalIgnoreCase);

    private static string FormatKey(object? key) => key switch
    {
        null => Missing,
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(key, CultureInfo.InvariantCulture) ?? "",
    };

    private static Cell FormatValue(object value, bool yearColumn, TableDisplayOptions options) => value switch
    {
        double d when double.IsNaN(d) => new Cell(Missing, false, true),
        double d => new Cell(d.ToString("#,##0.###", CultureInfo.InvariantCulture), true, false),
        float f => new Cell(f.ToString("#,##0.###", CultureInfo.InvariantCulture), true, false),
        decimal m => new Cell(m.ToString("#,##0.###", CultureInfo.InvariantCulture), true, false),
        int i => new Cell(i.ToString(yearColumn ? "0" : "#,##0", CultureInfo.InvariantCulture), true, false),
        long l => new Cell(l.ToString(yearColumn ? "0" : "#,##0", CultureInfo.InvariantCulture), true, false),
        DateOnly d => new Cell(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false, false),
        DateTime d => new Cell(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false, false),
        _ => new Cell(Cut(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", options.MaxTextLength), false, false),
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Render(Grid grid, bool html) => html ? RenderHtml(grid) : RenderText(grid);

    private static string RenderHtml(Grid g)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var sb = new StringBuilder();
        sb.Append("<table class=\"analysis-table\" style=\"border-collapse:collapse;font-size:12px;font-family:Arial,Helvetica,sans-serif\">");
        sb.Append("<caption style=\"text-align:left;color:#555;padding:2px 0\">").Append(E(g.Caption)).Append("</caption>");
        sb.Append("<thead><tr><th style=\"border-bottom:1px solid #999;padding:2px 8px\">").Append(E(g.KeyHeader)).Append("</th>");
        foreach (var h in g.Headers)
        {
            sb.Append("<th style=\"border-bottom:1px solid #999;padding:2px 8px;text-align:left\">").Append(E(h)).Append("</th>");
        }

        if (g.HiddenColumns > 0)
        {
            sb.Append("<th style=\"border-bottom:1px solid #999;padding:2px 8px;color:#777\">… ").Append(g.HiddenColumns).Append(" more columns</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var (key, cells) in g.Rows)
        {
            sb.Append("<tr><th style=\"padding:2px 8px;text-align:right;color:#555;font-weight:normal\">").Append(E(key)).Append("</th>");
            foreach (var c in cells)
            {
                var style = c.IsMissing ? "color:#999;font-style:italic" : c.Numeric ? "text-align:right;font-variant-numeric:tabular-nums" : "text-align:left";
                sb.Append("<td style=\"padding:2px 8px;").Append(style).Append("\">").Append(E(c.Text)).Append("</td>");
            }

            if (g.HiddenColumns > 0)
            {
                sb.Append("<td></td>");
            }

            sb.Append("</tr>");
        }

        if (g.HiddenRows > 0)
        {
            sb.Append("<tr><td colspan=\"").Append(g.Headers.Count + 1 + (g.HiddenColumns > 0 ? 1 : 0)).Append("\" style=\"padding:2px 8px;color:#777\">… ").Append(g.HiddenRows.ToString("#,##0", CultureInfo.InvariantCulture)).Append(" more rows</td></tr>");
        }

        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    private static string RenderText(Grid g)
    {
        var headers = new[] { g.KeyHeader }.Concat(g.Headers).ToList();
        if (g.HiddenColumns > 0)
        {
            headers.Add(string.Create(CultureInfo.InvariantCulture, $"… {g.HiddenColumns} more columns"));
        }

        var rows = g.Rows.Select(r => new[] { new Cell(r.Key, true, false) }.Concat(r.Cells).ToList()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 || i >= rows[0].Count ? 0 : rows.Max(r => r[i].Text.Length))).ToList();
        var sb = new StringBuilder();
        sb.AppendLine(g.Caption);
        // A column is right-aligned (header too) when any of its cells is a number.
        var numeric = headers.Select((_, i) => rows.Any(r => i < r.Count && r[i].Numeric)).ToList();
        sb.AppendLine(string.Join("  ", headers.Select((h, i) => numeric[i] ? h.PadLeft(widths[i]) : h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in rows)
        {
            sb.AppendLine(string.Join("  ", row.Select((c, i) => numeric[i] ? c.Text.PadLeft(widths[i]) : c.Text.PadRight(widths[i]))).TrimEnd());
        }

        if (g.HiddenRows > 0)
        {
            sb.Append("… ").Append(g.HiddenRows.ToString("#,##0", CultureInfo.InvariantCulture)).AppendLine(" more rows");
        }

        return sb.ToString().TrimEnd('\n', '\r');
    }
}
