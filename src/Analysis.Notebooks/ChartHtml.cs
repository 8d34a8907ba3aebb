using Analysis.Charts;
using System.Net;
using System.Text;
using Plotly.NET;

namespace Analysis.Notebooks;

/// <summary>
/// The HTML a chart is shown as in notebooks and in the report: a static image inside a div that
/// plotly.js, when the page has it (or can load it), replaces with the interactive chart. A viewer
/// that runs no JavaScript (GitHub, nbviewer, a text export) still shows the image.
/// </summary>
public static class ChartHtml
{
    /// <summary>Where plotly.js is loaded from when the page does not already provide it (VS Code outputs).</summary>
    public const string PlotlyCdnUrl = "https://cdn.plot.ly/plotly-2.28.0.min.js";

    /// <summary>The HTML fragment for <paramref name="chart"/> with <paramref name="png"/> as its static image (null: a note instead).</summary>
    public static string Fragment(GenericChart chart, byte[]? png)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var id = "chart-" + ChartImages.ContentId(chart);
        var json = HouseCharts.ToFigureJson(chart);
        var title = TitleOf(json);
        var (width, height) = HouseCharts.SizeOf(json);
        var sb = new StringBuilder();
        sb.Append("<div class=\"analysis-chart\">");
        sb.Append("<div id=\"").Append(id).Append("\" style=\"width:").Append(width).Append("px;max-width:100%\">");
        if (png is not null)
        {
            sb.Append("<img alt=\"").Append(WebUtility.HtmlEncode(title)).Append("\" width=\"").Append(width).Append("\" height=\"").Append(height)
              .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\"/>");
        }
        else
        {
            sb.Append("<p style=\"color:#777\">").Append(WebUtility.HtmlEncode(title)).Append(" (static image unavailable: no Chromium found; set ").Append(ChartImages.ChromiumVariable).Append(")</p>");
        }

        sb.Append("</div><script type=\"text/javascript\">(function(){var fig=").Append(json.Replace("</", "<\\/", StringComparison.Ordinal)).Append(';');
        sb.Append("function draw(){var el=document.getElementById('").Append(id).Append("');if(!el||!window.Plotly){return;}el.innerHTML='';window.Plotly.newPlot(el,fig.data,fig.layout,{responsive:true,displaylogo:false});}");
        sb.Append("if(window.Plotly){draw();return;}var s=document.createElement('script');s.src='").Append(PlotlyCdnUrl).Append("';s.onload=draw;document.head.appendChild(s);})();</script></div>");
        return sb.ToString();
    }

    /// <summary>The chart's text alternative: its finding title and one-sentence summary from <c>layout.meta</c>, else the plain title.</summary>
    private static string TitleOf(string figureJson)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(figureJson);
        if (!doc.RootElement.TryGetProperty("layout", out var layout))
        {
            return "chart";
        }

        if (layout.TryGetProperty("meta", out var meta) && meta.ValueKind == System.Text.Json.JsonValueKind.Object && meta.TryGetProperty("title", out var title))
        {
            var summary = meta.TryGetProperty("summary", out var s) ? s.GetString() : null;
            return string.IsNullOrWhiteSpace(summary) ? title.GetString() ?? "chart" : $"{title.GetString()}. {summary}";
        }

        return layout.TryGetProperty("title", out var t) && t.TryGetProperty("text", out var text) ? text.GetString() ?? "chart" : "chart";
    }
}
