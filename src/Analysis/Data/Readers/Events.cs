using System.Globalization;

namespace Analysis.Data;

/// <summary>One dated event the charts mark.</summary>
/// <param name="Date">The day it happened (or began).</param>
/// <param name="EndDate">The day it ended, for an event that lasted (a border closure), else null.</param>
/// <param name="Id">Stable id, e.g. <c>russia_invades_ukraine</c>.</param>
/// <param name="Label">Short label for a chart marker.</param>
/// <param name="Category">Kind of event (war, border, tariff, energy, nato, diplomacy, article, infrastructure).</param>
/// <param name="Notebooks">The notebooks whose charts it concerns.</param>
public sealed record StoryEvent(DateOnly Date, DateOnly? EndDate, string Id, string Label, string Category, IReadOnlyList<string> Notebooks);

/// <summary>Reader of dataset <c>events</c>: the sourced key events of the story (the invasion, border closure and reopening, fee rises, the visit …).</summary>
public static class Events
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.Events;

    /// <summary>Every event, by date.</summary>
    public static IReadOnlyList<StoryEvent> All(DataCatalog data)
    {
        var view = new DatasetView(data, Dataset);
        var dates = view.Column<DateOnly>("date");
        var ends = view.Column<DateOnly>("end_date");
        var ids = view.Column<string>("event_id");
        var labels = view.Column<string>("label");
        var categories = view.Column<string>("category");
        var notebooks = view.Column<string>("notebooks");
        return dates.Keys
            .Select(r => new StoryEvent(dates[r], ends.TryGetValue(r, out var e) ? e : null, ids[r], labels[r], categories[r], notebooks[r].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The event with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No such event (the message lists the ids).</exception>
    public static StoryEvent Get(DataCatalog data, string id)
    {
        var all = All(data);
        return all.FirstOrDefault(e => e.Id == id)
            ?? throw new ArgumentException($"Dataset '{Dataset}' has no event '{id}'. Events: {string.Join(", ", all.Select(e => e.Id))}.", nameof(id));
    }

    /// <summary>The events of one category (e.g. <c>tariff</c>), by date.</summary>
    public static IReadOnlyList<StoryEvent> OfCategory(DataCatalog data, string category) =>
        All(data).Where(e => string.Equals(e.Category, category, StringComparison.Ordinal)).ToArray();

    /// <summary>An event's date as ISO text.</summary>
    public static string Iso(StoryEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
