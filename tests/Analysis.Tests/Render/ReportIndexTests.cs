using Analysis.Render;
using Analysis.Tests.Support;

namespace Analysis.Tests.Render;

/// <summary>The index's argument in short and its verdict badges.</summary>
public sealed class ReportIndexTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "report-index-tests-" + Guid.NewGuid().ToString("N"));

    public ReportIndexTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private NotebookFile Overview(params string[] markdown)
    {
        var path = Path.Combine(_dir, "00-overview.ipynb");
        File.WriteAllText(path, TestNotebooks.Json(markdown.Select(TestNotebooks.Markdown).Append(TestNotebooks.Code("1"))));
        return NotebookFile.Load(path);
    }

    [Fact]
    public void Argument_WithoutAQuote_TakesTheParagraphsUpToTheFirstTable()
    {
        var html = ReportIndex.Argument(Overview("# Title\n\nFirst.\n\nSecond.\n\n| a |\n|---|\n| 1 |\n\nAfter."));

        Assert.Equal("<p>First.</p>\n<p>Second.</p>\n", html);
    }

    [Fact]
    public void Argument_StopsAfterTheParagraphThatFollowsTheQuote()
    {
        var html = ReportIndex.Argument(Overview("# Title\n\nContext:\n\n> quoted\n\nand more.\n\nNot this.", "## Not this either"));

        Assert.Equal("<p>Context:</p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<p>and more.</p>\n", html);
    }

    [Fact]
    public void Argument_OnlyATitle_IsNull()
    {
        Assert.Null(ReportIndex.Argument(Overview("# Title")));
    }

    [Theory]
    [InlineData("<td>supported</td>", "<td><span class=\"verdict verdict-supported\">supported</span></td>")]
    [InlineData("<td style=\"x\"> Not Supported </td>", "<td style=\"x\"><span class=\"verdict verdict-not-supported\">Not Supported</span></td>")]
    [InlineData("<td>on record</td>", "<td><span class=\"verdict verdict-on-record\">on record</span></td>")]
    [InlineData("<td>supported by 6.0×</td>", "<td>supported by 6.0×</td>")]
    [InlineData("<td><b>mixed</b></td>", "<td><b>mixed</b></td>")]
    [InlineData("<th>supported</th>", "<th>supported</th>")]
    public void VerdictBadges_OnlyCellsHoldingJustAVerdict_GetABadge(string html, string expected)
    {
        Assert.Equal(expected, ReportIndex.VerdictBadges(html));
    }

    [Theory]
    [InlineData("<td><a href=\"x.html\">A &amp; B\n claim</a></td>", "<td title=\"A &amp; B claim\"><a href=\"x.html\">A &amp; B\n claim</a></td>")]
    [InlineData("<td style=\"p\"><span class=\"verdict\">MIXED</span></td>", "<td style=\"p\" title=\"MIXED\"><span class=\"verdict\">MIXED</span></td>")]
    [InlineData("<td title=\"kept\">x</td>", "<td title=\"kept\">x</td>")]
    [InlineData("<td></td>", "<td></td>")]
    public void CellTitles_EveryCellWithText_GetsItsTextAsTitle(string html, string expected)
    {
        Assert.Equal(expected, ReportIndex.CellTitles(html));
    }
}
