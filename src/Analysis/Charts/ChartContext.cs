using Analysis.Data;

namespace Analysis.Charts;

/// <summary>
/// What a chart carries besides its data: the notebook it belongs to, its source line (generated from
/// the manifest entries of the datasets it plots), and the sourced events its time axis may cover,
/// with the day the article appeared.
/// </summary>
/// <param name="Notebook">The notebook the chart belongs to (e.g. <c>01-rhetoric-vs-trade</c>); it selects the events to mark.</param>
/// <param name="Source">The source line (see <see cref="Citation.For"/>).</param>
/// <param name="Datasets">The datasets plotted.</param>
/// <param name="Events">The events of dataset <c>events</c> that concern the notebook.</param>
/// <param name="ArticleDate">The day the article appeared (event <c>article_published</c>), from which data is set apart as "after the article"; null for none.</param>
public sealed record ChartContext(string Notebook, string Source, IReadOnlyList<string> Datasets, IReadOnlyList<StoryEvent> Events, DateOnly? ArticleDate)
{
    /// <summary>Id of the event that dates the article.</summary>
    public const string ArticleEvent = "article_published";

    /// <summary>The context of a chart of <paramref name="notebook"/> that plots <paramref name="datasets"/>.</summary>
    public static ChartContext For(DataCatalog data, string notebook, params string[] datasets)
    {
        ArgumentNullException.ThrowIfNull(data);
        var events = Data.Events.All(data);
        var article = events.FirstOrDefault(e => e.Id == ArticleEvent)?.Date;
        return new ChartContext(notebook, Citation.For(data, datasets), datasets,
            events.Where(e => e.Notebooks.Contains(notebook, StringComparer.Ordinal) && e.Id != ArticleEvent).ToArray(), article);
    }

    /// <summary>A context with a source line only (no events, no article shading), for charts outside the story or in tests.</summary>
    public static ChartContext SourceOnly(string source) => new("", source, [], [], null);
}

/// <summary>The words of a chart.</summary>
/// <param name="Title">What the chart shows, stated as its finding (e.g. "China trades 6× more with the US and EU than with Russia").</param>
/// <param name="Subtitle">The measure, its unit and scope (e.g. "Goods trade, exports + imports, USD bn, China's customs").</param>
/// <param name="ValueAxisTitle">The value axis title, with the unit.</param>
/// <param name="Unit">The unit of every value plotted (one unit per chart: never two on one axis).</param>
/// <param name="Summary">One sentence for readers who cannot see the chart (alt text).</param>
public sealed record ChartText(string Title, string Subtitle, string ValueAxisTitle, string Unit, string Summary);

/// <summary>A point the verdict rests on, annotated on the chart with an arrow.</summary>
/// <param name="X">The point's x (a year, or a category's value for bars).</param>
/// <param name="Y">The point's y (or the category for horizontal bars).</param>
/// <param name="Text">The label, e.g. "6.0× in 2024".</param>
public sealed record Highlight(object X, object Y, string Text);
