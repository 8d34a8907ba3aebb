using System.Globalization;
using DynamicObj;
using Plotly.NET;
using Plotly.NET.CSharp;
using CS = Plotly.NET.CSharp;

namespace Analysis.Charts;

/// <summary>
/// Chart builders in the house style: a title that names the unit, labelled axes, integer year
/// ticks, one colour per country (<see cref="CountryPalette"/>), and a source note under every chart.
/// They return a Plotly.NET <see cref="GenericChart"/> and never display or save it.
/// </summary>
public static class HouseCharts
{
    /// <summary>Chart width in pixels, also used for static images.</summary>
    public const int WidthPixels = 900;

    /// <summary>Chart height in pixels, also used for static images.</summary>
    public const int HeightPixels = 520;

    /// <summary>Lines over years, one per series.</summary>
    /// <param name="title">Chart title, naming the unit, e.g. "China's trade with partners (USD bn)".</param>
    /// <param name="yAxisTitle">Y axis title with unit.</param>
    /// <param name="sourceNote">Datasets and publishers, printed under the chart after "Source: ".</param>
    /// <param name="series">The lines.</param>
    /// <param name="referenceLines">Optional horizontal lines (capacity, target).</param>
    public static GenericChart YearLines(string title, string yAxisTitle, string sourceNote, IEnumerable<ChartSeries> series, IEnumerable<ReferenceLine>? referenceLines = null)
    {
        var list = Checked(title, yAxisTitle, sourceNote, series);
        return Styled(CS.Chart.Combine(list.SelectMany(LineSegments)), title, "Year", yAxisTitle, sourceNote, yearAxis: true, barMode: null, referenceLines);
    }

    /// <summary>Vertical bars over years, one group (or stack) per series.</summary>
    /// <param name="stacked">Stack the series instead of grouping them side by side.</param>
    /// <param name="referenceLines">Optional horizontal lines (capacity, target).</param>
    /// <param name="title">Chart title, naming the unit.</param>
    /// <param name="yAxisTitle">Y axis title with unit.</param>
    /// <param name="sourceNote">Datasets and publishers, printed under the chart after "Source: ".</param>
    /// <param name="series">The series to draw.</param>
    public static GenericChart YearColumns(string title, string yAxisTitle, string sourceNote, IEnumerable<ChartSeries> series, bool stacked = false, IEnumerable<ReferenceLine>? referenceLines = null)
    {
        var list = Checked(title, yAxisTitle, sourceNote, series);
        var traces = list.Select(s => CS.Chart.Column<double, double, string>(
            s.Points.Select(p => p.Y), Keys: s.Points.Select(p => p.X).ToArray(),
            Name: s.Name, MarkerColor: Color.fromHex(CountryPalette.ColourOf(s.Key))));
        return Styled(CS.Chart.Combine(traces), title, "Year", yAxisTitle, sourceNote, yearAxis: true, barMode: stacked ? "relative" : "group", referenceLines);
    }

    /// <summary>Horizontal bars for categories (countries, measures), one group per series.</summary>
    /// <param name="title">Chart title with unit.</param>
    /// <param name="valueAxisTitle">Title of the value (x) axis, with unit.</param>
    /// <param name="sourceNote">Datasets and publishers.</param>
    /// <param name="categories">Category labels, top to bottom.</param>
    /// <param name="series">For each series: key (colour), legend name and one value per category (NaN = no bar).</param>
    /// <param name="referenceLine">Optional vertical reference line (e.g. the 2% NATO guideline) at this value.</param>
    public static GenericChart CategoryBars(string title, string valueAxisTitle, string sourceNote, IReadOnlyList<string> categories, IEnumerable<(string Key, string Name, IReadOnlyList<double> Values)> series, double? referenceLine = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        var list = series.ToList();
        if (list.Count == 0 || categories.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one category and one series.", nameof(series));
        }

        var traces = list.Select(s =>
        {
            if (s.Values.Count != categories.Count)
            {
                throw new ArgumentException($"Series '{s.Name}' has {s.Values.Count} values for {categories.Count} categories.", nameof(series));
            }

            var kept = Enumerable.Range(0, categories.Count).Where(i => double.IsFinite(s.Values[i])).ToArray();
            return CS.Chart.Bar<double, string, string>(
                kept.Select(i => s.Values[i]), Keys: kept.Select(i => categories[i]).ToArray(),
                Name: s.Name, MarkerColor: Color.fromHex(CountryPalette.ColourOf(s.Key)));
        });
        var chart = Styled(CS.Chart.Combine(traces), title, valueAxisTitle, "", sourceNote, yearAxis: false, barMode: "group", referenceLines: null);
        var layout = GenericChart.getLayout(chart);
        // Room for every category label: taller charts for long lists.
        layout.SetProperty("height", Math.Max(HeightPixels, 170 + (categories.Count * (8 + (12 * list.Count)))));
        var yaxis = Obj(("autorange", "reversed"), ("automargin", true), ("categoryorder", "array"), ("categoryarray", categories.ToArray()));
        layout.SetProperty("yaxis", yaxis);
        if (referenceLine is { } x)
        {
            layout.SetProperty("shapes", new[] { Obj(("type", "line"), ("xref", "x"), ("yref", "paper"), ("x0", x), ("x1", x), ("y0", 0), ("y1", 1), ("line", Obj(("color", "#444444"), ("dash", "dash"), ("width", 1.5)))) });
        }

        return GenericChart.setLayout(layout, chart);
    }

    /// <summary>Lines over a numeric x axis that is not years (e.g. an elasticity), one per series.</summary>
    /// <param name="xAxisTitle">X axis title with unit.</param>
    /// <param name="title">Chart title, naming the unit.</param>
    /// <param name="yAxisTitle">Y axis title with unit.</param>
    /// <param name="sourceNote">Datasets and publishers, printed under the chart after "Source: ".</param>
    /// <param name="series">The series to draw.</param>
    public static GenericChart XYLines(string title, string xAxisTitle, string yAxisTitle, string sourceNote, IEnumerable<ChartSeries> series)
    {
        var list = Checked(title, yAxisTitle, sourceNote, series);
        ArgumentException.ThrowIfNullOrWhiteSpace(xAxisTitle);
        return Styled(CS.Chart.Combine(list.SelectMany(LineSegments)), title, xAxisTitle, yAxisTitle, sourceNote, yearAxis: false, barMode: null, referenceLines: null);
    }

    /// <summary>
    /// One line trace per run of consecutive years of an annual series, so that a missing year shows
    /// as a gap instead of a line drawn through it (the data is never interpolated, and neither is the
    /// chart). Other series (dated points, elasticities) stay one trace. The runs share a legend entry.
    /// </summary>
    internal static IEnumerable<GenericChart> LineSegments(ChartSeries s)
    {
        var colour = Color.fromHex(CountryPalette.ColourOf(s.Key));
        var wholeYears = s.Annual;
        var runs = new List<List<(double X, double Y)>>();
        foreach (var p in s.Points)
        {
            if (runs.Count == 0 || (wholeYears && p.X - runs[^1][^1].X > 1))
            {
                runs.Add([]);
            }

            runs[^1].Add(p);
        }

        return runs.Select((run, i) =>
        {
            var chart = CS.Chart.Line<double, double, string>(
                    run.Select(p => p.X), run.Select(p => p.Y),
                    ShowMarkers: true, Name: s.Name, ShowLegend: i == 0, MarkerColor: colour)
                .WithTraceInfo(LegendGroup: s.Key + "|" + s.Name);
            foreach (var trace in GenericChart.getTraces(chart))
            {
                trace.SetProperty("line", Obj(("color", colour), ("width", 2), ("shape", s.Stepped ? "hv" : "linear"), ("dash", s.Dashed ? "dash" : "solid")));
            }

            return chart;
        });
    }

    /// <summary>The pixel size a figure's layout asks for (the house defaults when it states none).</summary>
    public static (int Width, int Height) SizeOf(string figureJson)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(figureJson);
        var layout = doc.RootElement.TryGetProperty("layout", out var l) ? l : default;
        int Get(string name, int fallback) =>
            layout.ValueKind == System.Text.Json.JsonValueKind.Object && layout.TryGetProperty(name, out var v) && v.TryGetInt32(out var n) ? n : fallback;
        return (Get("width", WidthPixels), Get("height", HeightPixels));
    }

    /// <summary>The chart's figure as Plotly JSON (<c>{"data": [...], "layout": {...}}</c>).</summary>
    public static string ToFigureJson(GenericChart chart) => GenericChart.toFigureJson(chart);

    private static List<ChartSeries> Checked(string title, string yAxisTitle, string sourceNote, IEnumerable<ChartSeries> series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(yAxisTitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceNote);
        ArgumentNullException.ThrowIfNull(series);
        var list = series.ToList();
        if (list.Count == 0 || list.All(s => s.Points.Count == 0))
        {
            throw new ArgumentException($"Chart '{title}' has no data points.", nameof(series));
        }

        return list;
    }

    private static GenericChart Styled(GenericChart chart, string title, string xAxisTitle, string yAxisTitle, string sourceNote, bool yearAxis, string? barMode, IEnumerable<ReferenceLine>? referenceLines)
    {
        const string grid = "#E3E3E3";
        var layout = new Plotly.NET.Layout();
        layout.SetProperty("title", Obj(("text", title), ("xref", "paper"), ("x", 0.0), ("xanchor", "left"), ("font", Obj(("size", 18)))));
        layout.SetProperty("width", WidthPixels);
        layout.SetProperty("height", HeightPixels);
        layout.SetProperty("font", Obj(("family", "Arial, Helvetica, sans-serif"), ("size", 13), ("color", "#222222")));
        layout.SetProperty("paper_bgcolor", "#FFFFFF");
        layout.SetProperty("plot_bgcolor", "#FFFFFF");
        layout.SetProperty("margin", Obj(("l", 70), ("r", 30), ("t", 70), ("b", 125)));
        layout.SetProperty("legend", Obj(("orientation", "h"), ("x", 0.0), ("y", 1.0), ("yanchor", "bottom")));
        var xaxis = Obj(("title", Obj(("text", xAxisTitle))), ("gridcolor", grid), ("zeroline", false), ("automargin", true));
        if (yearAxis)
        {
            // Integer years: one tick per year, printed without separators ("2021", not "2,021.5").
            xaxis.SetProperty("dtick", 1);
            xaxis.SetProperty("tickformat", "d");
        }

        layout.SetProperty("xaxis", xaxis);
        layout.SetProperty("yaxis", Obj(("title", Obj(("text", yAxisTitle))), ("gridcolor", grid), ("zerolinecolor", "#999999"), ("automargin", true), ("separatethousands", true)));
        if (barMode is not null)
        {
            layout.SetProperty("barmode", barMode);
        }

        layout.SetProperty("annotations", new[]
        {
            Obj(("text", Wrap("Source: " + sourceNote, 110)), ("xref", "paper"), ("yref", "paper"), ("x", 0.0), ("y", 0.0), ("yshift", -78), ("xanchor", "left"), ("yanchor", "top"),
                ("showarrow", false), ("align", "left"), ("font", Obj(("size", 11), ("color", "#555555")))),
        }.Concat((referenceLines ?? []).Select(r =>
            Obj(("text", r.Label), ("xref", "paper"), ("yref", "y"), ("x", 1.0), ("y", r.Y), ("xanchor", "right"), ("yanchor", "bottom"), ("showarrow", false), ("font", Obj(("size", 11), ("color", "#444444"))))))
        .ToArray());
        var shapes = (referenceLines ?? []).Select(r =>
            Obj(("type", "line"), ("xref", "paper"), ("yref", "y"), ("x0", 0), ("x1", 1), ("y0", r.Y), ("y1", r.Y), ("line", Obj(("color", "#444444"), ("dash", "dash"), ("width", 1.5))))).ToArray();
        if (shapes.Length > 0)
        {
            layout.SetProperty("shapes", shapes);
        }

        return GenericChart.setLayout(layout, chart);
    }

    private static DynamicObj.DynamicObj Obj(params (string Name, object Value)[] properties)
    {
        var o = new DynamicObj.DynamicObj();
        foreach (var (name, value) in properties)
        {
            o.SetProperty(name, value);
        }

        return o;
    }

    /// <summary>Breaks <paramref name="text"/> into lines of at most about <paramref name="width"/> characters, joined by Plotly's &lt;br&gt;.</summary>
    internal static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return string.Join("<br>", lines);
    }

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
