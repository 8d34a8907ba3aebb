using Analysis.Notebooks;
using Analysis.Tests.Support;
using PuppeteerSharp;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// The README's render command, run as a user runs it: executes every notebook, writes the HTML
/// report whose charts draw offline in headless Chromium, refuses to overwrite a notebook whose
/// cell fails, and takes parameter overrides without touching the committed notebooks.
/// </summary>
[Collection(NotebookHostGroup.Name)]
[Trait("Category", "EndToEnd")]
public sealed class RenderCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "render-tests-" + Guid.NewGuid().ToString("N"));

    public RenderCommandTests() => Directory.CreateDirectory(_temp);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public async Task Render_AllNotebooks_WritesReportWhoseChartsDrawOffline()
    {
        // The render of every notebook is shared with ReportInBrowserTests (one full render per run).
        var report = RenderedReport.Folder;
        var result = RenderedReport.Result;

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("1 browser launch(es)", result.StandardOutput, StringComparison.Ordinal);
        var pages = Directory.GetFiles(report, "*.html").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["00-overview.html", "01-rhetoric-vs-trade.html", "02-border-economy.html", "03-tariffs.html", "04-gas.html", "05-war-nato-economy.html", "06-conclusion.html", "index.html"], pages);
        Assert.Single(Directory.GetFiles(report, "*.js", SearchOption.AllDirectories)); // plotly.js; KaTeX runs at build time only
        var images = Directory.GetFiles(Path.Combine(report, "images"), "*.png", SearchOption.AllDirectories);
        Assert.True(images.Length >= 15, $"{images.Length} chart images");

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChartImages.ChromiumPath ?? throw new InvalidOperationException("Chromium is required (apt-get install chromium)."),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--allow-file-access-from-files"],
        });
        var totalCharts = 0;
        foreach (var page in pages.Where(p => p != "index.html"))
        {
            await using var tab = await browser.NewPageAsync();
            var external = new List<string>();
            await tab.SetRequestInterceptionAsync(true);
            tab.Request += async (_, e) =>
            {
                if (e.Request.Url.StartsWith("file:", StringComparison.Ordinal) || e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    await e.Request.ContinueAsync();
                }
                else
                {
                    lock (external)
                    {
                        external.Add(e.Request.Url);
                    }

                    await e.Request.AbortAsync();
                }
            };
            await tab.GoToAsync("file://" + Path.Combine(report, page), WaitUntilNavigation.Load);
            var charts = await tab.EvaluateExpressionAsync<int>("document.querySelectorAll('.analysis-chart').length");
            var drawn = await tab.EvaluateExpressionAsync<int>("Array.from(document.querySelectorAll('.analysis-chart')).filter(c => c.querySelector('svg.main-svg .plot')).length");
            Assert.Equal(charts, drawn);
            Assert.Empty(external);
            totalCharts += charts;
        }

        Assert.Equal(images.Length, totalCharts);
    }

    [Fact]
    public void Render_FailingCell_ExitsNonZeroNamingNotebookAndCell_AndKeepsTheOldNotebook()
    {
        var notebooks = Path.Combine(_temp, "notebooks");
        Directory.CreateDirectory(notebooks);
        var bad = Path.Combine(notebooks, "bad.ipynb");
        File.WriteAllText(bad, NotebookWithCells("1 + 1", "throw new InvalidOperationException(\"boom\");", "2 + 2"));
        var before = File.ReadAllBytes(bad);
        var good = Path.Combine(notebooks, "good.ipynb");
        File.WriteAllText(good, NotebookWithCells("40 + 2"));

        var result = Render("--notebooks", notebooks, "-o", Path.Combine(_temp, "report"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad, cell 2: ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("boom", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(bad));
        Assert.Empty(Directory.GetFiles(notebooks, "*.tmp"));
        var rendered = NotebookJson.Load(good);
        Assert.Contains("42", NotebookJson.Data(NotebookJson.Outputs(NotebookJson.CodeCells(rendered).Single()).Single(), "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ParameterOverride_IsInjectedAfterParametersCell_AndLeavesNotebooksUnchanged()
    {
        var committed = Path.Combine(RepositoryPaths.Notebooks, "01-rhetoric-vs-trade.ipynb");
        var before = File.ReadAllBytes(committed);
        var report = Path.Combine(_temp, "report");

        var result = Render("-n", "01", "-p", "lastYear=2021", "-o", report);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal(before, File.ReadAllBytes(committed));
        var executed = NotebookJson.Load(Path.Combine(report, "notebooks", "01-rhetoric-vs-trade.ipynb"));
        var cells = NotebookJson.CodeCells(executed).ToList();
        Assert.Contains("parameters", NotebookJson.Tags(cells[1]));
        Assert.Contains("injected-parameters", NotebookJson.Tags(cells[2]));
        Assert.Contains("var lastYear = 2021;", NotebookJson.Source(cells[2]), StringComparison.Ordinal);
        var verdicts = cells.SelectMany(NotebookJson.Outputs).Select(o => NotebookJson.Data(o, "text/plain") ?? "").Where(t => t.StartsWith("**Claim:** While the political rhetoric", StringComparison.Ordinal));
        Assert.Contains(verdicts, v => v.Contains("**With the latest data (2021):", StringComparison.Ordinal) && v.Contains("In 2021 China traded", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_UnknownParameter_IsAUsageErrorNamingTheDeclaredNames_AndRunsNothing()
    {
        var result = Render("-n", "01", "-p", "lastYaer=2021", "-o", Path.Combine(_temp, "report"));

        Assert.Equal(1, result.ExitCode);
        var error = result.StandardError.ReplaceLineEndings("\n");
        Assert.StartsWith("render: Unknown parameter 'lastYaer': no selected notebook declares it. Their parameters cells declare: articleDate, ", error, StringComparison.Ordinal);
        Assert.Contains(", dataDirectory, ", error, StringComparison.Ordinal);
        Assert.Contains(", lastYear, ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Rendering", result.StandardOutput, StringComparison.Ordinal);
    }

    private static ProcessResult Render(params string[] args) => RenderProcess.Run(args);

    private static string NotebookWithCells(params string[] sources) => TestNotebooks.WithCode(sources);
}
