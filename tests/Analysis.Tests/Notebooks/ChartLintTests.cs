using System.Globalization;
using System.Text.Json;
using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// A lint over the figure JSON of every chart in every committed notebook: a finding title, a subtitle,
/// units, a source and axis titles; one unit per axis; the story's events drawn wherever they fall in a
/// time axis's range; no missing value drawn as a zero; one colour per series; and colours that stay
/// apart for readers with the common colour-vision deficiencies.
/// </summary>
public sealed class ChartLintTests
{
    /// <summary>Smallest CIELAB distance (CIE76) allowed between two series' colours, for normal vision and simulated deuteranopia, protanopia and tritanopia.</summary>
    private const double MinimumDeltaE = 10.0;

    public static TheoryData<string, int> Charts()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in NotebookJson.CommittedNotebooks())
        {
            var count = Figures(Path.GetFileName(path)).Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(Path.GetFileName(path), i);
            }
        }

        return data;
    }

    /// <summary>The Plotly figures of a notebook's chart outputs, from the script of each chart's HTML.</summary>
    private static List<JsonElement> Figures(string notebook) =>
        NotebookJson.CodeCells(NotebookJson.Load(Path.Combine(RepositoryPaths.Notebooks, notebook)))
            .SelectMany(NotebookJson.Outputs)
            .Select(o => NotebookJson.Data(o, "text/html"))
            .Where(h => h?.Contains("class=\"analysis-chart\"", StringComparison.Ordinal) == true)
            .Select(h =>
            {
                var start = h!.IndexOf("var fig=", StringComparison.Ordinal) + "var fig=".Length;
                var end = h.IndexOf(";function draw()", start, StringComparison.Ordinal);
                return JsonDocument.Parse(h[start..end].Replace("<\\/", "</", StringComparison.Ordinal)).RootElement.Clone();
            })
            .ToList();

    private static JsonElement Figure(string notebook, int index) => Figures(notebook)[index];

    private static IEnumerable<JsonElement> DataTraces(JsonElement figure) =>
        figure.GetProperty("data").EnumerateArray().Where(t => !(t.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("noData", out _)));

    [Fact]
    public void Notebooks_HaveCharts()
    {
        Assert.True(Charts().Count >= 18, $"{Charts().Count} charts");
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_HasFindingTitleSubtitleUnitsSourceAndAxisTitles(string notebook, int index)
    {
        var figure = Figure(notebook, index);
        var layout = figure.GetProperty("layout");
        var meta = layout.GetProperty("meta");

        foreach (var field in new[] { "title", "subtitle", "summary", "source", "yUnit", "xUnit" })
        {
            Assert.False(string.IsNullOrWhiteSpace(meta.GetProperty(field).GetString()), $"{notebook} chart {index}: no {field}");
        }

        Assert.Contains(meta.GetProperty("title").GetString()!, layout.GetProperty("title").GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.StartsWith("Source: ", layout.GetProperty("annotations")[0].GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString()), $"{notebook} chart {index}: x axis untitled");
        if (layout.TryGetProperty("yaxis", out var y) && y.TryGetProperty("title", out var yt))
        {
            Assert.False(string.IsNullOrWhiteSpace(yt.GetProperty("text").GetString()), $"{notebook} chart {index}: y axis untitled");
        }

        Assert.NotEmpty(meta.GetProperty("datasets").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_ValueAxis_CarriesOneUnitOnly(string notebook, int index)
    {
        var figure = Figure(notebook, index);
        var unit = figure.GetProperty("layout").GetProperty("meta").GetProperty("yUnit").GetString();

        Assert.All(DataTraces(figure), t => Assert.Equal(unit, t.GetProperty("meta").GetProperty("unit").GetString()));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_TimeAxis_MarksEveryEventOfItsNotebookInRange(string notebook, int index)
    {
        var figure = Figure(notebook, index);
        var meta = figure.GetProperty("layout").GetProperty("meta");
        if (!meta.GetProperty("timeAxis").GetBoolean())
        {
            return;
        }

        var range = figure.GetProperty("layout").GetProperty("xaxis").GetProperty("range").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        var drawn = meta.GetProperty("events").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        var expected = Events.All(BundledCatalog.Instance)
            .Where(e => e.Id != "article_published" && e.Notebooks.Contains(meta.GetProperty("notebook").GetString()!))
            .Where(e => DecimalYear(e.Date) >= range[0] && DecimalYear(e.Date) <= range[1])
            .Select(e => e.Id);

        Assert.All(expected, id => Assert.Contains(id, drawn));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_NoMissingValue_IsDrawnAsAZero(string notebook, int index)
    {
        var figure = Figure(notebook, index);

        foreach (var trace in DataTraces(figure))
        {
            var values = trace.GetProperty(trace.TryGetProperty("orientation", out var o) && o.GetString() == "h" ? "x" : "y").EnumerateArray().ToList();
            Assert.All(values, v => Assert.Equal(JsonValueKind.Number, v.ValueKind));
            Assert.DoesNotContain(values, v => v.GetDouble() == 0.0);
        }

        // A placeholder for a missing value says so.
        foreach (var placeholder in figure.GetProperty("data").EnumerateArray().Except(DataTraces(figure)))
        {
            Assert.All(placeholder.GetProperty("text").EnumerateArray(), t => Assert.Equal("no data", t.GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_Colours_OneSeriesOneColourAndApartForColourBlindReaders(string notebook, int index)
    {
        var colours = DataTraces(Figure(notebook, index))
            .Select(t => (Key: t.GetProperty("meta").GetProperty("key").GetString()!, Colour: Colour(t)))
            .Distinct()
            .ToList();

        // Two keys never share a colour, and one key never has two.
        Assert.Equal(colours.Select(c => c.Key).Distinct().Count(), colours.Count);
        Assert.Equal(colours.Count, colours.Select(c => c.Colour).Distinct().Count());
        foreach (var vision in Simulations)
        {
            for (var i = 0; i < colours.Count; i++)
            {
                for (var j = i + 1; j < colours.Count; j++)
                {
                    var d = DeltaE(Lab(Simulate(colours[i].Colour, vision.Value)), Lab(Simulate(colours[j].Colour, vision.Value)));
                    Assert.True(d >= MinimumDeltaE, $"{notebook} chart {index}: {colours[i].Key} and {colours[j].Key} are ΔE {d:0.0} apart under {vision.Key}");
                }
            }
        }
    }

    private static double DecimalYear(DateOnly d) => d.Year + ((d.DayOfYear - 1) / (DateTime.IsLeapYear(d.Year) ? 366.0 : 365.0));

    private static (double R, double G, double B) Colour(JsonElement trace)
    {
        var text = trace.TryGetProperty("line", out var line) && line.TryGetProperty("color", out var lc) ? lc.GetString()! : trace.GetProperty("marker").GetProperty("color").GetString()!;
        // Plotly.NET writes "rgba(r, g, b, 1.0)".
        var parts = text[(text.IndexOf('(', StringComparison.Ordinal) + 1)..text.IndexOf(')', StringComparison.Ordinal)].Split(',').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return (parts[0] / 255, parts[1] / 255, parts[2] / 255);
    }

    /// <summary>Machado, Oliveira &amp; Fernandes (2009), severity 1.0, applied in linear RGB; the identity for normal vision.</summary>
    private static readonly Dictionary<string, double[,]> Simulations = new()
    {
        ["normal vision"] = new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
        ["deuteranopia"] = new[,] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
        ["protanopia"] = new[,] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
        ["tritanopia"] = new[,] { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
    };

    private static (double R, double G, double B) Simulate((double R, double G, double B) srgb, double[,] m)
    {
        static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        var (r, g, b) = (Linear(srgb.R), Linear(srgb.G), Linear(srgb.B));
        double Row(int i) => Math.Clamp((m[i, 0] * r) + (m[i, 1] * g) + (m[i, 2] * b), 0, 1);
        return (Row(0), Row(1), Row(2));
    }

    /// <summary>CIELAB (D65) of a linear-RGB colour.</summary>
    private static (double L, double A, double B) Lab((double R, double G, double B) c)
    {
        var x = ((0.4124 * c.R) + (0.3576 * c.G) + (0.1805 * c.B)) / 0.95047;
        var y = (0.2126 * c.R) + (0.7152 * c.G) + (0.0722 * c.B);
        var z = ((0.0193 * c.R) + (0.1192 * c.G) + (0.9505 * c.B)) / 1.08883;
        static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : (7.787 * t) + (16.0 / 116);
        return ((116 * F(y)) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }

    private static double DeltaE((double L, double A, double B) p, (double L, double A, double B) q) =>
        Math.Sqrt(Math.Pow(p.L - q.L, 2) + Math.Pow(p.A - q.A, 2) + Math.Pow(p.B - q.B, 2));
}
