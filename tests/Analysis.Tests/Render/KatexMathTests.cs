using Analysis.Render;

namespace Analysis.Tests.Render;

/// <summary>TeX in the notebooks' Markdown is found in Markdig's output and replaced by its rendering.</summary>
public sealed class KatexMathTests
{
    [Fact]
    public void Find_MarkdigInlineAndDisplayMaths_GivesTheTexDecoded()
    {
        var html = ReportWriter.MarkdownToHtml("Trade creation $TC = M\\,\\eta\\,\\Delta t / (1+t_0)$ with $a < b$ and\n\n$$\n\\sum s_i^2\n$$\n");

        var snippets = KatexMath.Find(html);

        Assert.Equal([new TexSnippet("TC = M\\,\\eta\\,\\Delta t / (1+t_0)", false), new TexSnippet("a < b", false), new TexSnippet("\\sum s_i^2", true)], snippets);
    }

    [Fact]
    public void Find_NoMaths_IsEmpty()
    {
        Assert.Empty(KatexMath.Find(ReportWriter.MarkdownToHtml("A price of 5 USD, a `$code$` span.")));
    }

    [Fact]
    public void Substitute_RenderedSnippets_ReplaceTheirElements_OthersStay()
    {
        var html = ReportWriter.MarkdownToHtml("$x$ and $y$");
        var rendered = new Dictionary<TexSnippet, string> { [new TexSnippet("x", false)] = "<span class=\"katex\">X</span>" };

        var result = KatexMath.Substitute(html, rendered);

        Assert.Contains("<span class=\"katex\">X</span>", result, StringComparison.Ordinal);
        Assert.Contains("\\(y\\)", result, StringComparison.Ordinal);
        Assert.DoesNotContain("\\(x\\)", result, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAssets_WritesStylesheetFontsAndLicence_NotTheScript()
    {
        var dir = Path.Combine(Path.GetTempPath(), "katex-assets-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = KatexMath.WriteAssets(dir);

            Assert.True(File.Exists(Path.Combine(dir, "katex", "katex.min.css")));
            Assert.True(File.Exists(Path.Combine(dir, "katex", "LICENSE")));
            Assert.False(File.Exists(Path.Combine(dir, "katex", "katex.min.js")));
            var fonts = Directory.GetFiles(Path.Combine(dir, "katex", "fonts"), "*.woff2");
            Assert.Equal(20, fonts.Length);
            Assert.Equal(22, written.Count);

            // every WOFF2 font the stylesheet names is there (the WOFF/TTF fallbacks after it are never requested)
            var css = File.ReadAllText(Path.Combine(dir, "katex", "katex.min.css"));
            var named = System.Text.RegularExpressions.Regex.Matches(css, @"url\(fonts/([^)]+\.woff2)\)").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(named, fonts.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
