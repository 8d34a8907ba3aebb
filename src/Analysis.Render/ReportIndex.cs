using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Analysis.Render;

/// <summary>
/// The report's index: the whole story on one screen. The article's argument in short (from the
/// overview notebook's first Markdown cell), the scorecard with colour-coded verdicts at both
/// moments, each claim linking to its section, and the conclusion's summary; below them a strip
/// of chart thumbnails per notebook and the list of notebooks with their status in this render.
/// </summary>
/// <remarks>
/// Contract with the conclusion notebook: an output whose <c>text/html</c> starts with
/// <c>&lt;table class="scorecard"</c> is the scorecard (rows carry <c>data-claim-id</c>, links
/// are written <c>NN-name.ipynb#claim-&lt;id&gt;</c> and each claim's assessment box has
/// <c>id="claim-&lt;id&gt;"</c>); one whose <c>text/html</c> starts with
/// <c>&lt;div class="scorecard-summary"</c> is its summary. A cell of the scorecard that holds only
/// a verdict (<see cref="Verdicts"/>) is shown as a coloured badge; the word stays, so the colour
/// is never the only cue.
/// </remarks>
public static partial class ReportIndex
{
    /// <summary>The verdict words the scorecard uses, and the CSS class of each badge.</summary>
    public static readonly IReadOnlyDictionary<string, string> Verdicts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["supported"] = "verdict-supported",
        ["mixed"] = "verdict-mixed",
        ["not supported"] = "verdict-not-supported",
        ["not testable"] = "verdict-not-testable",
        ["on record"] = "verdict-on-record",
    };

    private const string ScorecardStart = "<table class=\"scorecard\"";
    private const string SummaryStart = "<div class=\"scorecard-summary\"";

    /// <summary>The index's content (inside <c>&lt;main&gt;</c>).</summary>
    /// <param name="root">The report folder (to find pages of earlier renders for failed notebooks).</param>
    /// <param name="runs">The notebooks rendered now, in order.</param>
    /// <param name="pages">Their pages, in the same order.</param>
    /// <param name="failures">Notebooks that failed in this render.</param>
    /// <param name="notebooks">Names of all notebooks (for links between them).</param>
    public static string Content(string root, IReadOnlyList<NotebookRun> runs, IReadOnlyList<ReportPage> pages, IReadOnlyList<NotebookFailure> failures, IReadOnlySet<string> notebooks)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(failures);
        var sb = new StringBuilder("<h1>").Append(Html.Encode(ReportLayout.ReportName)).Append("</h1>");
        if (failures.Count > 0)
        {
            sb.Append("<p class=\"error\" id=\"failures\">").Append(failures.Count).Append(" notebook(s) failed in this render and are marked in <a href=\"#notebooks\">the list of notebooks</a>; a page from an earlier render, where there is one, is kept and linked.</p>");
        }

        var overview = runs.FirstOrDefault(r => r.Notebook.Name.StartsWith("00", StringComparison.Ordinal));
        var argument = overview is null ? null : Argument(overview.Notebook);
        var scorecard = FindOutput(runs, ScorecardStart);
        var summary = FindOutput(runs, SummaryStart);
        sb.Append("<section aria-labelledby=\"argument-heading\"><h2 id=\"argument-heading\">The article's argument</h2><div class=\"argument\">");
        sb.Append(argument is null
            ? "<p>The notebooks test, claim by claim, a news analysis of Putin's October 2023 visit to China.</p>"
            : ReportLinks.ToPages(argument, notebooks));
        sb.Append("</div></section><section class=\"scorecard-block\" aria-labelledby=\"scorecard-heading\"><h2 id=\"scorecard-heading\">What the data say, claim by claim");
        if (overview is not null)
        {
            sb.Append(" <small>(<a href=\"").Append(overview.Notebook.Name).Append(".html\">how the claims are tested</a>)</small>");
        }

        sb.Append("</h2>");
        if (scorecard is not null)
        {
            sb.Append("<div class=\"scorecard-scroll\">").Append(CellTitles(VerdictBadges(ReportLinks.ToPages(scorecard, notebooks)))).Append("</div>");
        }
        else
        {
            sb.Append("<p>The scorecard is written by the conclusion notebook, which is not part of this render.</p>");
        }

        if (summary is not null)
        {
            sb.Append("<div class=\"in-short\">").Append(ReportLinks.ToPages(summary, notebooks)).Append("</div>");
        }

        sb.Append("</section>");
        AppendThumbnails(sb, pages);
        AppendNotebooks(sb, root, runs, failures);
        return sb.ToString();
    }

    /// <summary>
    /// The article's argument in short, as HTML: from the first Markdown cell of
    /// <paramref name="overview"/>, the paragraphs and quotes after its title, up to and including
    /// the paragraph that follows the first quote (or up to the first table, list or heading).
    /// </summary>
    /// <returns>The HTML, or null when the notebook has no such text.</returns>
    public static string? Argument(NotebookFile overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var cell = overview.Cells.FirstOrDefault(c => c is not null && NotebookFile.IsMarkdown(c));
        if (cell is null)
        {
            return null;
        }

        var pipeline = ReportWriter.Markdown;
        var document = Markdown.Parse(NotebookFile.Source(cell), pipeline);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var quoteSeen = false;
        var any = false;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 1 } && !any)
            {
                continue;
            }

            if (block is not (ParagraphBlock or QuoteBlock))
            {
                break;
            }

            renderer.Render(block);
            any = true;
            if (block is QuoteBlock)
            {
                quoteSeen = true;
            }
            else if (quoteSeen)
            {
                break;
            }
        }

        writer.Flush();
        return any ? writer.ToString() : null;
    }

    /// <summary>Wraps every table cell that holds only a verdict word in a coloured badge of that verdict.</summary>
    public static string VerdictBadges(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return PlainCell().Replace(html, m =>
        {
            var text = WebUtility.HtmlDecode(m.Groups["text"].Value).Trim();
            return Verdicts.TryGetValue(text, out var css)
                ? $"<td{m.Groups["attributes"].Value}><span class=\"verdict {css}\">{m.Groups["text"].Value.Trim()}</span></td>"
                : m.Value;
        });
    }

    /// <summary>Gives every table cell a <c>title</c> with its text, so a cell cut to one line on a wide screen still shows all of it on hover.</summary>
    public static string CellTitles(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return CellWithContent().Replace(html, m =>
        {
            if (m.Groups["attributes"].Value.Contains(" title=", StringComparison.Ordinal))
            {
                return m.Value;
            }

            var text = WebUtility.HtmlDecode(Tag().Replace(m.Groups["content"].Value, " "));
            text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return text.Length == 0 ? m.Value : $"<td{m.Groups["attributes"].Value} title=\"{Html.Encode(text)}\">{m.Groups["content"].Value}</td>";
        });
    }

    /// <summary>The first display output of the runs whose <c>text/html</c> starts with <paramref name="start"/>.</summary>
    private static string? FindOutput(IReadOnlyList<NotebookRun> runs, string start) =>
        runs.SelectMany(r => r.Notebook.Cells)
            .SelectMany(c => c?["outputs"]?.AsArray() ?? [])
            .Select(o => o?["data"]?["text/html"] is { } html ? NotebookFile.JoinText(html).TrimStart() : null)
            .FirstOrDefault(h => h is not null && h.StartsWith(start, StringComparison.Ordinal));

    private static void AppendThumbnails(StringBuilder sb, IReadOnlyList<ReportPage> pages)
    {
        var withCharts = pages.Where(p => p.Charts.Count > 0).ToList();
        if (withCharts.Count == 0)
        {
            return;
        }

        sb.Append("<section class=\"thumbnails\" aria-labelledby=\"charts-heading\"><h2 id=\"charts-heading\">The charts</h2>");
        foreach (var page in withCharts)
        {
            var name = Html.Encode(page.Link.Name);
            sb.Append("<div class=\"thumbs-notebook\"><h3><a href=\"").Append(name).Append(".html\">").Append(Html.Encode(page.Link.Title)).Append("</a></h3><ul class=\"thumbs\">");
            foreach (var chart in page.Charts)
            {
                sb.Append("<li><a href=\"").Append(name).Append(".html#").Append(chart.Anchor).Append("\"><img src=\"").Append(chart.ImagePath)
                  .Append("\" alt=\"").Append(Html.Encode(chart.AltText)).Append("\" loading=\"lazy\"></a></li>");
            }

            sb.Append("</ul></div>");
        }

        sb.Append("</section>");
    }

    private static void AppendNotebooks(StringBuilder sb, string root, IReadOnlyList<NotebookRun> runs, IReadOnlyList<NotebookFailure> failures)
    {
        sb.Append("<section aria-labelledby=\"notebooks\"><h2 id=\"notebooks\">The notebooks</h2>");
        sb.Append("<table class=\"notebook-status\"><thead><tr><th>Notebook</th><th>Title</th><th>Cells</th><th>Status</th></tr></thead><tbody>");
        var rows = runs.Select(r => (r.Notebook.Name, Run: (NotebookRun?)r, Failure: (NotebookFailure?)null))
            .Concat(failures.Select(f => (f.Name, Run: (NotebookRun?)null, Failure: (NotebookFailure?)f)))
            .OrderBy(r => r.Name, StringComparer.Ordinal);
        foreach (var (name, run, failure) in rows)
        {
            if (run is not null)
            {
                sb.Append("<tr><td><a href=\"").Append(name).Append(".html\">").Append(Html.Encode(name)).Append("</a></td><td>")
                  .Append(Html.Encode(ReportWriter.Title(run.Notebook))).Append("</td><td style=\"text-align:right\">").Append(run.Cells.Count).Append("</td><td>ok</td></tr>");
                continue;
            }

            var earlier = File.Exists(Path.Combine(root, name + ".html"))
                ? " <a href=\"" + name + ".html\">(earlier render)</a>"
                : "";
            sb.Append("<tr class=\"failed\"><td>").Append(Html.Encode(name)).Append(earlier).Append("</td><td></td><td></td><td><strong>FAILED</strong>")
              .Append("<pre class=\"error\">").Append(Html.Encode(failure!.Problem)).Append("</pre></td></tr>");
        }

        sb.Append("</tbody></table></section>");
    }

    /// <summary>A table cell and what is inside it (cells of the scorecard hold no nested tables).</summary>
    [GeneratedRegex("<td(?<attributes>[^>]*)>(?<content>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellWithContent();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>A table cell with no element inside it: its attributes and its text.</summary>
    [GeneratedRegex("<td(?<attributes>[^>]*)>(?<text>[^<]*)</td>")]
    private static partial Regex PlainCell();
}
