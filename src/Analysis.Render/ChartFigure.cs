using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analysis.Render;

/// <summary>One plotted series of a chart: its name and its points as plotted.</summary>
/// <param name="Name">The series' name (its legend entry), or <c>series N</c> when it has none.</param>
/// <param name="X">x values (numbers, strings or null for a gap), as in the figure.</param>
/// <param name="Y">y values, as in the figure. For a horizontal bar chart x is the value and y the category.</param>
/// <param name="XUnit">Unit of x, or null.</param>
/// <param name="YUnit">Unit of y, or null.</param>
public sealed record ChartSeriesData(string Name, IReadOnlyList<JsonNode?> X, IReadOnlyList<JsonNode?> Y, string? XUnit, string? YUnit);

/// <summary>
/// A chart as the report reads it from a notebook output: the Plotly figure JSON that
/// <c>ChartHtml.Fragment</c> writes into its script (<c>var fig={…};</c>), with the chart's
/// metadata from <c>layout.meta</c>.
/// </summary>
/// <remarks>
/// Contract with the chart builders: <c>layout.meta</c> = <c>{"title", "subtitle", "summary" (one
/// sentence), "source", "datasets": [ids], "xUnit", "yUnit"}</c>; a trace may carry its value's
/// unit in <c>meta.unit</c>, and a placeholder trace that marks missing values carries
/// <c>meta.noData = true</c> and is named <c>"&lt;series&gt;: no data"</c> (its points are written as
/// gaps of that series, never as zeros). Horizontal bars (<c>orientation: "h"</c>) hold the value
/// in x and the category in y. Where a field is missing, the figure stands in: the title from
/// <c>layout.title.text</c>, units from the axis titles, the source from the annotation that starts
/// with "Source:".
/// </remarks>
/// <param name="Title">What the chart shows (markup removed).</param>
/// <param name="Subtitle">Measure, units and scope, or null.</param>
/// <param name="Summary">One sentence saying what the chart shows, or null.</param>
/// <param name="Source">Where the data come from, or null.</param>
/// <param name="Datasets">Ids of the datasets in <c>data/datapackage.json</c> (empty when the figure does not say).</param>
/// <param name="Series">The plotted series.</param>
public sealed partial record ChartFigure(string Title, string? Subtitle, string? Summary, string? Source, IReadOnlyList<string> Datasets, IReadOnlyList<ChartSeriesData> Series)
{
    private const string FigureStart = "var fig=";

    /// <summary>How the chart builders name the placeholder trace of a series' missing values (<c>Russia: no data</c>).</summary>
    private const string NoDataSuffix = ": no data";

    /// <summary>The columns of <see cref="ToCsv"/>.</summary>
    public const string CsvHeader = "series,x,y,x_unit,y_unit,datasets,source";

    /// <summary>Alt text for the chart's image: its title, then the one-sentence summary when there is one.</summary>
    public string AltText => Analysis.Notebooks.ChartHtml.AltText(Title, Summary);

    /// <summary>
    /// Reads the figure from a chart output's HTML (<c>ChartHtml.Fragment</c>), or returns null when
    /// the HTML holds none.
    /// </summary>
    /// <exception cref="InvalidDataException">The HTML has a figure whose JSON cannot be read.</exception>
    public static ChartFigure? FromOutputHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var start = html.IndexOf(FigureStart, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(html[(start + FigureStart.Length)..]);
        JsonNode? figure;
        try
        {
            var reader = new Utf8JsonReader(bytes); // reads the one value at the start; what follows it is never read
            if (!reader.Read())
            {
                throw new InvalidDataException("the chart's figure JSON is empty.");
            }

            reader.Skip();
            figure = JsonNode.Parse(bytes.AsSpan(0, (int)reader.BytesConsumed));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the chart's figure JSON cannot be read: {e.Message}", e);
        }

        return figure is JsonObject o ? FromFigure(o) : throw new InvalidDataException("the chart's figure JSON is not an object.");
    }

    /// <summary>Reads a Plotly figure (<c>{"data": [...], "layout": {...}}</c>).</summary>
    public static ChartFigure FromFigure(JsonObject figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var layout = figure["layout"] as JsonObject ?? [];
        var meta = layout["meta"] as JsonObject;
        var traces = (figure["data"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var axisTitles = layout.Where(p => AxisKey().IsMatch(p.Key)).ToDictionary(p => p.Key, p => Plain(Text(p.Value?["title"]?["text"]) ?? Text(p.Value?["title"])), StringComparer.Ordinal);
        var oneXAxis = axisTitles.Keys.Count(k => k.StartsWith('x')) <= 1;
        var oneYAxis = axisTitles.Keys.Count(k => k.StartsWith('y')) <= 1;
        var units = traces.Where(t => t["meta"]?["unit"] is JsonValue).GroupBy(t => Text(t["name"]) ?? "").ToDictionary(g => g.Key, g => Text(g.First()["meta"]!["unit"]), StringComparer.Ordinal);
        var series = new List<ChartSeriesData>();
        for (var i = 0; i < traces.Count; i++)
        {
            var trace = traces[i];
            var horizontal = Text(trace["orientation"]) == "h";
            var noData = trace["meta"]?["noData"] is JsonValue nd && nd.TryGetValue<bool>(out var isGap) && isGap;
            var name = Text(trace["name"]);
            if (noData && name is not null && name.EndsWith(NoDataSuffix, StringComparison.Ordinal))
            {
                name = name[..^NoDataSuffix.Length]; // the placeholder of a gap belongs to its series
            }

            var y = Values(trace["y"]);
            var x = trace["x"] is JsonArray ? Values(trace["x"]) : Enumerable.Range(0, y.Count).Select(n => (JsonNode?)JsonValue.Create(n)).ToList();
            if (noData)
            {
                var values = horizontal ? x : y;
                for (var k = 0; k < values.Count; k++)
                {
                    values[k] = null; // drawn as a labelled stub, it is a missing value, not a zero
                }
            }

            // The value's unit: the trace's own (meta.unit, or its series'), else the figure's, else
            // the value axis's title; the other axis: the figure's unit for it, else its title.
            var valueUnit = Text(trace["meta"]?["unit"]) ?? units.GetValueOrDefault(name ?? "");
            var xAxis = axisTitles.GetValueOrDefault(AxisName("xaxis", Text(trace["xaxis"])));
            var yAxis = axisTitles.GetValueOrDefault(AxisName("yaxis", Text(trace["yaxis"])));
            var xUnit = horizontal
                ? valueUnit ?? (oneXAxis ? Text(meta?["xUnit"]) : null) ?? xAxis
                : (oneXAxis ? Text(meta?["xUnit"]) : null) ?? xAxis;
            var yUnit = horizontal
                ? yAxis
                : valueUnit ?? (oneYAxis ? Text(meta?["yUnit"]) : null) ?? yAxis;
            series.Add(new ChartSeriesData(Plain(name) ?? $"series {i + 1}", x, y, xUnit, yUnit));
        }

        var title = Plain(Text(meta?["title"])) ?? Plain(Text(layout["title"]?["text"]) ?? Text(layout["title"])) ?? "Chart";
        var source = Plain(Text(meta?["source"])) ?? SourceNote(layout);
        var datasets = (meta?["datasets"] as JsonArray ?? []).Select(Text).OfType<string>().ToList();
        return new ChartFigure(title, Plain(Text(meta?["subtitle"])), Plain(Text(meta?["summary"])), source, datasets, series);
    }

    /// <summary>
    /// The plotted data as CSV (RFC 4180, invariant culture, <c>\n</c> line ends): one row per
    /// point, columns <see cref="CsvHeader"/>; a gap (null) is an empty cell; the datasets are
    /// joined with spaces. A point repeated by a series drawn in several segments appears once.
    /// </summary>
    public string ToCsv()
    {
        var sb = new StringBuilder(CsvHeader).Append('\n');
        var datasets = string.Join(' ', Datasets);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in Series)
        {
            for (var i = 0; i < Math.Min(s.X.Count, s.Y.Count); i++)
            {
                var row = string.Join(',', new[] { s.Name, Cell(s.X[i]), Cell(s.Y[i]), s.XUnit ?? "", s.YUnit ?? "", datasets, Source ?? "" }.Select(Escape));
                if (seen.Add(row))
                {
                    sb.Append(row).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>A CSV cell: a number as JSON wrote it (invariant), a string as is, a gap empty.</summary>
    private static string Cell(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<double>(out var d) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };

    private static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static List<JsonNode?> Values(JsonNode? node) => node is JsonArray a ? a.Select(v => v?.DeepClone()).ToList() : [];

    private static string AxisName(string axis, string? reference) =>
        reference is { Length: > 1 } r ? axis + r[1..] : axis; // trace "y2" → layout "yaxis2"

    private static string? SourceNote(JsonObject layout) =>
        (layout["annotations"] as JsonArray ?? []).Select(a => Plain(Text(a?["text"])))
            .FirstOrDefault(t => t is not null && t.StartsWith("Source", StringComparison.OrdinalIgnoreCase)) is { } note
            ? SourcePrefix().Replace(note, "")
            : null;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string? Plain(string? text) => Analysis.Notebooks.ChartHtml.PlainText(text);

    [GeneratedRegex("^[xy]axis[0-9]*$")]
    private static partial Regex AxisKey();

    [GeneratedRegex(@"^Sources?\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SourcePrefix();
}
