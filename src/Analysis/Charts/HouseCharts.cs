using System.Globalization;
using Analysis.Data;
using DynamicObj;
using Plotly.NET;
using Plotly.NET.CSharp;
using CS = Plotly.NET.CSharp;

namespace Analysis.Charts;

/// <summary>
/// Chart builders in the house style: a title that states the finding and a subtitle with the measure,
/// unit and scope; labelled axes with one unit; integer year ticks; colours from one palette
/// (<see cref="Palette"/>); the sourced events of the story marked on every time axis that covers them,
/// with the data after the article set apart; gaps shown as gaps, never as zeros; the point a verdict
/// rests on annotated; and a source line under every chart. They return a Plotly.NET
/// <see cref="GenericChart"/> and never display or save it.
/// </summary>
/// <remarks>
/// Every figure carries <c>layout.meta</c> for the report and the chart lint: title, subtitle, summary,
/// source, datasets, notebook, x and y units, the events drawn and the gaps explained.
/// </remarks>
public static class HouseCharts
{
    /// <summary>Chart width in pixels, also used for static images.</summary>
    public const int WidthPixels = 900;

    /// <summary>Chart height in pixels, also used for static images.</summary>
    public const int HeightPixels = 540;

    /// <summary>Text of the placeholder bars that mark a missing value.</summary>
    public const string NoData = "no data";

    private const string Grid = "#E3E3E3";

    /// <summary>Lines over years (annual series, or dated points placed at their fraction of the year), one per series.</summary>
    public static GenericChart YearLines(ChartText text, ChartContext context, IEnumerable<ChartSeries> series, IEnumerable<ReferenceLine>? referenceLines = null, Highlight? highlight = null)
    {
        var list = Checked(text, context, series);
        var colours = Colours(list);
        var traces = list.SelectMany(s => LineSegments(s, colours[s.Key], text.Unit));
        var (xMin, xMax) = XRange(list, 0.4);
        var gaps = list.Where(s => s.Annual).Select(s => (s, Missing: MissingYears(s, (int)Math.Ceiling(s.Points.Min(p => p.X)), (int)Math.Floor(s.Points.Max(p => p.X))))).ToList();
        return Styled(CS.Chart.Combine(traces), text, context, "Year", yearAxis: true, barMode: null, referenceLines, highlight, (xMin, xMax), gaps);
    }

    /// <summary>Vertical bars over years, one group (or stack) per series; a year a series lacks gets a labelled "no data" marker, not a zero bar.</summary>
    public static GenericChart YearColumns(ChartText text, ChartContext context, IEnumerable<ChartSeries> series, bool stacked = false, IEnumerable<ReferenceLine>? referenceLines = null, Highlight? highlight = null)
    {
        var list = Checked(text, context, series);
        var colours = Colours(list);
        var years = list.SelectMany(s => s.Points.Select(p => (int)p.X)).Distinct().Order().ToList();
        var gaps = list.Select(s => (s, Missing: MissingYears(s, years[0], years[^1]))).ToList();
        var traces = list.Select(s => Bar(s, colours[s.Key], text.Unit, vertical: true))
            .Concat(gaps.Where(g => g.Missing.Count > 0).Select(g => NoDataBars(g.s, g.Missing, colours[g.s.Key])));
        var (xMin, xMax) = XRange(list, 0.5);
        return Styled(CS.Chart.Combine(traces), text, context, "Year", yearAxis: true, barMode: stacked ? "relative" : "group", referenceLines, highlight, (xMin, xMax), gaps);
    }

    /// <summary>Horizontal bars for categories (countries, measures), one group per series; a missing value gets a "no data" marker.</summary>
    /// <param name="text">Title, subtitle, value-axis title and unit.</param>
    /// <param name="context">Source and notebook.</param>
    /// <param name="categories">Category labels, top to bottom.</param>
    /// <param name="series">For each series: key (colour), legend name and one value per category (NaN = no data).</param>
    /// <param name="referenceLine">An optional labelled vertical reference line (e.g. the 2 % NATO guideline).</param>
    /// <param name="highlight">An optional annotated point.</param>
    public static GenericChart CategoryBars(ChartText text, ChartContext context, IReadOnlyList<string> categories, IEnumerable<(string Key, string Name, IReadOnlyList<double> Values)> series, ReferenceLine? referenceLine = null, Highlight? highlight = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        var list = series.ToList();
        if (list.Count == 0 || categories.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one category and one series.", nameof(series));
        }

        var asSeries = list.Select(s =>
        {
            if (s.Values.Count != categories.Count)
            {
                throw new ArgumentException($"Series '{s.Name}' has {s.Values.Count} values for {categories.Count} categories.", nameof(series));
            }

            return new ChartSeries(s.Key, s.Name, Enumerable.Range(0, categories.Count).Where(i => double.IsFinite(s.Values[i])).Select(i => ((double)i, s.Values[i])).ToArray());
        }).ToList();
        Checked(text, context, asSeries);
        var colours = Colours(asSeries);
        var traces = new List<GenericChart>();
        var gaps = new List<(ChartSeries, IReadOnlyList<int>)>();
        foreach (var (s, original) in asSeries.Zip(list))
        {
            var kept = Enumerable.Range(0, categories.Count).Where(i => double.IsFinite(original.Values[i])).ToArray();
            var bar = CS.Chart.Bar<double, string, string>(kept.Select(i => original.Values[i]), Keys: kept.Select(i => categories[i]).ToArray(), Name: s.Name, MarkerColor: Color.fromHex(colours[s.Key]));
            Tag(bar, text.Unit, s.Key);
            traces.Add(bar);
            var missing = Enumerable.Range(0, categories.Count).Where(i => !double.IsFinite(original.Values[i])).ToArray();
            if (missing.Length > 0)
            {
                var placeholder = CS.Chart.Bar<double, string, string>(missing.Select(_ => 0.0), Keys: missing.Select(i => categories[i]).ToArray(), Name: s.Name + ": " + NoData, ShowLegend: false, MarkerColor: Color.fromHex(colours[s.Key]));
                MarkNoData(placeholder, missing.Length);
                traces.Add(placeholder);
                gaps.Add((s, missing));
            }
        }

        var missingNote = gaps.Select(g => $"{g.Item1.Name}: {string.Join(", ", g.Item2.Select(i => categories[i]))}").ToList();
        var chart = Styled(CS.Chart.Combine(traces), text, context, text.ValueAxisTitle, yearAxis: false, barMode: "group", referenceLines: null, highlight, null, [], missingNote, categoryBars: true);
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty("height", Math.Max(HeightPixels, 190 + (categories.Count * (8 + (12 * list.Count)))));
        // A category axis: labels such as "2019" must not be read as numbers (Plotly would then drop "Jan–Apr 2023").
        layout.SetProperty("yaxis", Obj(("type", "category"), ("autorange", "reversed"), ("automargin", true), ("categoryorder", "array"), ("categoryarray", categories.ToArray())));
        if (referenceLine is { } r)
        {
            AddToArray(layout, "shapes", Obj(("type", "line"), ("xref", "x"), ("yref", "paper"), ("x0", r.Y), ("x1", r.Y), ("y0", 0), ("y1", 1), ("line", Obj(("color", "#444444"), ("dash", "dash"), ("width", 1.5)))));
            AddToArray(layout, "annotations", Obj(("text", r.Label), ("xref", "x"), ("yref", "paper"), ("x", r.Y), ("y", 1.0), ("xanchor", "left"), ("yanchor", "bottom"), ("showarrow", false), ("font", Obj(("size", 11), ("color", "#444444")))));
        }

        return GenericChart.setLayout(layout, chart);
    }

    /// <summary>Lines over a numeric x axis that is not years (e.g. an elasticity), one per series.</summary>
    public static GenericChart XYLines(ChartText text, string xAxisTitle, ChartContext context, IEnumerable<ChartSeries> series)
    {
        var list = Checked(text, context, series);
        ArgumentException.ThrowIfNullOrWhiteSpace(xAxisTitle);
        var colours = Colours(list);
        return Styled(CS.Chart.Combine(list.SelectMany(s => LineSegments(s, colours[s.Key], text.Unit))), text, context, xAxisTitle, yearAxis: false, barMode: null, referenceLines: null, highlight: null, null, []);
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

    /// <summary>
    /// One line trace per run of consecutive years of an annual series, so that a missing year shows as a
    /// gap instead of a line drawn through it. Other series (dated points, elasticities) stay one trace.
    /// The runs share a legend entry.
    /// </summary>
    internal static IEnumerable<GenericChart> LineSegments(ChartSeries s, string hex, string unit)
    {
        var colour = Color.fromHex(hex);
        var runs = new List<List<(double X, double Y)>>();
        foreach (var p in s.Points)
        {
            if (runs.Count == 0 || (s.Annual && p.X - runs[^1][^1].X > 1))
            {
                runs.Add([]);
            }

            runs[^1].Add(p);
        }

        return runs.Select((run, i) =>
        {
            var chart = CS.Chart.Line<double, double, string>(run.Select(p => p.X), run.Select(p => p.Y), ShowMarkers: true, Name: s.Name, ShowLegend: i == 0, MarkerColor: colour)
                .WithTraceInfo(LegendGroup: s.Key + "|" + s.Name);
            foreach (var trace in GenericChart.getTraces(chart))
            {
                trace.SetProperty("line", Obj(("color", colour), ("width", 2), ("shape", s.Stepped ? "hv" : "linear"), ("dash", s.Dashed ? "dash" : "solid")));
            }

            Tag(chart, unit, s.Key);
            return chart;
        });
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

    private static GenericChart Bar(ChartSeries s, string hex, string unit, bool vertical)
    {
        var chart = vertical
            ? CS.Chart.Column<double, double, string>(s.Points.Select(p => p.Y), Keys: s.Points.Select(p => p.X).ToArray(), Name: s.Name, MarkerColor: Color.fromHex(hex))
            : CS.Chart.Bar<double, double, string>(s.Points.Select(p => p.Y), Keys: s.Points.Select(p => p.X).ToArray(), Name: s.Name, MarkerColor: Color.fromHex(hex));
        Tag(chart, unit, s.Key);
        return chart;
    }

    private static GenericChart NoDataBars(ChartSeries s, List<int> years, string hex)
    {
        var chart = CS.Chart.Column<double, int, string>(years.Select(_ => 0.0), Keys: years.ToArray(), Name: s.Name + ": " + NoData, ShowLegend: false, MarkerColor: Color.fromHex(hex));
        MarkNoData(chart, years.Count);
        return chart;
    }

    private static void MarkNoData(GenericChart chart, int count)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty("text", Enumerable.Repeat(NoData, count).ToArray());
            trace.SetProperty("textposition", "outside");
            trace.SetProperty("textangle", -90);
            trace.SetProperty("textfont", Obj(("size", 10), ("color", "#666666")));
            trace.SetProperty("hovertext", Enumerable.Repeat(NoData, count).ToArray());
            trace.SetProperty("hoverinfo", "text");
            trace.SetProperty("meta", Obj(("noData", true)));
            trace.SetProperty("cliponaxis", false);
        }
    }

    private static void Tag(GenericChart chart, string unit, string key)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty("meta", Obj(("unit", unit), ("key", key)));
        }
    }

    private static List<ChartSeries> Checked(ChartText text, ChartContext context, IEnumerable<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(text.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(text.Subtitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(text.ValueAxisTitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(text.Unit);
        ArgumentException.ThrowIfNullOrWhiteSpace(context.Source);
        ArgumentNullException.ThrowIfNull(series);
        var list = series.ToList();
        if (list.Count == 0 || list.All(s => s.Points.Count == 0))
        {
            throw new ArgumentException($"Chart '{text.Title}' has no data points.", nameof(series));
        }

        return list.Where(s => s.Points.Count > 0).ToList();
    }

    /// <summary>Each series' colour: the palette's for known keys; unknown keys take the fallback colours in turn, never one already used in the chart.</summary>
    private static Dictionary<string, string> Colours(IReadOnlyList<ChartSeries> series)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in series.Where(s => Palette.IsKnown(s.Key)))
        {
            result.TryAdd(s.Key, Palette.ColourOf(s.Key));
        }

        var spare = new Queue<string>(Palette.Spare.Where(c => !result.ContainsValue(c)));
        foreach (var s in series.Where(s => !result.ContainsKey(s.Key)))
        {
            result[s.Key] = spare.Count > 0 ? spare.Dequeue() : Palette.ColourOf(s.Key);
        }

        return result;
    }

    private static (double Min, double Max) XRange(IReadOnlyList<ChartSeries> series, double pad) =>
        (series.Min(s => s.Points.Min(p => p.X)) - pad, series.Max(s => s.Points.Max(p => p.X)) + pad);

    private static List<int> MissingYears(ChartSeries s, int first, int last)
    {
        var have = s.Points.Select(p => (int)Math.Round(p.X)).ToHashSet();
        return Enumerable.Range(first, Math.Max(0, last - first + 1)).Where(y => !have.Contains(y)).ToList();
    }

    private static string Years(List<int> years)
    {
        var parts = new List<string>();
        for (var i = 0; i < years.Count;)
        {
            var j = i;
            while (j + 1 < years.Count && years[j + 1] == years[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? years[i].ToString(CultureInfo.InvariantCulture) : $"{years[i]}–{years[j]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    private static GenericChart Styled(GenericChart chart, ChartText text, ChartContext context, string xAxisTitle, bool yearAxis, string? barMode,
        IEnumerable<ReferenceLine>? referenceLines, Highlight? highlight, (double Min, double Max)? xRange,
        IReadOnlyList<(ChartSeries Series, List<int> Missing)> gaps, IReadOnlyList<string>? missingNote = null, bool categoryBars = false)
    {
        var refs = (referenceLines ?? []).ToList();
        var layout = new Plotly.NET.Layout();
        layout.SetProperty("title", Obj(
            ("text", $"<b>{text.Title}</b><br><span style=\"font-size:13px;color:#444444\">{text.Subtitle}</span>"),
            ("xref", "paper"), ("x", 0.0), ("xanchor", "left"), ("y", 0.97), ("yanchor", "top"), ("font", Obj(("size", 17)))));
        layout.SetProperty("width", WidthPixels);
        layout.SetProperty("height", HeightPixels);
        layout.SetProperty("font", Obj(("family", "Arial, Helvetica, sans-serif"), ("size", 13), ("color", "#222222")));
        layout.SetProperty("paper_bgcolor", "#FFFFFF");
        layout.SetProperty("plot_bgcolor", "#FFFFFF");
        layout.SetProperty("margin", Obj(("l", 70), ("r", 30), ("t", 110), ("b", 140)));
        layout.SetProperty("legend", Obj(("orientation", "h"), ("x", 0.0), ("y", 1.0), ("yanchor", "bottom")));
        layout.SetProperty("modebar", Obj(("orientation", "v")));
        var xaxis = Obj(("title", Obj(("text", xAxisTitle))), ("gridcolor", Grid), ("zeroline", categoryBars), ("automargin", true));
        if (yearAxis)
        {
            // Integer years: one tick per year, printed without separators ("2021", not "2,021.5").
            xaxis.SetProperty("dtick", 1);
            xaxis.SetProperty("tickformat", "d");
        }

        layout.SetProperty("xaxis", xaxis);
        if (!categoryBars)
        {
            layout.SetProperty("yaxis", Obj(("title", Obj(("text", text.ValueAxisTitle))), ("gridcolor", Grid), ("zerolinecolor", "#999999"), ("automargin", true), ("separatethousands", true)));
        }

        if (barMode is not null)
        {
            layout.SetProperty("barmode", barMode);
        }

        var notes = new List<string>();
        var gapNote = gaps.Where(g => g.Missing.Count > 0).Select(g => $"{g.Series.Name} {Years(g.Missing)}").ToList();
        if (gapNote.Count > 0)
        {
            notes.Add("No data (gaps, not zeros): " + string.Join("; ", gapNote) + ".");
        }

        if (missingNote is { Count: > 0 })
        {
            notes.Add("No data: " + string.Join("; ", missingNote) + ".");
        }

        var annotations = new List<object>
        {
            Obj(("text", Wrap("Source: " + context.Source, 120) + string.Concat(notes.Select(n => "<br>" + Wrap(n, 120)))),
                ("xref", "paper"), ("yref", "paper"), ("x", 0.0), ("y", 0.0), ("yshift", -84), ("xanchor", "left"), ("yanchor", "top"),
                ("showarrow", false), ("align", "left"), ("font", Obj(("size", 10), ("color", "#555555")))),
        };
        var shapes = new List<object>();
        foreach (var r in refs)
        {
            shapes.Add(Obj(("type", "line"), ("xref", "paper"), ("yref", "y"), ("x0", 0), ("x1", 1), ("y0", r.Y), ("y1", r.Y), ("line", Obj(("color", "#444444"), ("dash", "dash"), ("width", 1.5)))));
            annotations.Add(Obj(("text", r.Label), ("xref", "paper"), ("yref", "y"), ("x", 1.0), ("y", r.Y), ("xanchor", "right"), ("yanchor", "bottom"), ("showarrow", false), ("font", Obj(("size", 11), ("color", "#444444")))));
        }

        var drawn = new List<string>();
        var shaded = false;
        if (yearAxis && xRange is { } range)
        {
            var inRange = context.Events.Where(e => Dates.DecimalYear(e.Date) >= range.Min && Dates.DecimalYear(e.Date) <= range.Max).GroupBy(e => e.Date).OrderBy(g => g.Key).ToList();
            var slot = 0;
            foreach (var g in inRange)
            {
                var x = Dates.DecimalYear(g.Key);
                shapes.Add(Obj(("type", "line"), ("xref", "x"), ("yref", "paper"), ("x0", x), ("x1", x), ("y0", 0), ("y1", 1), ("layer", "below"), ("line", Obj(("color", "#8C8C8C"), ("dash", "dot"), ("width", 1.2)))));
                var rightHalf = x > range.Min + (0.6 * (range.Max - range.Min));
                annotations.Add(Obj(("text", string.Join("; ", g.Select(e => e.Label))), ("xref", "x"), ("yref", "paper"), ("x", x), ("y", 1.0 - (0.06 * (slot % 4))), ("xanchor", rightHalf ? "right" : "left"), ("yanchor", "top"),
                    ("showarrow", false), ("align", "left"), ("bgcolor", "rgba(255,255,255,0.85)"), ("font", Obj(("size", 10), ("color", "#555555")))));
                drawn.AddRange(g.Select(e => e.Id));
                slot++;
            }

            if (context.ArticleDate is { } article && Dates.DecimalYear(article) < range.Max)
            {
                var x0 = Math.Max(range.Min, Dates.DecimalYear(article));
                shapes.Add(Obj(("type", "rect"), ("xref", "x"), ("yref", "paper"), ("x0", x0), ("x1", range.Max), ("y0", 0), ("y1", 1), ("layer", "below"), ("fillcolor", "rgba(0,0,0,0.06)"), ("line", Obj(("width", 0)))));
                annotations.Add(Obj(("text", "after the article →"), ("xref", "x"), ("yref", "paper"), ("x", x0), ("y", 0.0), ("xanchor", "right"), ("yanchor", "bottom"), ("showarrow", false), ("font", Obj(("size", 10), ("color", "#666666")))));
                shaded = true;
            }

            layout.SetProperty("xaxis", Extend(xaxis, ("range", new[] { range.Min, range.Max })));
        }

        if (highlight is { } h)
        {
            annotations.Add(Obj(("text", $"<b>{h.Text}</b>"), ("x", h.X), ("y", h.Y), ("xref", "x"), ("yref", "y"), ("showarrow", true), ("arrowhead", 2), ("arrowcolor", "#222222"),
                ("ax", -40), ("ay", -40), ("bgcolor", "rgba(255,255,255,0.9)"), ("bordercolor", "#222222"), ("borderwidth", 1), ("font", Obj(("size", 12), ("color", "#111111")))));
        }

        layout.SetProperty("annotations", annotations.ToArray());
        if (shapes.Count > 0)
        {
            layout.SetProperty("shapes", shapes.ToArray());
        }

        layout.SetProperty("meta", Obj(
            ("title", text.Title), ("subtitle", text.Subtitle), ("summary", text.Summary), ("source", context.Source), ("datasets", context.Datasets.ToArray()),
            ("notebook", context.Notebook), ("xUnit", yearAxis ? "year" : xAxisTitle), ("yUnit", text.Unit), ("timeAxis", yearAxis),
            ("events", drawn.ToArray()), ("afterArticleShaded", shaded), ("gaps", notes.ToArray())));
        return GenericChart.setLayout(layout, chart);
    }

    private static DynamicObj.DynamicObj Extend(DynamicObj.DynamicObj o, (string Name, object Value) property)
    {
        o.SetProperty(property.Name, property.Value);
        return o;
    }

    private static void AddToArray(Plotly.NET.Layout layout, string name, object item)
    {
        var existing = layout.TryGetTypedPropertyValue<object[]>(name);
        var items = existing is not null && Microsoft.FSharp.Core.FSharpOption<object[]>.get_IsSome(existing) ? existing.Value : [];
        layout.SetProperty(name, items.Append(item).ToArray());
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
}
