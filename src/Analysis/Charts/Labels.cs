using System.Globalization;

namespace Analysis.Charts;

/// <summary>Readable labels for the ids the datasets use (survey ids, agencies, measures): "tsinghua_ciss_2022" → "Tsinghua CISS 2022".</summary>
public static class Labels
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ciss"] = "CISS", ["ceias"] = "CEIAS", ["ecfr"] = "ECFR", ["uscnpm"] = "USCNPM", ["mfa"] = "MFA", ["fsb"] = "FSB", ["ator"] = "ATOR",
        ["usa"] = "USA", ["us"] = "US", ["eu"] = "EU", ["cnn"] = "CNN", ["carma"] = "CARMA", ["vciom"] = "VCIOM", ["nato"] = "NATO", ["crm"] = "CRM",
        ["gdp"] = "GDP", ["usd"] = "USD", ["bn"] = "bn", ["mn"] = "mn", ["rub"] = "RUB", ["bcm"] = "bcm", ["lng"] = "LNG", ["hhi"] = "HHI", ["cny"] = "CNY",
        ["carter"] = "Carter", ["emory"] = "Emory", ["tsinghua"] = "Tsinghua", ["levada"] = "Levada", ["weibo"] = "Weibo",
        ["china"] = "China", ["chinese"] = "Chinese", ["russia"] = "Russia", ["russian"] = "Russian", ["russians"] = "Russians", ["putin"] = "Putin",
        ["japan"] = "Japan", ["korea"] = "Korea", ["germany"] = "Germany", ["asean"] = "ASEAN", ["heihe"] = "Heihe", ["blagoveshchensk"] = "Blagoveshchensk",
        ["gacc"] = "GACC", ["smart"] = "SMART", ["baci"] = "BACI", ["hs"] = "HS",
    };

    /// <summary>An id in words: underscores become spaces, known acronyms are capitalised, the first letter is upper case.</summary>
    public static string Id(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var words = id.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => Words.TryGetValue(w, out var known) ? known : w).ToList();
        if (words.Count == 0)
        {
            return id;
        }

        var first = words[0];
        words[0] = first.Length > 0 && char.IsLower(first[0]) ? char.ToUpper(first[0], CultureInfo.InvariantCulture) + first[1..] : first;
        return string.Join(' ', words);
    }

    /// <summary>A survey id in words ("carter_emory_2024" → "Carter Emory 2024").</summary>
    public static string Survey(string id) => Id(id);

    /// <summary>Whether a text looks like an id (lower-case letters, digits and underscores, with at least one underscore).</summary>
    public static bool LooksLikeId(string text) =>
        text is { Length: > 0 } && text.Contains('_', StringComparison.Ordinal) && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
