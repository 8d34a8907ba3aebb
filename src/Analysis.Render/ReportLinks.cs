using System.Text.RegularExpressions;

namespace Analysis.Render;

/// <summary>
/// Links between notebooks, as written in Markdown and in outputs (<c>01-rhetoric-vs-trade.ipynb</c>,
/// <c>06-conclusion.ipynb#claim-gas-more</c>), pointed at the report's pages (<c>….html</c>, same
/// fragment). Links to anything else are left as they are.
/// </summary>
public static partial class ReportLinks
{
    /// <summary>
    /// Rewrites every <c>href</c> in <paramref name="html"/> whose target is a relative path to a
    /// notebook named in <paramref name="notebooks"/> (any folder, e.g. <c>../notebooks/04-gas.ipynb</c>)
    /// to that notebook's page, keeping the fragment. Absolute URLs (<c>https:</c>, <c>file:</c>, …)
    /// are not changed.
    /// </summary>
    /// <param name="html">HTML text.</param>
    /// <param name="notebooks">Names of the notebooks that have pages, without extension.</param>
    public static string ToPages(string html, IReadOnlySet<string> notebooks)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(notebooks);
        return NotebookHref().Replace(html, m =>
        {
            var path = m.Groups["path"].Value;
            var name = path[(path.LastIndexOf('/') + 1)..];
            return path.Contains(':', StringComparison.Ordinal) || !notebooks.Contains(name)
                ? m.Value
                : $"{m.Groups["attr"].Value}{m.Groups["q"].Value}{name}.html{m.Groups["fragment"].Value}{m.Groups["q"].Value}";
        });
    }

    [GeneratedRegex("""(?<attr>\bhref=)(?<q>["'])(?<path>[^"'#?]*?)\.ipynb(?<fragment>#[^"']*)?\k<q>""", RegexOptions.IgnoreCase)]
    private static partial Regex NotebookHref();
}
