using System.Text;

namespace Analysis.Render;

/// <summary>A page of the report in the navigation: file name without extension and title.</summary>
/// <param name="Name">File name without extension (<c>01-rhetoric-vs-trade</c>); the page is <c>Name.html</c>.</param>
/// <param name="Title">The notebook's title (its first Markdown heading).</param>
public sealed record ReportPageLink(string Name, string Title)
{
    /// <summary>The title up to its first colon (<c>03 · Tariffs</c> for <c>03 · Tariffs: Russia's car recycling fee</c>), for the navigation.</summary>
    public string ShortTitle => Title.IndexOf(':', StringComparison.Ordinal) is var i and > 0 ? Title[..i].Trim() : Title;
}

/// <summary>
/// The frame every page of the report shares: a skip link, a header with the report's name and the
/// notebooks by title (the current one marked), the page's content in <c>&lt;main&gt;</c>, and
/// links to the previous and next notebook. Styles come from <c>assets/report.css</c>.
/// </summary>
public static class ReportLayout
{
    /// <summary>The report's name, in every page's header and the index's heading.</summary>
    public const string ReportName = "China–Russia: rhetoric and economic reality";

    /// <summary>The stylesheet's path in the report, relative to its pages.</summary>
    public const string StylesheetPath = "assets/report.css";

    /// <summary>The report's stylesheet (embedded in this assembly).</summary>
    public static string Stylesheet()
    {
        using var stream = typeof(ReportLayout).Assembly.GetManifestResourceStream("Analysis.Render.Assets.report.css")
            ?? throw new InvalidOperationException("Analysis.Render.Assets.report.css is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A complete page.</summary>
    /// <param name="title">The page's title (also the browser tab's).</param>
    /// <param name="content">The HTML inside <c>&lt;main&gt;</c>.</param>
    /// <param name="pages">Every notebook page, in order, for the navigation.</param>
    /// <param name="current">This page's name, or null for the index.</param>
    /// <param name="plotly">Whether the page loads plotly.js (it has interactive charts).</param>
    /// <param name="maths">Whether the page links KaTeX's stylesheet (it has rendered maths).</param>
    public static string Page(string title, string content, IReadOnlyList<ReportPageLink> pages, string? current, bool plotly, bool maths)
    {
        ArgumentNullException.ThrowIfNull(pages);
        static string E(string s) => Html.Encode(s);
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>").Append(E(current is null ? ReportName : $"{title} · {ReportName}")).Append("</title>");
        sb.Append("<link rel=\"stylesheet\" href=\"").Append(StylesheetPath).Append("\">");
        if (maths)
        {
            sb.Append("<link rel=\"stylesheet\" href=\"").Append(KatexMath.StylesheetPath).Append("\">");
        }

        if (plotly)
        {
            sb.Append("<script src=\"assets/plotly.min.js\"></script>");
        }

        sb.Append("</head><body class=\"").Append(current is null ? "index" : "notebook").Append("\">");
        sb.Append("<a class=\"skip-link\" href=\"#main\">Skip to content</a>");
        sb.Append("<header class=\"site\"><div class=\"site-inner\"><a class=\"site-title\" href=\"index.html\"");
        if (current is null)
        {
            sb.Append(" aria-current=\"page\"");
        }

        sb.Append('>').Append(E(ReportName)).Append("</a><nav aria-label=\"Notebooks\"><ol>");
        foreach (var page in pages)
        {
            sb.Append("<li><a href=\"").Append(E(page.Name)).Append(".html\"");
            if (page.Name == current)
            {
                sb.Append(" aria-current=\"page\"");
            }

            sb.Append('>').Append(E(page.ShortTitle)).Append("</a></li>");
        }

        sb.Append("</ol></nav></div></header>");
        sb.Append("<main id=\"main\" class=\"content\" tabindex=\"-1\">").Append(content).Append("</main>");
        if (current is not null)
        {
            sb.Append(Pager(pages, current));
        }

        sb.Append("</body></html>");
        return sb.ToString();
    }

    /// <summary>Links to the previous page (the index before the first notebook) and the next notebook.</summary>
    private static string Pager(IReadOnlyList<ReportPageLink> pages, string current)
    {
        static string E(string s) => Html.Encode(s);
        var i = pages.ToList().FindIndex(p => p.Name == current);
        var sb = new StringBuilder("<nav class=\"pager\" aria-label=\"Previous and next\">");
        if (i > 0)
        {
            sb.Append("<a class=\"prev\" rel=\"prev\" href=\"").Append(E(pages[i - 1].Name)).Append(".html\">← ").Append(E(pages[i - 1].ShortTitle)).Append("</a>");
        }
        else
        {
            sb.Append("<a class=\"prev\" rel=\"prev\" href=\"index.html\">← Summary</a>");
        }

        if (i >= 0 && i < pages.Count - 1)
        {
            sb.Append("<a class=\"next\" rel=\"next\" href=\"").Append(E(pages[i + 1].Name)).Append(".html\">").Append(E(pages[i + 1].ShortTitle)).Append(" →</a>");
        }

        return sb.Append("</nav>").ToString();
    }
}
