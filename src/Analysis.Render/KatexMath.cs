using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Analysis.Notebooks;

namespace Analysis.Render;

/// <summary>One piece of TeX in a page: inline (<c>$…$</c>) or display (<c>$$…$$</c>).</summary>
/// <param name="Tex">The TeX source.</param>
/// <param name="Display">Whether it is display maths.</param>
public sealed record TexSnippet(string Tex, bool Display);

/// <summary>
/// The report's maths, rendered while the report is built: Markdig turns <c>$…$</c> into
/// <c>&lt;span class="math"&gt;\(…\)&lt;/span&gt;</c> and <c>$$…$$</c> into
/// <c>&lt;div class="math"&gt;\[…\]&lt;/div&gt;</c>; every snippet of every page is rendered in one
/// call of KaTeX's <c>renderToString</c> in the headless Chromium that draws the chart images (no
/// second browser), and the pages link KaTeX's stylesheet and fonts, written once to
/// <c>assets/katex/</c>. KaTeX 0.19.1 is vendored (Assets/katex, MIT licence), so nothing is
/// fetched.
/// </summary>
public static partial class KatexMath
{
    /// <summary>The vendored KaTeX version.</summary>
    public const string Version = "0.19.1";

    /// <summary>The stylesheet's path in the report, relative to its pages.</summary>
    public const string StylesheetPath = "assets/katex/katex.min.css";

    private const string ResourcePrefix = "Analysis.Render.Assets.katex.";

    /// <summary>The TeX snippets in <paramref name="html"/>, in order (TeX decoded from HTML).</summary>
    public static IReadOnlyList<TexSnippet> Find(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return MathElement().Matches(html).Select(Snippet).ToList();
    }

    /// <summary>
    /// Replaces each maths element of <paramref name="html"/> with its rendering from
    /// <paramref name="rendered"/>; an element with no rendering is left as it is.
    /// </summary>
    public static string Substitute(string html, IReadOnlyDictionary<TexSnippet, string> rendered)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(rendered);
        return MathElement().Replace(html, m => rendered.TryGetValue(Snippet(m), out var r) ? r : m.Value);
    }

    /// <summary>
    /// Renders <paramref name="snippets"/> with KaTeX (HTML and MathML output; a TeX error is shown
    /// in KaTeX's error colour with its message, not thrown) in the shared headless Chromium.
    /// </summary>
    /// <returns>One HTML string per snippet, in order, or null when no Chromium is available.</returns>
    public static IReadOnlyList<string>? Render(IReadOnlyList<TexSnippet> snippets)
    {
        ArgumentNullException.ThrowIfNull(snippets);
        if (snippets.Count == 0)
        {
            return [];
        }

        var script = ReadText("katex.min.js");
        return ChartImages.InBrowserPage(async page =>
        {
            await page.AddScriptTagAsync(new PuppeteerSharp.AddTagOptions { Content = script }).ConfigureAwait(false);
            return await page.EvaluateFunctionAsync<string[]>(
                "items => items.map(i => katex.renderToString(i.tex, { displayMode: i.display, throwOnError: false, output: 'htmlAndMathml' }))",
                [snippets.Select(s => new { tex = s.Tex, display = s.Display }).ToArray()]).ConfigureAwait(false);
        });
    }

    /// <summary>Writes KaTeX's stylesheet, its WOFF2 fonts and its licence under <paramref name="assetsDirectory"/>/katex.</summary>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteAssets(string assetsDirectory)
    {
        var assembly = typeof(KatexMath).Assembly;
        var written = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var relative = name[ResourcePrefix.Length..];
            if (relative is "katex.min.js" or "README.md")
            {
                continue; // used at build time only / documentation of the vendored copy
            }

            var path = relative.StartsWith("fonts.", StringComparison.Ordinal)
                ? Path.Combine(assetsDirectory, "katex", "fonts", relative["fonts.".Length..])
                : Path.Combine(assetsDirectory, "katex", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            AtomicFile.Write(path, memory.ToArray());
            written.Add(path);
        }

        return written;
    }

    private static string ReadText(string resource)
    {
        using var stream = typeof(KatexMath).Assembly.GetManifestResourceStream(ResourcePrefix + resource)
            ?? throw new InvalidOperationException($"{ResourcePrefix}{resource} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static TexSnippet Snippet(Match m) =>
        m.Groups["inline"].Success
            ? new TexSnippet(WebUtility.HtmlDecode(m.Groups["inline"].Value).Trim(), Display: false)
            : new TexSnippet(WebUtility.HtmlDecode(m.Groups["display"].Value).Trim(), Display: true);

    [GeneratedRegex(@"<span class=""math"">\\\((?<inline>.*?)\\\)</span>|<div class=""math"">\s*\\\[(?<display>.*?)\\\]\s*</div>", RegexOptions.Singleline)]
    private static partial Regex MathElement();
}
