using Analysis.Notebooks;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Analysis.Tests.Support;

/// <summary>A page of the report open in headless Chromium, with what went wrong while it loaded.</summary>
internal sealed class OpenPage(IPage tab, List<string> problems) : IAsyncDisposable
{
    public IPage Tab { get; } = tab;

    /// <summary>Console errors, uncaught exceptions, failed requests and requests that were blocked (anything but file: and data:).</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return problems.ToList();
            }
        }
    }

    public Task<T> Eval<T>(string expression) => Tab.EvaluateExpressionAsync<T>(expression);

    public async ValueTask DisposeAsync() => await Tab.CloseAsync();
}

/// <summary>One headless Chromium for a test class, opening report pages with the network blocked except file: and data:.</summary>
public sealed class ReportBrowser : IAsyncLifetime
{
    private IBrowser? _browser;

    public async Task InitializeAsync() => _browser = await Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = ChartImages.ChromiumPath ?? throw new InvalidOperationException("Chromium is required (apt-get install chromium)."),
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--allow-file-access-from-files", "--disable-dev-shm-usage"],
    });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser.Dispose();
        }
    }

    /// <summary>Opens <paramref name="file"/> at the given viewport and waits until every chart has drawn (or 15 s passed).</summary>
    internal async Task<OpenPage> OpenAsync(string file, int width = 1366, int height = 768, bool print = false)
    {
        var tab = await _browser!.NewPageAsync();
        var problems = new List<string>();
        void Add(string p)
        {
            lock (problems)
            {
                problems.Add(p);
            }
        }

        await tab.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        if (print)
        {
            await tab.EmulateMediaTypeAsync(MediaType.Print);
        }

        await tab.SetRequestInterceptionAsync(true);
        tab.Request += async (_, e) =>
        {
            if (e.Request.Url.StartsWith("file:", StringComparison.Ordinal) || e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await e.Request.ContinueAsync();
            }
            else
            {
                Add("blocked request: " + e.Request.Url);
                await e.Request.AbortAsync();
            }
        };
        tab.RequestFailed += (_, e) => Add($"failed request: {e.Request.Url} ({e.Request.FailureText})");
        tab.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                Add("console error: " + e.Message.Text);
            }
        };
        tab.PageError += (_, e) => Add("page error: " + e.Message);
        await tab.GoToAsync("file://" + file, WaitUntilNavigation.Load);
        try
        {
            await tab.WaitForFunctionAsync(
                "() => Array.from(document.querySelectorAll('.analysis-chart')).every(c => c.querySelector('svg.main-svg'))",
                new WaitForFunctionOptions { Timeout = 15000 });
        }
        catch (WaitTaskTimeoutException)
        {
            // the test's own assertion says which chart did not draw
        }

        return new OpenPage(tab, problems);
    }
}
