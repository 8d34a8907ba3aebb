namespace Analysis.Data;

/// <summary>
/// Source lines for charts and tables, generated from the manifest entries of the datasets shown, so
/// a chart's source note can never drift from the data it plots.
/// </summary>
public static class Citation
{
    /// <summary>How many publishers are named per dataset before "and N more".</summary>
    public const int PublishersNamed = 3;

    /// <summary>
    /// One line per dataset, joined by "; ": the dataset's title, its most-cited publishers (by number of
    /// rows citing them), the years its sources were published, and where the data lives, e.g.
    /// "China's goods trade by partner, USD bn: Reuters, Xinhua, TASS and 20 more, 2014–2026 (data/china-goods-trade)".
    /// </summary>
    /// <exception cref="ArgumentException">No dataset is named.</exception>
    /// <exception cref="KeyNotFoundException">A dataset is not in the manifest.</exception>
    public static string For(DataCatalog data, params string[] datasets)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(datasets);
        if (datasets.Length == 0)
        {
            throw new ArgumentException("Name at least one dataset.", nameof(datasets));
        }

        return string.Join("; ", datasets.Distinct(StringComparer.Ordinal).Select(d => Line(data, d)));
    }

    private static string Line(DataCatalog data, string dataset)
    {
        var resource = data.Package.Resource(dataset);
        var rowsBySource = new DatasetView(data, dataset).Column<string>(TableValidator.SourceIdField).Values
            .GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var publishers = resource.Sources
            .GroupBy(s => s.Publisher, StringComparer.Ordinal)
            .Select(g => (Publisher: g.Key, Rows: g.Sum(s => rowsBySource.GetValueOrDefault(s.Id))))
            .Where(p => p.Rows > 0)
            .OrderByDescending(p => p.Rows).ThenBy(p => p.Publisher, StringComparer.Ordinal)
            .Select(p => p.Publisher)
            .ToList();
        var named = string.Join(", ", publishers.Take(PublishersNamed));
        var more = publishers.Count > PublishersNamed ? $" and {publishers.Count - PublishersNamed} more" : "";
        var years = resource.Sources.Select(s => s.Published ?? s.Retrieved).Where(p => p is { Length: >= 4 }).Select(p => int.Parse(p![..4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var span = years.Count == 0 ? "" : years.Min() == years.Max() ? $", {years.Min()}" : $", {years.Min()}–{years.Max()}";
        return $"{resource.Title ?? dataset}: {named}{more}{span} (data/{dataset})";
    }
}
