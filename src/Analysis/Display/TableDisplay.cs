using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Analysis.Charts;
using Deedle;

namespace Analysis.Display;

/// <summary>Limits for displaying a table.</summary>
/// <param name="MaxRows">Rows shown (a longer table shows this many and says how many more).</param>
/// <param name="MaxColumns">Columns shown before "… N more columns".</param>
/// <param name="MaxTextLength">Characters of a text value shown before it is cut with "…".</param>
/// <param name="FoldAbove">Tables with more rows than this are folded behind "Show data" in HTML.</param>
public sealed record TableDisplayOptions(int MaxRows = 60, int MaxColumns = 12, int MaxTextLength = 80, int FoldAbove = 12)
{
    /// <summary>The defaults used by the notebook formatters.</summary>
    public static TableDisplayOptions Default { get; } = new();
}

/// <summary>
/// Renders Deedle frames, series and result records as tables a reader expects: headers in words with
/// their units ("exports_usd_bn" → "Exports (USD bn)"), shares shown as percentages, numbers with a
/// precision matched to their size (whole vehicles, one decimal of USD bn), ISO dates, ids in words,
/// "—" for a missing value with a footnote, and long tables folded behind "Show data". HTML for notebooks
/// and aligned plain text for text-only viewers. Every value is HTML-escaped.
/// </summary>
/// <remarks>
/// <para>Units and kinds come from the column's name, by the library's naming convention: a name ending in a
/// unit (<c>_usd_bn</c>, <c>_percent</c>, <c>_bcm</c>, <c>UsdMillions</c> …) gets it in the header; a name that
/// speaks of a share, a dependency, a growth rate or an effect without <c>percent</c> holds fractions, shown
/// as %; a name that counts things (units, vehicles, persons, per day, RUB) is shown in whole numbers.</para>
/// <para>Numbers otherwise: 1,000 and above without decimals, 100–1,000 with one, 1–100 with two, below 1 with
/// up to three. Integer columns named after a year print without separators. All formatting is culture-invariant.</para>
/// </remarks>
public static class TableDisplay
{
    /// <summary>Marker shown for a missing value.</summary>
    public const string Missing = "—";

    /// <summary>The footnote under a table with missing values.</summary>
    public const string MissingNote = "— no data (a gap, not a zero)";

    private static readonly (string[] Tokens, string Unit)[] Units =
    [
        (["usd", "bn"], "USD bn"), (["usd", "billions"], "USD bn"), (["usd", "mn"], "USD mn"), (["usd", "millions"], "USD mn"), (["eur", "bn"], "EUR bn"),
        (["usd", "mn", "2021"], "USD mn, 2021 prices"), (["cny", "bn"], "CNY bn"), (["rub", "per", "usd"], "RUB per USD"), (["percent"], "%"), (["bcm"], "bcm"),
        (["rub"], "RUB"), (["usd"], "USD"), (["mt"], "Mt"), (["per", "day"], "per day"), (["points"], "points"),
    ];

    private static readonly string[] FractionWords = ["share", "dependency", "dependence", "cagr", "growth", "effect", "valorem", "utilisation", "change", "gap", "tariff"];

    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "ten", "fifty", "hundred"];

    private static readonly string[] CountWords = ["units", "vehicles", "persons", "passengers", "day", "days", "rub", "cars", "trucks", "population", "total", "rows", "fee", "posts", "articles"];

    /// <summary>Renders a frame or series (any key and value types) as HTML.</summary>
    /// <exception cref="ArgumentException"><paramref name="frameOrSeries"/> is neither a Deedle frame nor a series.</exception>
    public static string ToHtml(object frameOrSeries, TableDisplayOptions? options = null) =>
        RenderHtml(ToGrid(frameOrSeries, options ?? TableDisplayOptions.Default), options ?? TableDisplayOptions.Default);

    /// <summary>Renders a frame or series (any key and value types) as aligned plain text.</summary>
    /// <exception cref="ArgumentException"><paramref name="frameOrSeries"/> is neither a Deedle frame nor a series.</exception>
    public static string ToText(object frameOrSeries, TableDisplayOptions? options = null) =>
        RenderText(ToGrid(frameOrSeries, options ?? TableDisplayOptions.Default));

    /// <summary>Renders a result record (its public properties, one per row) as an HTML table.</summary>
    public static string RecordToHtml(object record, TableDisplayOptions? options = null) =>
        RenderHtml(RecordGrid(record, options ?? TableDisplayOptions.Default), options ?? TableDisplayOptions.Default);

    /// <summary>Renders a result record (its public properties, one per row) as aligned plain text.</summary>
    public static string RecordToText(object record, TableDisplayOptions? options = null) =>
        RenderText(RecordGrid(record, options ?? TableDisplayOptions.Default));

    /// <summary>A column or property name in words with its unit: "exports_usd_bn" → "Exports (USD bn)", "ImportsFromSupplierUsdMillions" → "Imports from supplier (USD mn)".</summary>
    public static string Header(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsCode(name))
        {
            return name; // an ISO or group code ("JPN", "ASEAN") stays as the data and the parameters spell it
        }

        var tokens = Tokens(name);
        if (tokens.Count == 0)
        {
            return name;
        }

        var whole = Units.FirstOrDefault(u => tokens.SequenceEqual(u.Tokens));
        if (whole.Unit is not null)
        {
            return whole.Unit; // the name is its unit: "RubPerUsd" → "RUB per USD"
        }

        string? unit = null;
        foreach (var (unitTokens, label) in Units.OrderByDescending(u => u.Tokens.Length))
        {
            if (tokens.Count > unitTokens.Length && tokens.TakeLast(unitTokens.Length).SequenceEqual(unitTokens) && !IsPhrase(tokens, tokens.Count - unitTokens.Length))
            {
                unit = label;
                tokens = tokens.Take(tokens.Count - unitTokens.Length).ToList();
                break;
            }
        }

        if (unit is null && IsFraction(Tokens(name)))
        {
            unit = "%";
        }

        var words = Labels.Id(string.Join('_', tokens));
        return unit is null ? words : $"{words} ({unit})";
    }

    private sealed record Cell(string Text, bool Numeric, bool IsMissing);

    private sealed record Grid(string KeyHeader, IReadOnlyList<string> Headers, IReadOnlyList<(string Key, IReadOnlyList<Cell> Cells)> Rows, int HiddenRows, int HiddenColumns)
    {
        public bool HasMissing => Rows.Any(r => r.Cells.Any(c => c.IsMissing));
    }

    private enum Kind
    {
        Plain,
        Fraction,
        Percent,
        Count,
        Year,
    }

    private static List<string> Tokens(string name)
    {
        var spaced = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                spaced.Append('_');
            }

            spaced.Append(c == '-' || c == ' ' ? '_' : c);
        }

        return spaced.ToString().ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>An upper-case code of two to five letters: an ISO 3166 alpha-3 code or a group such as "EU", "ASEAN".</summary>
    private static bool IsCode(string name) => name.Length is >= 2 and <= 5 && name.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// Whether the unit word at <paramref name="at"/> belongs to a phrase rather than naming the unit: "five percent"
    /// ("IsWithinFivePercent"), "per USD" ("RubPerUsd").
    /// </summary>
    private static bool IsPhrase(IReadOnlyList<string> tokens, int at) => at > 0 && (NumberWords.Contains(tokens[at - 1]) || tokens[at - 1] == "per");

    /// <summary>Whether the name carries "percent" as its unit (not in a phrase such as "five percent").</summary>
    private static bool HasPercentUnit(IReadOnlyList<string> tokens) =>
        Enumerable.Range(0, tokens.Count).Any(i => tokens[i] == "percent" && !IsPhrase(tokens, i));

    /// <summary>Whether the name is a rate of one unit per another ("RUB per USD"): a price, not a count.</summary>
    private static bool IsRate(List<string> tokens)
    {
        var per = tokens.IndexOf("per");
        return per > 0 && per < tokens.Count - 1 && tokens[per + 1] != "day";
    }

    private static bool IsFraction(IReadOnlyList<string> tokens) =>
        !HasPercentUnit(tokens) && !tokens.Contains("points") && !tokens.Contains("usd") && !tokens.Contains("bcm") && tokens.Any(t => FractionWords.Contains(t));

    private static Kind KindOf(string? name)
    {
        if (name is null)
        {
            return Kind.Plain;
        }

        var tokens = Tokens(name);
        return tokens.Contains("year") || tokens.Contains("years") ? Kind.Year
            : HasPercentUnit(tokens) ? Kind.Percent
            : IsFraction(tokens) ? Kind.Fraction
            : IsRate(tokens) ? Kind.Plain
            : tokens.Any(t => CountWords.Contains(t)) ? Kind.Count
            : Kind.Plain;
    }

    private static Grid RecordGrid(object record, TableDisplayOptions options)
    {
        ArgumentNullException.ThrowIfNull(record);
        var properties = record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        var rows = properties.Select(p =>
        {
            var value = p.GetValue(record);
            var cell = value is null ? new Cell(Missing, false, true) : FormatValue(value, KindOf(p.Name), options);
            return (Header(p.Name), (IReadOnlyList<Cell>)new[] { cell });
        }).ToList();
        return new Grid("", ["value"], rows, 0, 0);
    }

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
        var kinds = shownColumns.Select(c => c is string s ? KindOf(s) : Kind.Plain).ToList();
        var ordinal = typeof(TRow) == typeof(int) && rowKeys.Select(k => (int)(object)k).SequenceEqual(Enumerable.Range(0, rowKeys.Count));
        var rows = shownRows.Select(r => (
            Key: ordinal ? "" : FormatKey(r),
            Cells: (IReadOnlyList<Cell>)series.Select((s, i) =>
            {
                var v = s.TryGet(r);
                return v.HasValue ? FormatValue(v.Value, kinds[i], options) : new Cell(Missing, false, true);
            }).ToList())).ToList();
        return new Grid("", shownColumns.Select(c => c is string s ? Header(s) : Convert.ToString(c, CultureInfo.InvariantCulture) ?? "").ToList(), rows, rowKeys.Count - shownRows.Count, columns.Count - shownColumns.Count);
    }

    private static Grid SeriesGrid<TKey, TValue>(Series<TKey, TValue> series, TableDisplayOptions options)
        where TKey : notnull
    {
        var keys = series.Keys.ToList();
        var shown = keys.Take(options.MaxRows).ToList();
        var rows = shown.Select(k =>
        {
            var v = series.TryGet(k);
            var cell = v.HasValue && v.Value is not null ? FormatValue(v.Value, Kind.Plain, options) : new Cell(Missing, false, true);
            return (FormatKey(k), (IReadOnlyList<Cell>)new[] { cell });
        }).ToList();
        return new Grid("", ["value"], rows, keys.Count - shown.Count, 0);
    }

    private static string FormatKey(object? key) => key switch
    {
        null => Missing,
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s when Labels.LooksLikeId(s) => Labels.Id(s),
        _ => Convert.ToString(key, CultureInfo.InvariantCulture) ?? "",
    };

    private static Cell FormatValue(object value, Kind kind, TableDisplayOptions options) => value switch
    {
        double d when !double.IsFinite(d) => new Cell(Missing, false, true),
        double d => new Cell(Number(d, kind), true, false),
        float f => new Cell(Number(f, kind), true, false),
        decimal m => new Cell(Number((double)m, kind), true, false),
        int i => new Cell(kind == Kind.Year ? i.ToString("0", CultureInfo.InvariantCulture) : kind == Kind.Fraction || kind == Kind.Percent ? Number(i, kind) : i.ToString("#,##0", CultureInfo.InvariantCulture), true, false),
        long l => new Cell(l.ToString(kind == Kind.Year ? "0" : "#,##0", CultureInfo.InvariantCulture), true, false),
        DateOnly d => new Cell(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false, false),
        DateTime d => new Cell(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false, false),
        bool b => new Cell(b ? "yes" : "no", false, false),
        string s when Labels.LooksLikeId(s) => new Cell(Cut(Labels.Id(s), options.MaxTextLength), false, false),
        string s => new Cell(Cut(s, options.MaxTextLength), false, false),
        System.Collections.IEnumerable items => new Cell(Cut(string.Join(", ", items.Cast<object>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture))), options.MaxTextLength), false, false),
        _ => new Cell(Cut(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", options.MaxTextLength), false, false),
    };

    /// <summary>A number with the precision its kind and size call for.</summary>
    private static string Number(double d, Kind kind)
    {
        var text = kind switch
        {
            Kind.Fraction => (d * 100).ToString("#,##0.0", CultureInfo.InvariantCulture) + "%",
            Kind.Percent => d.ToString("#,##0.0", CultureInfo.InvariantCulture),
            Kind.Count => d.ToString("#,##0", CultureInfo.InvariantCulture),
            Kind.Year => d.ToString("0", CultureInfo.InvariantCulture),
            _ => Math.Abs(d) >= 1000 ? d.ToString("#,##0", CultureInfo.InvariantCulture)
                : Math.Abs(d) >= 100 ? d.ToString("#,##0.0", CultureInfo.InvariantCulture)
                : Math.Abs(d) >= 1 ? d.ToString("#,##0.00", CultureInfo.InvariantCulture)
                : d.ToString("0.###", CultureInfo.InvariantCulture),
        };
        return text.StartsWith('-') ? "−" + text[1..] : text;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string RenderHtml(Grid g, TableDisplayOptions options)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var sb = new StringBuilder();
        sb.Append("<table style=\"border-collapse:collapse;font-size:12px;font-family:Arial,Helvetica,sans-serif\">");
        sb.Append("<thead><tr>");
        var hasKeys = g.Rows.Any(r => r.Key.Length > 0);
        if (hasKeys)
        {
            sb.Append("<th style=\"border-bottom:1px solid #999;padding:2px 8px\">").Append(E(g.KeyHeader)).Append("</th>");
        }

        foreach (var h in g.Headers)
        {
            sb.Append("<th style=\"border-bottom:1px solid #999;padding:2px 8px;text-align:left\">").Append(E(h)).Append("</th>");
        }

        if (g.HiddenColumns > 0)
        {
            sb.Append("<th style=\"border-bottom:1px solid #999;padding:2px 8px;color:#666\">… ").Append(g.HiddenColumns).Append(" more columns</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var (key, cells) in g.Rows)
        {
            sb.Append("<tr>");
            if (hasKeys)
            {
                sb.Append("<th style=\"padding:2px 8px;text-align:right;color:#444;font-weight:normal\">").Append(E(key)).Append("</th>");
            }

            foreach (var c in cells)
            {
                var style = c.IsMissing ? "text-align:center;color:#666" : c.Numeric ? "text-align:right;font-variant-numeric:tabular-nums" : "text-align:left";
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
            sb.Append("<tr><td colspan=\"").Append(g.Headers.Count + (hasKeys ? 1 : 0) + (g.HiddenColumns > 0 ? 1 : 0)).Append("\" style=\"padding:2px 8px;color:#666\">… ")
              .Append(g.HiddenRows.ToString("#,##0", CultureInfo.InvariantCulture)).Append(" more rows</td></tr>");
        }

        sb.Append("</tbody></table>");
        if (g.HasMissing)
        {
            sb.Append("<div style=\"font-size:11px;color:#555;font-family:Arial,Helvetica,sans-serif\">").Append(E(MissingNote)).Append("</div>");
        }

        var table = sb.ToString();
        var count = g.Rows.Count + g.HiddenRows;
        return count > options.FoldAbove
            ? $"<div class=\"analysis-table\"><details><summary style=\"cursor:pointer;color:#333;font-family:Arial,Helvetica,sans-serif;font-size:12px\">Show data ({count.ToString("#,##0", CultureInfo.InvariantCulture)} rows)</summary>{table}</details></div>"
            : $"<div class=\"analysis-table\">{table}</div>";
    }

    private static string RenderText(Grid g)
    {
        var hasKeys = g.Rows.Any(r => r.Key.Length > 0);
        var headers = (hasKeys ? new[] { g.KeyHeader } : []).Concat(g.Headers).ToList();
        if (g.HiddenColumns > 0)
        {
            headers.Add(string.Create(CultureInfo.InvariantCulture, $"… {g.HiddenColumns} more columns"));
        }

        var rows = g.Rows.Select(r => (hasKeys ? new[] { new Cell(r.Key, true, false) } : []).Concat(r.Cells).ToList()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 || i >= rows[0].Count ? 0 : rows.Max(r => r[i].Text.Length))).ToList();
        var sb = new StringBuilder();
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

        if (g.HasMissing)
        {
            sb.AppendLine(MissingNote);
        }

        return sb.ToString().TrimEnd('\n', '\r');
    }
}
