namespace Analysis.Charts;

/// <summary>
/// One palette for every chart. Countries and groups keep their colour from chart to chart; series
/// that are not countries (totals, balances, rates, indicators, model variants) have colours of their
/// own that no country uses, so one colour never means two things. The colours come from Okabe &amp; Ito's
/// and Paul Tol's colour-blind-safe schemes; a test simulates deuteranopia, protanopia and tritanopia
/// (Machado et al. 2009) on every chart's colours and requires them to stay apart (CIELAB ΔE ≥ 10).
/// </summary>
public static class Palette
{
    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["CHN"] = "#D55E00", // vermillion
        ["RUS"] = "#0072B2", // blue
        ["USA"] = "#56B4E9", // sky blue
        ["EU"] = "#E69F00",  // orange
        ["JPN"] = "#CC79A7", // reddish purple
        ["KOR"] = "#009E73", // bluish green
        ["ASEAN"] = "#999933", // olive
        ["WLD"] = "#000000", // black
        ["DEU"] = "#882255", // wine
        ["NATO"] = "#332288", // indigo
        ["EUROPE"] = "#CC6677", // rose: Europe as a whole
        ["ALL"] = "#000000",
    };

    private static readonly Dictionary<string, string> Indicators = new(StringComparer.Ordinal)
    {
        ["balance"] = "#6E6E6E", // grey
        ["west"] = "#44AA99", // teal
        ["growth"] = "#117733", // green
        ["inflation"] = "#AA4499", // purple
        ["key-rate"] = "#661100", // brown
        ["utilisation"] = "#117733",
        ["passengers"] = "#44AA99",
        ["pipeline"] = "#88CCEE", // cyan
        ["lng"] = "#DDCC77", // sand
        ["earlier"] = "#BBBBBB", // light grey: the year compared from
        ["later"] = "#332288", // indigo: the year compared
        ["sigma-0.5"] = "#88CCEE",
        ["sigma-1.5"] = "#117733",
        ["sigma-3"] = "#AA4499",
    };

    private static readonly string[] Fallback = ["#44AA99", "#117733", "#AA4499", "#661100", "#88CCEE", "#DDCC77", "#6699CC", "#997700"];

    /// <summary>The colour (hex <c>#RRGGBB</c>) of a country, group or indicator key; other keys get a stable colour from a fixed list.</summary>
    public static string ColourOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Entities.TryGetValue(key, out var c) || Indicators.TryGetValue(key, out c))
        {
            return c;
        }

        var hash = 17;
        foreach (var ch in key)
        {
            hash = unchecked((hash * 31) + ch);
        }

        return Fallback[(hash & int.MaxValue) % Fallback.Length];
    }

    /// <summary>Colours no country or named indicator uses, handed out in turn to a chart's other series.</summary>
    public static IReadOnlyList<string> Spare { get; } = ["#6699CC", "#997700", "#EE99AA", "#004488", "#BB5566", "#DDAA33"];

    /// <summary>Whether the palette names a colour for <paramref name="key"/>.</summary>
    public static bool IsKnown(string key) => Entities.ContainsKey(key) || Indicators.ContainsKey(key);

    /// <summary>Whether <paramref name="key"/> is a country or group (as opposed to an indicator).</summary>
    public static bool IsEntity(string key) => Entities.ContainsKey(key);
}
