namespace Analysis.Charts;

/// <summary>
/// One colour per country or group, used by every chart so a reader can follow a country from
/// chart to chart. Colours are from the Okabe–Ito / Tableau families, chosen to stay apart for
/// common colour-vision deficiencies.
/// </summary>
public static class CountryPalette
{
    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        ["CHN"] = "#D62728", // red
        ["RUS"] = "#1F4E9A", // dark blue
        ["USA"] = "#7F7F7F", // grey
        ["EU"] = "#E6A700",  // amber
        ["EUROPE"] = "#E6A700",
        ["JPN"] = "#9467BD", // purple
        ["KOR"] = "#17BECF", // cyan
        ["ASEAN"] = "#2CA02C", // green
        ["DEU"] = "#8C564B", // brown
        ["WLD"] = "#333333", // near black
        ["GBR"] = "#E377C2", // pink
        ["TKM"] = "#BCBD22", // olive
        ["AUS"] = "#FF7F0E", // orange
        ["QAT"] = "#8C1C5A", // maroon
        ["NATO"] = "#003F87", // navy
        ["UKR"] = "#FFD500", // yellow
        ["ALL"] = "#333333",
    };

    private static readonly string[] Fallback =
    [
        "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#BAB0AC", "#E15759",
    ];

    /// <summary>The colour (hex <c>#RRGGBB</c>) for a country or group code, or a stable fallback for other keys.</summary>
    /// <remarks>A key without an assigned colour gets one from a fixed list chosen by a stable hash of the key,
    /// so the same key always gets the same colour in every chart and every run.</remarks>
    public static string ColourOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Colours.TryGetValue(key, out var colour))
        {
            return colour;
        }

        var hash = 17;
        foreach (var c in key)
        {
            hash = unchecked((hash * 31) + c);
        }

        return Fallback[(hash & int.MaxValue) % Fallback.Length];
    }
}
