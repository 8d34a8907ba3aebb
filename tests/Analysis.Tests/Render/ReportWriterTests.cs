using System.Text.Json.Nodes;
using Analysis.Render;
using Analysis.Tests.Support;

namespace Analysis.Tests.Render;

/// <summary>
/// The report written from executed notebooks (synthetic ones here, holding the outputs the
/// contracts describe: a chart fragment with its figure, the conclusion's scorecard): index,
/// navigation, chart data, maths, links; and the index marks notebooks that failed.
/// </summary>
public sealed class ReportWriterTests : IDisposable
{
    private const string Png = "iVBORw0KGgo=";

    private readonly string _report = Path.Combine(Path.GetTempPath(), "report-writer-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_report))
        {
            Directory.Delete(_report, recursive: true);
        }
    }

    private static NotebookRun Run(string name, params JsonObject[] cells)
    {
        var dir = Path.Combine(Path.GetTempPath(), "report-writer-nb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, name + ".ipynb");
            File.WriteAllText(path, TestNotebooks.Json(cells));
            var notebook = NotebookFile.Load(path);
            return new NotebookRun(notebook, [new CellRun(1, 1, 0.1, null)], 0.1);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static JsonObject WithOutput(JsonObject cell, JsonObject data)
    {
        cell["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "display_data", ["data"] = data, ["metadata"] = new JsonObject() });
        return cell;
    }

    /// <summary>A chart output as ChartHtml.Fragment writes it: the image inside a div, the figure in the script.</summary>
    private static JsonObject ChartOutput(string figureJson) => new()
    {
        ["text/html"] = "<div class=\"analysis-chart\"><div id=\"chart-abc\" style=\"width:900px;max-width:100%\"><img alt=\"old alt\" width=\"900\" height=\"520\" style=\"max-width:100%;height:auto\" src=\"data:image/png;base64," + Png + "\"/></div>"
            + "<script type=\"text/javascript\">(function(){var fig=" + figureJson + ";function draw(){}})();</script></div>",
        ["image/png"] = Png,
    };

    private const string Figure = """
        {"data":[{"type":"scatter","name":"Russia","x":[2021,2022],"y":[146.9,190.3]}],
         "layout":{"title":{"text":"China–Russia trade (USD bn)"},"meta":{"title":"China–Russia trade rose","summary":"It rose by 30% in 2022.","source":"GACC","datasets":["china-goods-trade"],"xUnit":"year","yUnit":"USD bn"}}}
        """;

    private const string Scorecard = """
        <table class="scorecard"><thead><tr><th>Claim</th><th>October 2023</th><th>Latest</th><th>Key figure</th></tr></thead><tbody>
        <tr data-claim-id="trade-vs-west"><td><a href="01-trade.ipynb#claim-trade-vs-west">Trade with the West is larger</a></td><td>not testable</td><td>supported</td><td>6.0×</td></tr>
        <tr data-claim-id="nato-resources"><td><a href="06-conclusion.ipynb#claim-nato-resources">The war drains NATO</a></td><td>mixed</td><td>not supported</td><td>6 → 28 allies</td></tr>
        </tbody></table>
        """;

    private static IReadOnlyList<NotebookRun> Story() =>
    [
        Run("00-overview",
            TestNotebooks.Markdown("# 00 · Overview: more rhetoric than economics?\n\nIn October 2023 Putin went to Beijing. An analysis argued that:\n\n> \"Trade is still a long way from the West's.\"\n\nand, more specifically, that the bridge is quiet.\n\nThese notebooks test it.\n\n| notebook | claim |\n|---|---|\n| [01](01-trade.ipynb) | trade |\n"),
            TestNotebooks.Code("1")),
        Run("01-trade",
            TestNotebooks.Markdown("# 01 · Trade\n\nTrade creation $TC = M\\,\\eta$; see [the scorecard](06-conclusion.ipynb#claim-trade-vs-west)."),
            WithOutput(TestNotebooks.Code("TradeCharts.Turnover()"), ChartOutput(Figure)),
            WithOutput(TestNotebooks.Code("assessment"), new JsonObject { ["text/html"] = "<div class=\"claim-assessment\" id=\"claim-trade-vs-west\">box</div>" })),
        Run("06-conclusion",
            TestNotebooks.Markdown("# 06 · Conclusion: the scorecard"),
            WithOutput(TestNotebooks.Code("Scorecard.Table()"), new JsonObject { ["text/html"] = Scorecard }),
            WithOutput(TestNotebooks.Code("Scorecard.Summary()"), new JsonObject { ["text/html"] = "<div class=\"scorecard-summary\"><p>7 supported now.</p></div>" })),
    ];

    private static IReadOnlyList<string> FakeKatex(IReadOnlyList<TexSnippet> snippets) =>
        snippets.Select(s => $"<span class=\"katex\">[{s.Tex}]</span>").ToList();

    private string Read(string file) => File.ReadAllText(Path.Combine(_report, file));

    [Fact]
    public void Write_Index_HasTheArgumentInShort_NotTheRestOfTheOverview()
    {
        ReportWriter.Write(_report, Story(), "", renderMath: FakeKatex);

        var index = Read("index.html");
        Assert.Contains("In October 2023 Putin went to Beijing.", index, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", index, StringComparison.Ordinal);
        Assert.Contains("the bridge is quiet.", index, StringComparison.Ordinal);
        Assert.DoesNotContain("These notebooks test it.", index, StringComparison.Ordinal);
        Assert.DoesNotContain("more rhetoric than economics?</h", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Index_ShowsTheScorecardWithVerdictBadgesLinkingToClaimSections()
    {
        ReportWriter.Write(_report, Story(), "", renderMath: FakeKatex);

        var index = Read("index.html");
        Assert.Contains("<a href=\"01-trade.html#claim-trade-vs-west\">Trade with the West is larger</a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"06-conclusion.html#claim-nato-resources\">", index, StringComparison.Ordinal);
        Assert.Contains("<td title=\"not testable\"><span class=\"verdict verdict-not-testable\">not testable</span></td><td title=\"supported\"><span class=\"verdict verdict-supported\">supported</span></td>", index, StringComparison.Ordinal);
        Assert.Contains("<span class=\"verdict verdict-mixed\">mixed</span>", index, StringComparison.Ordinal);
        Assert.Contains("<span class=\"verdict verdict-not-supported\">not supported</span>", index, StringComparison.Ordinal);
        Assert.Contains("<td title=\"6.0×\">6.0×</td>", index, StringComparison.Ordinal);
        Assert.Contains("<div class=\"in-short\"><div class=\"scorecard-summary\"><p>7 supported now.</p></div></div>", index, StringComparison.Ordinal);
        Assert.DoesNotContain(".ipynb", index, StringComparison.Ordinal);
        Assert.Contains("<div class=\"scorecard-scroll\"><table class=\"scorecard\">", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Index_WithoutTheConclusion_SaysWhereTheScorecardComesFrom()
    {
        ReportWriter.Write(_report, Story().Take(2).ToList(), "", renderMath: FakeKatex);

        Assert.Contains("The scorecard is written by the conclusion notebook, which is not part of this render.", Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Index_HasAThumbnailPerChartLinkingToIt()
    {
        ReportWriter.Write(_report, Story(), "", renderMath: FakeKatex);

        Assert.Contains("<a href=\"01-trade.html#chart-01\"><img src=\"images/01-trade/chart-01.png\" alt=\"China–Russia trade rose. It rose by 30% in 2022.\" loading=\"lazy\"></a>", Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Chart_CsvBesideThePngLinkedUnderTheChart_ImageFromFileWithAltText()
    {
        ReportWriter.Write(_report, Story(), "", renderMath: FakeKatex);

        Assert.Equal(
            "series,x,y,x_unit,y_unit,datasets,source\nRussia,2021,146.9,year,USD bn,china-goods-trade,GACC\nRussia,2022,190.3,year,USD bn,china-goods-trade,GACC\n",
            Read("images/01-trade/chart-01.csv"));
        Assert.Equal(Convert.FromBase64String(Png), File.ReadAllBytes(Path.Combine(_report, "images", "01-trade", "chart-01.png")));
        var page = Read("01-trade.html");
        Assert.Contains("<figure class=\"report-chart\" id=\"chart-01\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"images/01-trade/chart-01.csv\" download>Download the data (CSV)</a>", page, StringComparison.Ordinal);
        Assert.Contains("<img alt=\"China–Russia trade rose. It rose by 30% in 2022.\" src=\"images/01-trade/chart-01.png\" width=\"900\" height=\"520\" style=\"max-width:100%;height:auto\">", page, StringComparison.Ordinal);
        Assert.Contains("<img class=\"print-only\" alt=\"China–Russia trade rose. It rose by 30% in 2022.\" src=\"images/01-trade/chart-01.png\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data:image/png", page, StringComparison.Ordinal);
        Assert.DoesNotContain("old alt", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Maths_RenderedInOneCall_StylesheetLinkedOnlyWhereUsed()
    {
        var calls = 0;

        ReportWriter.Write(_report, Story(), "", renderMath: s => { calls++; return FakeKatex(s); });

        Assert.Equal(1, calls);
        Assert.Contains("<span class=\"katex\">[TC = M\\,\\eta]</span>", Read("01-trade.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("\\(", Read("01-trade.html"), StringComparison.Ordinal);
        Assert.Contains("assets/katex/katex.min.css", Read("01-trade.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("katex.min.css", Read("06-conclusion.html"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_report, "assets", "katex", "katex.min.css")));
    }

    [Fact]
    public void Write_MathsCannotBeRendered_TexIsLeftAndNoKatexAssets()
    {
        ReportWriter.Write(_report, Story(), "", renderMath: _ => null);

        Assert.Contains("\\(TC = M\\,\\eta\\)", Read("01-trade.html"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_report, "assets", "katex")));
    }

    [Fact]
    public void Write_Pages_NavigateByTitleWithPreviousNextAndASkipLink()
    {
        ReportWriter.Write(_report, Story(), "", renderMath: FakeKatex);

        var page = Read("01-trade.html");
        Assert.Contains("<body class=\"notebook\"><a class=\"skip-link\" href=\"#main\">Skip to content</a>", page, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\" class=\"content\" tabindex=\"-1\">", page, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"00-overview.html\">00 · Overview</a></li><li><a href=\"01-trade.html\" aria-current=\"page\">01 · Trade</a></li><li><a href=\"06-conclusion.html\">06 · Conclusion</a></li>", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"prev\" rel=\"prev\" href=\"00-overview.html\">← 00 · Overview</a><a class=\"next\" rel=\"next\" href=\"06-conclusion.html\">06 · Conclusion →</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"prev\" rel=\"prev\" href=\"index.html\">← Summary</a><a class=\"next\"", Read("00-overview.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"next\"", Read("06-conclusion.html"), StringComparison.Ordinal);
        Assert.Contains("<title>01 · Trade · China–Russia: rhetoric and economic reality</title>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Pages_LinkBetweenNotebooksAsPages_LoadPlotlyOnlyWithCharts()
    {
        ReportWriter.Write(_report, Story(), "plotly", renderMath: FakeKatex);

        Assert.Contains("href=\"06-conclusion.html#claim-trade-vs-west\"", Read("01-trade.html"), StringComparison.Ordinal);
        Assert.Contains("<script src=\"assets/plotly.min.js\"></script>", Read("01-trade.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("plotly.min.js", Read("06-conclusion.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("plotly.min.js", Read("index.html"), StringComparison.Ordinal);
        Assert.Equal("plotly", Read("assets/plotly.min.js"));
        Assert.Contains("@media print", Read("assets/report.css"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OnlyFailures_IndexListsEachWithItsMessageAndLinksAnEarlierPage()
    {
        Directory.CreateDirectory(_report);
        File.WriteAllText(Path.Combine(_report, "01-trade.html"), "an earlier good render");

        ReportWriter.Write(_report, [], "", [new NotebookFailure("01-trade", "01-trade, cell 3: DataValidationException: 1 problem(s) in a <b>.csv"), new NotebookFailure("02-gas", "x.ipynb: not valid JSON")]);

        var index = File.ReadAllText(Path.Combine(_report, "index.html"));
        Assert.Contains("2 notebook(s) failed in this render", index, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"failed\"><td>01-trade <a href=\"01-trade.html\">(earlier render)</a></td><td></td><td></td><td><strong>FAILED</strong><pre class=\"error\">01-trade, cell 3: DataValidationException: 1 problem(s) in a &lt;b&gt;.csv</pre></td></tr>", index, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"failed\"><td>02-gas</td>", index, StringComparison.Ordinal);
        Assert.Equal("an earlier good render", File.ReadAllText(Path.Combine(_report, "01-trade.html")));
    }
}
