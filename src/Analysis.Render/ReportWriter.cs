using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Markdig;

namespace Analysis.Render;

/// <summary>A chart of a report page: where its image and data were written, and how it is described.</summary>
/// <param name="Number">1-based number in its notebook (<c>chart-01</c>).</param>
/// <param name="ImagePath">The PNG, relative to the report folder (<c>images/01-…/chart-01.png</c>).</param>
/// <param name="CsvPath">The plotted data as CSV, relative to the report folder, or null when the output holds no figure.</param>
/// <param name="AltText">The image's alt text: title and one-sentence summary.</param>
public sealed record ReportChart(int Number, string ImagePath, string? CsvPath, string AltText)
{
    /// <summary>The chart's anchor on its page (<c>chart-01</c>).</summary>
    public string Anchor => "chart-" + Number.ToString("00", CultureInfo.InvariantCulture);
}

/// <summary>A notebook's page before it is written: its content (maths not yet rendered) and its charts.</summary>
/// <param name="Link">Name and title.</param>
/// <param name="Content">The HTML inside <c>&lt;main&gt;</c>.</param>
/// <param name="Charts">The charts, in order.</param>
public sealed record ReportPage(ReportPageLink Link, string Content, IReadOnlyList<ReportChart> Charts);

/// <summary>
/// Writes the static HTML report: an index page (the article's argument, the scorecard with its
/// verdicts, chart thumbnails) and one page per notebook, with navigation by title, charts that are
/// interactive offline (plotly.js written once to <c>assets/plotly.min.js</c>), each chart's PNG and
/// plotted data (CSV) under <c>images/</c>, maths rendered by KaTeX while the report is built, and
/// links between notebooks pointing at their pages.
/// </summary>
public static partial class ReportWriter
{
    /// <summary>The Markdown pipeline of every page (Markdig's advanced extensions).</summary>
    internal static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Writes the report for <paramref name="runs"/> into <paramref name="outputDirectory"/>.</summary>
    /// <param name="outputDirectory">Report folder (created if needed).</param>
    /// <param name="runs">Executed notebooks, in order.</param>
    /// <param name="plotlyJs">plotly.js source, written once.</param>
    /// <param name="failures">Notebooks of this render that failed or could not be read; the index marks them (their earlier pages, if any, are kept).</param>
    /// <param name="renderMath">Renders TeX snippets to HTML (one string per snippet, or null when it cannot); default <see cref="KatexMath.Render"/>, in the shared headless Chromium.</param>
    /// <returns>The paths of the PNG files written.</returns>
    public static IReadOnlyList<string> Write(string outputDirectory, IReadOnlyList<NotebookRun> runs, string plotlyJs, IReadOnlyList<NotebookFailure>? failures = null, Func<IReadOnlyList<TexSnippet>, IReadOnlyList<string>?>? renderMath = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        failures ??= [];
        renderMath ??= KatexMath.Render;
        var assets = Path.Combine(outputDirectory, "assets");
        Directory.CreateDirectory(assets);
        AtomicFile.WriteText(Path.Combine(assets, "plotly.min.js"), plotlyJs);
        AtomicFile.WriteText(Path.Combine(outputDirectory, ReportLayout.StylesheetPath), ReportLayout.Stylesheet());

        var names = runs.Select(r => r.Notebook.Name).Concat(failures.Select(f => f.Name)).ToHashSet(StringComparer.Ordinal);
        var images = new List<string>();
        var pages = runs.Select(run => BuildPage(outputDirectory, run, names, images)).ToList();
        var links = pages.Select(p => p.Link).ToList();

        var index = ReportIndex.Content(outputDirectory, runs, pages, failures, names);
        var maths = RenderMaths(pages.Select(p => p.Content).Append(index), renderMath);
        if (maths.Count > 0)
        {
            KatexMath.WriteAssets(assets);
        }

        foreach (var page in pages)
        {
            WritePage(Path.Combine(outputDirectory, page.Link.Name + ".html"), page.Link.Title, page.Content, maths, links, page.Link.Name, plotly: page.Charts.Count > 0);
        }

        WritePage(Path.Combine(outputDirectory, "index.html"), ReportLayout.ReportName, index, maths, links, current: null, plotly: false);
        return images;
    }

    /// <summary>The notebook's title: the first Markdown heading, else its file name.</summary>
    public static string Title(NotebookFile notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        foreach (var cell in notebook.Cells)
        {
            if (cell?["cell_type"]?.GetValue<string>() == "markdown")
            {
                var heading = NotebookFile.Source(cell).Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
                if (heading is not null)
                {
                    return heading[2..].Trim();
                }
            }
        }

        return notebook.Name;
    }

    /// <summary>Markdown as the report renders it (Markdig's advanced extensions: tables, maths as <c>\( \)</c> spans for KaTeX, …).</summary>
    public static string MarkdownToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Markdown);

    private static void WritePage(string path, string title, string content, Dictionary<TexSnippet, string> maths, List<ReportPageLink> links, string? current, bool plotly)
    {
        var hasMaths = maths.Count > 0 && KatexMath.Find(content).Count > 0;
        AtomicFile.WriteText(path, ReportLayout.Page(title, hasMaths ? KatexMath.Substitute(content, maths) : content, links, current, plotly, hasMaths));
    }

    /// <summary>Renders every distinct TeX snippet of <paramref name="contents"/> in one call; empty when there is none or it cannot be rendered.</summary>
    private static Dictionary<TexSnippet, string> RenderMaths(IEnumerable<string> contents, Func<IReadOnlyList<TexSnippet>, IReadOnlyList<string>?> renderMath)
    {
        var snippets = contents.SelectMany(KatexMath.Find).Distinct().ToList();
        var rendered = snippets.Count == 0 ? null : renderMath(snippets);
        if (rendered is null || rendered.Count != snippets.Count)
        {
            return [];
        }

        return snippets.Zip(rendered).ToDictionary(p => p.First, p => p.Second);
    }

    private static ReportPage BuildPage(string root, NotebookRun run, IReadOnlySet<string> notebooks, List<string> images)
    {
        var nb = run.Notebook;
        var imageDir = Path.Combine(root, "images", nb.Name);
        if (Directory.Exists(imageDir))
        {
            Directory.Delete(imageDir, recursive: true); // no stale images from an earlier render
        }

        Directory.CreateDirectory(imageDir);
        var charts = new List<ReportChart>();
        var body = new StringBuilder();
        foreach (var cell in nb.Cells)
        {
            if (cell is null)
            {
                continue;
            }

            var source = NotebookFile.Source(cell);
            if (NotebookFile.IsMarkdown(cell))
            {
                body.Append(ReportLinks.ToPages(MarkdownToHtml(source), notebooks));
                continue;
            }

            if (!NotebookFile.IsCode(cell))
            {
                continue; // a raw cell is for other converters, as in nbconvert's HTML export
            }

            body.Append("<details><summary>Code</summary><pre><code>").Append(Html.Encode(source)).Append("</code></pre></details>");
            foreach (var output in cell["outputs"]?.AsArray() ?? [])
            {
                body.Append("<div class=\"output\">");
                var type = output?["output_type"]?.GetValue<string>();
                if (type == "stream")
                {
                    body.Append("<pre>").Append(Html.Encode(NotebookFile.JoinText(output!["text"]))).Append("</pre>");
                }
                else if (type == "error")
                {
                    body.Append("<pre class=\"error\">").Append(Html.Encode(output!["evalue"]?.GetValue<string>() ?? "")).Append("</pre>");
                }
                else if (output?["data"] is JsonObject data)
                {
                    if (data["image/png"] is { } png)
                    {
                        var chart = WriteChart(root, nb.Name, charts.Count + 1, png, data["text/html"] is { } h ? NotebookFile.JoinText(h) : null);
                        charts.Add(chart);
                        images.Add(Path.Combine(root, chart.ImagePath));
                        body.Append(ChartMarkup(chart, data["text/html"] is { } chartHtml ? ReportLinks.ToPages(NotebookFile.JoinText(chartHtml), notebooks) : null));
                    }
                    else if (data["text/html"] is { } html)
                    {
                        body.Append(ReportLinks.ToPages(NotebookFile.JoinText(html), notebooks));
                    }
                    else if (data["text/markdown"] is { } markdown)
                    {
                        body.Append(ReportLinks.ToPages(MarkdownToHtml(NotebookFile.JoinText(markdown)), notebooks));
                    }
                    else if (data["text/plain"] is { } text)
                    {
                        body.Append("<pre>").Append(Html.Encode(NotebookFile.JoinText(text))).Append("</pre>");
                    }
                }

                body.Append("</div>");
            }
        }

        return new ReportPage(new ReportPageLink(nb.Name, Title(nb)), body.ToString(), charts);
    }

    /// <summary>Writes a chart's PNG and, when its HTML holds the figure, its plotted data as CSV.</summary>
    private static ReportChart WriteChart(string root, string notebook, int number, JsonNode png, string? html)
    {
        var stem = "images/" + notebook + "/chart-" + number.ToString("00", CultureInfo.InvariantCulture);
        AtomicFile.Write(Path.Combine(root, stem + ".png"), Convert.FromBase64String(NotebookFile.JoinText(png)));
        ChartFigure? figure;
        try
        {
            figure = html is null ? null : ChartFigure.FromOutputHtml(html);
        }
        catch (InvalidDataException)
        {
            figure = null; // the chart is still shown; only its data download is missing
        }

        if (figure is null)
        {
            return new ReportChart(number, stem + ".png", null, html is null ? $"Chart {number}" : ImageAlt(html) ?? $"Chart {number}");
        }

        AtomicFile.WriteText(Path.Combine(root, stem + ".csv"), figure.ToCsv());
        return new ReportChart(number, stem + ".png", stem + ".csv", figure.AltText);
    }

    /// <summary>
    /// A chart in a page: the notebook's interactive chart with its embedded base64 image replaced
    /// by the PNG file (and the full alt text), the PNG again for print (the interactive chart
    /// replaces its image once plotly.js draws), and links to the plotted data and the image.
    /// </summary>
    private static string ChartMarkup(ReportChart chart, string? html)
    {
        var alt = Html.Encode(chart.AltText);
        var sb = new StringBuilder("<figure class=\"report-chart\" id=\"").Append(chart.Anchor).Append("\">");
        if (html is not null)
        {
            sb.Append(ImageTag().Replace(html, m => m.Value.Contains("src=\"data:image/png;base64,", StringComparison.Ordinal)
                ? $"<img alt=\"{alt}\" src=\"{chart.ImagePath}\"{SourceOrAlt().Replace(m.Groups["attributes"].Value, "")}>"
                : m.Value));
            sb.Append("<img class=\"print-only\" alt=\"").Append(alt).Append("\" src=\"").Append(chart.ImagePath).Append("\" loading=\"lazy\">");
        }
        else
        {
            sb.Append("<img alt=\"").Append(alt).Append("\" src=\"").Append(chart.ImagePath).Append("\" loading=\"lazy\">");
        }

        sb.Append("<figcaption class=\"chart-links\">");
        if (chart.CsvPath is not null)
        {
            sb.Append("<a href=\"").Append(chart.CsvPath).Append("\" download>Download the data (CSV)</a>");
        }

        sb.Append("<a href=\"").Append(chart.ImagePath).Append("\">Image (PNG)</a></figcaption></figure>");
        return sb.ToString();
    }

    /// <summary>The alt text of the first image in <paramref name="html"/>, decoded, or null.</summary>
    private static string? ImageAlt(string html) =>
        ImageAltAttribute().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["alt"].Value) : null;

    /// <summary>An <c>&lt;img&gt;</c> tag and its attributes (attribute values are HTML-encoded, so hold no '&gt;').</summary>
    [GeneratedRegex("""<img(?<attributes>[^>]*?)\s*/?>""")]
    private static partial Regex ImageTag();

    /// <summary>A <c>src</c> or <c>alt</c> attribute.</summary>
    [GeneratedRegex(@"\s+(?:src|alt)=""[^""]*""")]
    private static partial Regex SourceOrAlt();

    [GeneratedRegex("""<img[^>]*\salt="(?<alt>[^"]*)""")]
    private static partial Regex ImageAltAttribute();
}
