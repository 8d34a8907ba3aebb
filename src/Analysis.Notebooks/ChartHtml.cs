using Analysis.Charts;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Plotly.NET;

namespace Analysis.Notebooks;

/// <summary>
/// The HTML a chart is shown as in notebooks and in the report: a static image inside a div that
/// plotly.js, when the page has it (or can load it), replaces with the interactive chart. A viewer
/// that runs no JavaScript (GitHub, nbviewer, a text export) still shows the image.
/// </summary>
public static partial class ChartHtml
{
    /// <summary>Where plotly.js is loaded from when the page does not already provide it (VS Code outputs).</summary>
    public const string PlotlyCdnUrl = "https://cdn.plot.ly/plotly-2.28.0.min.js";

    /// <summary>The HTML fragment for <paramref name="chart"/> with <paramref name="png"/> as its static image (null: a note instead).</summary>
    public static string Fragment(GenericChart chart, byte[]? png)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var id = "chart-" + ChartImages.ContentId(chart);
        var json = HouseCharts.ToFigureJson(chart);
        var alt = AltTextOf(json);
        var (width, height) = HouseCharts.SizeOf(json);
        var sb = new StringBuilder();
        sb.Append("<div class=\"analysis-chart\">");
        sb.Append("<div id=\"").Append(id).Append("\" style=\"width:").Append(width).Append("px;max-width:100%\">");
        if (png is not null)
        {
            sb.Append("<img alt=\"").Append(WebUtility.HtmlEncode(alt)).Append("\" width=\"").Append(width).Append("\" height=\"").Append(height)
              .Append("\" style=\"max-width:100%;height:auto\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\"/>");
        }
        else
        {
            sb.Append("<p style=\"color:#595959\">").Append(WebUtility.HtmlEncode(alt)).Append(" (static image unavailable: no Chromium found; set ").Append(ChartImages.ChromiumVariable).Append(")</p>");
        }

        sb.Append("</div><script type=\"text/javascript\">(function(){var fig=").Append(json.Replace("</", "<\\/", StringComparison.Ordinal)).Append(';');
        // Drawn at the width of its box (at most the layout's width: the box is that wide with
        // max-width:100%), so it never overflows a narrow page; the mode bar, vertical and shown on
        // hover only, stays clear of the title.
        sb.Append("function draw(){var el=document.getElementById('").Append(id).Append("');if(!el||!window.Plotly){return;}el.innerHTML='';")
          .Append("var layout=Object.assign({},fig.layout,{autosize:true,modebar:Object.assign({orientation:'v'},fig.layout.modebar)});delete layout.width;")
          .Append("window.Plotly.newPlot(el,fig.data,layout,{responsive:true,displaylogo:false,displayModeBar:'hover'});}");
        sb.Append("if(window.Plotly){draw();return;}var s=document.createElement('script');s.src='").Append(PlotlyCdnUrl).Append("';s.onload=draw;document.head.appendChild(s);})();</script></div>");
        return sb.ToString();
    }

    /// <summary>
    /// The chart's alt text: its title (<c>layout.meta.title</c>, else <c>layout.title.text</c>,
    /// markup removed), then the one-sentence summary from <c>layout.meta.summary</c> when there is one.
    /// </summary>
    public static string AltTextOf(string figureJson)
    {
        ArgumentNullException.ThrowIfNull(figureJson);
        using var doc = JsonDocument.Parse(figureJson);
        var root = doc.RootElement;
        var layout = root.TryGetProperty("layout", out var l) && l.ValueKind == JsonValueKind.Object ? l : default;
        var meta = layout.ValueKind == JsonValueKind.Object && layout.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var title = PlainText(StringAt(meta, "title"))
            ?? PlainText(layout.ValueKind == JsonValueKind.Object && layout.TryGetProperty("title", out var t) ? (t.ValueKind == JsonValueKind.String ? t.GetString() : StringAt(t, "text")) : null)
            ?? "Chart";
        return AltText(title, PlainText(StringAt(meta, "summary")));
    }

    /// <summary>Alt text from a chart's title and its one-sentence summary: <c>Title. Summary</c>, or the title alone.</summary>
    public static string AltText(string title, string? summary)
    {
        ArgumentNullException.ThrowIfNull(title);
        return summary is { Length: > 0 } ? title.TrimEnd('.', ' ') + ". " + summary : title;
    }

    private static string? StringAt(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// A chart text (title, legend entry, note) as plain text: Plotly's markup removed
    /// (<c>&lt;br&gt;</c> becomes a space; <c>&lt;b&gt;</c>, <c>&lt;sup&gt;</c>, … are dropped, their
    /// text kept), entities decoded, whitespace collapsed.
    /// </summary>
    /// <returns>The text, or null when <paramref name="text"/> is null or nothing is left.</returns>
    public static string? PlainText(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var plain = Markup().Replace(LineBreak().Replace(text, " "), "");
        plain = Whitespace().Replace(WebUtility.HtmlDecode(plain), " ").Trim();
        return plain.Length == 0 ? null : plain;
    }

    [GeneratedRegex("<br\\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    /// <summary>A tag (a name after '&lt;' or '&lt;/'), so a lone '&lt;' in text is kept.</summary>
    [GeneratedRegex("</?[a-zA-Z][^<>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
