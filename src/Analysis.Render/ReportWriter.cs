using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Markdig;

namespace Analysis.Render;

/// <summary>
/// Writes the static HTML report: an index page and one page per notebook, with charts that are
/// interactive offline (plotly.js written once to <c>assets/plotly.min.js</c> and loaded by every
/// page) and their PNGs under <c>images/</c>.
/// </summary>
public static class ReportWriter
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private const string Style = "body{font-family:Arial,Helvetica,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}" +
        "pre{background:#f6f6f6;padding:8px;overflow-x:auto;font-size:12px}details{margin:6px 0}summary{cursor:pointer;color:#555;font-size:12px}" +
        ".output{margin:6px 0 18px 0}.error{background:#fdecea;color:#8a1c1c}table{border-collapse:collapse}nav a{margin-right:1em}";

    /// <summary>Writes the report for <paramref name="runs"/> into <paramref name="outputDirectory"/>.</summary>
    /// <param name="outputDirectory">Report folder (created if needed).</param>
    /// <param name="runs">Executed notebooks, in order.</param>
    /// <param name="plotlyJs">plotly.js source, written once.</param>
    /// <param name="failures">Notebooks of this render that failed or could not be read; the index marks them (their earlier pages, if any, are kept).</param>
    /// <returns>The paths of the PNG files written.</returns>
    public static IReadOnlyList<string> Write(string outputDirectory, IReadOnlyList<NotebookRun> runs, string plotlyJs, IReadOnlyList<NotebookFailure>? failures = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        failures ??= [];
        Directory.CreateDirectory(Path.Combine(outputDirectory, "assets"));
        AtomicFile.WriteText(Path.Combine(outputDirectory, "assets", "plotly.min.js"), plotlyJs);
        var images = new List<string>();
        foreach (var run in runs)
        {
            images.AddRange(WritePage(outputDirectory, run, runs));
        }

        WriteIndex(outputDirectory, runs, failures);
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

    private static List<string> WritePage(string root, NotebookRun run, IReadOnlyList<NotebookRun> all)
    {
        var nb = run.Notebook;
        var imageDir = Path.Combine(root, "images", nb.Name);
        if (Directory.Exists(imageDir))
        {
            Directory.Delete(imageDir, recursive: true); // no stale images from an earlier render
        }

        Directory.CreateDirectory(imageDir);
        var images = new List<string>();
        var body = new StringBuilder();
        var chart = 0;
        foreach (var cell in nb.Cells)
        {
            if (cell is null)
            {
                continue;
            }

            var source = NotebookFile.Source(cell);
            if (NotebookFile.IsMarkdown(cell))
            {
                body.Append(Markdig.Markdown.ToHtml(source, Markdown));
                continue;
            }

            if (!NotebookFile.IsCode(cell))
            {
                continue; // a raw cell is for other converters, as in nbconvert's HTML export
            }

            body.Append("<details><summary>Code</summary><pre><code>").Append(WebUtility.HtmlEncode(source)).Append("</code></pre></details>");
            foreach (var output in cell["outputs"]?.AsArray() ?? [])
            {
                body.Append("<div class=\"output\">");
                var type = output?["output_type"]?.GetValue<string>();
                if (type == "stream")
                {
                    body.Append("<pre>").Append(WebUtility.HtmlEncode(NotebookFile.JoinText(output!["text"]))).Append("</pre>");
                }
                else if (type == "error")
                {
                    body.Append("<pre class=\"error\">").Append(WebUtility.HtmlEncode(output!["evalue"]?.GetValue<string>() ?? "")).Append("</pre>");
                }
                else if (output?["data"] is JsonObject data)
                {
                    if (data["image/png"] is { } png)
                    {
                        chart++;
                        var file = Path.Combine(imageDir, "chart-" + chart.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ".png");
                        AtomicFile.Write(file, Convert.FromBase64String(NotebookFile.JoinText(png)));
                        images.Add(file);
                    }

                    if (data["text/html"] is { } html)
                    {
                        body.Append(NotebookFile.JoinText(html));
                    }
                    else if (data["image/png"] is not null)
                    {
                        body.Append("<img src=\"images/").Append(nb.Name).Append("/chart-").Append(chart.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(".png\"/>");
                    }
                    else if (data["text/plain"] is { } text)
                    {
                        body.Append("<pre>").Append(WebUtility.HtmlEncode(NotebookFile.JoinText(text))).Append("</pre>");
                    }
                }

                body.Append("</div>");
            }
        }

        var nav = new StringBuilder("<nav><a href=\"index.html\">Index</a>");
        foreach (var other in all)
        {
            nav.Append("<a href=\"").Append(other.Notebook.Name).Append(".html\">").Append(WebUtility.HtmlEncode(other.Notebook.Name[..Math.Min(2, other.Notebook.Name.Length)])).Append("</a>");
        }

        nav.Append("</nav>");
        AtomicFile.WriteText(Path.Combine(root, nb.Name + ".html"), Page(Title(nb), nav + body.ToString() + nav));
        return images;
    }

    private static void WriteIndex(string root, IReadOnlyList<NotebookRun> runs, IReadOnlyList<NotebookFailure> failures)
    {
        var sb = new StringBuilder("<h1>China–Russia: rhetoric and economic reality</h1>");
        sb.Append("<p>The notebooks test, claim by claim, a news analysis of Putin's October 2023 visit to China. Each page is a rendered notebook; charts are interactive and work offline.</p>");
        if (failures.Count > 0)
        {
            sb.Append("<p class=\"error\" id=\"failures\">").Append(failures.Count).Append(" notebook(s) failed in this render and are marked below; a page from an earlier render, where there is one, is kept and linked.</p>");
        }

        sb.Append("<table><thead><tr><th style=\"text-align:left\">Notebook</th><th style=\"text-align:left\">Title</th><th>Cells</th><th style=\"text-align:left\">Status</th></tr></thead><tbody>");
        var rows = runs.Select(r => (r.Notebook.Name, Run: (NotebookRun?)r, Failure: (NotebookFailure?)null))
            .Concat(failures.Select(f => (f.Name, Run: (NotebookRun?)null, Failure: (NotebookFailure?)f)))
            .OrderBy(r => r.Name, StringComparer.Ordinal);
        foreach (var (name, run, failure) in rows)
        {
            if (run is not null)
            {
                sb.Append("<tr><td><a href=\"").Append(name).Append(".html\">").Append(WebUtility.HtmlEncode(name)).Append("</a></td><td>")
                  .Append(WebUtility.HtmlEncode(Title(run.Notebook))).Append("</td><td style=\"text-align:right\">").Append(run.Cells.Count).Append("</td><td>ok</td></tr>");
                continue;
            }

            var earlier = File.Exists(Path.Combine(root, name + ".html"))
                ? " <a href=\"" + name + ".html\">(earlier render)</a>"
                : "";
            sb.Append("<tr class=\"failed\"><td>").Append(WebUtility.HtmlEncode(name)).Append(earlier).Append("</td><td></td><td></td><td><strong>FAILED</strong>")
              .Append("<pre class=\"error\">").Append(WebUtility.HtmlEncode(failure!.Problem)).Append("</pre></td></tr>");
        }

        sb.Append("</tbody></table>");
        AtomicFile.WriteText(Path.Combine(root, "index.html"), Page("China–Russia notebooks", sb.ToString()));
    }

    private static string Page(string title, string body) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + WebUtility.HtmlEncode(title) + "</title>" +
        "<style>" + Style + "</style><script src=\"assets/plotly.min.js\"></script></head><body>" + body + "</body></html>";
}
