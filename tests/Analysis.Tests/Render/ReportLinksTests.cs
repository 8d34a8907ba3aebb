using Analysis.Render;

namespace Analysis.Tests.Render;

/// <summary>Links between notebooks point at the report's pages.</summary>
public sealed class ReportLinksTests
{
    private static readonly HashSet<string> Notebooks = new(StringComparer.Ordinal) { "01-rhetoric-vs-trade", "06-conclusion" };

    [Theory]
    [InlineData("<a href=\"01-rhetoric-vs-trade.ipynb\">01</a>", "<a href=\"01-rhetoric-vs-trade.html\">01</a>")]
    [InlineData("<a href=\"06-conclusion.ipynb#claim-gas-more\">x</a>", "<a href=\"06-conclusion.html#claim-gas-more\">x</a>")]
    [InlineData("<a class=\"c\" href='../notebooks/06-conclusion.ipynb'>x</a>", "<a class=\"c\" href='06-conclusion.html'>x</a>")]
    [InlineData("<a href=\"https://github.com/x/06-conclusion.ipynb\">x</a>", "<a href=\"https://github.com/x/06-conclusion.ipynb\">x</a>")]
    [InlineData("<a href=\"99-unknown.ipynb\">x</a>", "<a href=\"99-unknown.ipynb\">x</a>")]
    [InlineData("<a href=\"../data/trade/README.md\">data</a>", "<a href=\"../data/trade/README.md\">data</a>")]
    [InlineData("<p>see 01-rhetoric-vs-trade.ipynb in the text</p>", "<p>see 01-rhetoric-vs-trade.ipynb in the text</p>")]
    public void ToPages_NotebookLinks_BecomePageLinks_OthersUnchanged(string html, string expected)
    {
        Assert.Equal(expected, ReportLinks.ToPages(html, Notebooks));
    }

    [Fact]
    public void ToPages_MarkdownTableOfNotebooks_AllLinksRewritten()
    {
        var html = ReportWriter.MarkdownToHtml("| notebook |\n|---|\n| [01](01-rhetoric-vs-trade.ipynb) |\n| [06](06-conclusion.ipynb#claim-x) |\n");

        var rewritten = ReportLinks.ToPages(html, Notebooks);

        Assert.Contains("href=\"01-rhetoric-vs-trade.html\"", rewritten, StringComparison.Ordinal);
        Assert.Contains("href=\"06-conclusion.html#claim-x\"", rewritten, StringComparison.Ordinal);
        Assert.DoesNotContain(".ipynb", rewritten, StringComparison.Ordinal);
    }
}
