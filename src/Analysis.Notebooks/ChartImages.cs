using Analysis.Charts;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Plotly.NET;
using PuppeteerSharp;

namespace Analysis.Notebooks;

/// <summary>
/// Static PNG images of charts, drawn by plotly.js in one headless Chromium that is started on
/// first use and reused for every later chart in the process (notebook host or render command).
/// plotly.js is the copy embedded in Plotly.NET, so nothing is fetched from the internet.
/// </summary>
/// <remarks>
/// Chromium is found through the <c>ANALYSIS_CHROMIUM</c> environment variable, else at
/// <c>/usr/bin/chromium</c>, <c>/usr/bin/chromium-browser</c> or <c>/usr/bin/google-chrome</c>
/// (Debian's <c>chromium</c> package). Without one, <see cref="TryRenderPng"/> returns null and
/// charts stay interactive-only. Images are cached by the chart's JSON.
/// </remarks>
public static class ChartImages
{
    /// <summary>Environment variable that names the Chromium executable.</summary>
    public const string ChromiumVariable = "ANALYSIS_CHROMIUM";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private static readonly string[] KnownChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);
    private static IBrowser? _browser;
    private static IPage? _page;
    private static bool _exitHooked;

    /// <summary>The Chromium executable that will be used, or null if none is found.</summary>
    public static string? ChromiumPath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return File.Exists(configured) ? configured : null;
            }

            return KnownChromiumPaths.FirstOrDefault(File.Exists);
        }
    }

    /// <summary>How many browsers this process has started (1 after any number of charts; for tests and benchmarks).</summary>
    public static int BrowserLaunches { get; private set; }

    /// <summary>plotly.js as embedded in Plotly.NET (the version Plotly.NET's JSON targets).</summary>
    public static string PlotlyJs()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().First(n => n.EndsWith(".min.js", StringComparison.Ordinal) && n.Contains("plotly", StringComparison.OrdinalIgnoreCase));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>A stable identifier of the chart's content (first 12 hex digits of the SHA-256 of its JSON).</summary>
    public static string ContentId(GenericChart chart) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(HouseCharts.ToFigureJson(chart))))[..12];

    /// <summary>Renders <paramref name="chart"/> as a PNG of the size its layout states, or returns null when no Chromium is available.</summary>
    /// <exception cref="InvalidOperationException">Chromium is available but plotly.js failed to draw the chart.</exception>
    public static byte[]? TryRenderPng(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var json = HouseCharts.ToFigureJson(chart);
        if (Cache.TryGetValue(json, out var cached))
        {
            return cached;
        }

        var chromium = ChromiumPath;
        if (chromium is null)
        {
            return null;
        }

        // Formatters are synchronous; run the browser work off any synchronisation context.
        var png = Task.Run(() => RenderAsync(chromium, json)).GetAwaiter().GetResult();
        Cache[json] = png;
        return png;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a new page of the browser that draws chart images (started
    /// now if it is not running yet, so a process still launches at most one browser), then closes
    /// the page. For other build-time rendering in the same browser, such as the report's maths.
    /// </summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="work">What to do with the page (a blank page; add scripts as needed).</param>
    /// <returns>The work's result, or null when no Chromium is available.</returns>
    public static T? InBrowserPage<T>(Func<IPage, Task<T>> work)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(work);
        var chromium = ChromiumPath;
        if (chromium is null)
        {
            return null;
        }

        return Task.Run(async () =>
        {
            await Gate.WaitAsync().ConfigureAwait(false);
            try
            {
                var page = await (await BrowserAsync(chromium).ConfigureAwait(false)).NewPageAsync().ConfigureAwait(false);
                try
                {
                    return await work(page).ConfigureAwait(false);
                }
                finally
                {
                    await page.CloseAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                Gate.Release();
            }
        }).GetAwaiter().GetResult();
    }

    /// <summary>Closes the shared browser (it is also closed when the process exits).</summary>
    public static void Shutdown()
    {
        Gate.Wait();
        try
        {
            _page = null;
            if (_browser is { } b)
            {
                _browser = null;
                b.CloseAsync().Wait(TimeSpan.FromSeconds(10));
                b.Dispose();
            }
        }
        catch (AggregateException)
        {
            // The browser is gone either way.
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<byte[]> RenderAsync(string chromium, string figureJson)
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var page = await PageAsync(chromium).ConfigureAwait(false);
            var size = HouseCharts.SizeOf(figureJson);
            var dataUrl = await page.EvaluateFunctionAsync<string>(
                "(fig, w, h) => { const f = JSON.parse(fig); return Plotly.toImage({ data: f.data, layout: f.layout }, { format: 'png', width: w, height: h }); }",
                figureJson, size.Width, size.Height).ConfigureAwait(false);
            var comma = dataUrl.IndexOf(',', StringComparison.Ordinal);
            if (!dataUrl.StartsWith("data:image/png;base64,", StringComparison.Ordinal) || comma < 0)
            {
                throw new InvalidOperationException("plotly.js did not return a PNG data URL.");
            }

            return Convert.FromBase64String(dataUrl[(comma + 1)..]);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// <c>Puppeteer.LaunchAsync(options, loggerFactory: null)</c>, called without naming its <c>ILoggerFactory</c>
    /// parameter type. The notebook hosts load every assembly a <c>#r</c> brings in through Roslyn's script loader,
    /// one load context per requesting assembly; a call site here that names <c>ILoggerFactory</c> makes this
    /// assembly's context load its own copy of Microsoft.Extensions.Logging.Abstractions beside PuppeteerSharp's,
    /// and the call then fails with MissingMethodException (two types of the same name). Binding by reflection leaves
    /// the parameter type to PuppeteerSharp's own context.
    /// </summary>
    private static Task<IBrowser> Launch(LaunchOptions options)
    {
        var launch = typeof(Puppeteer).GetMethods().Single(m => m.Name == nameof(Puppeteer.LaunchAsync) && m.GetParameters().Length == 2 && m.GetParameters()[0].ParameterType == typeof(LaunchOptions));
        return (Task<IBrowser>)launch.Invoke(null, [options, null])!;
    }

    private static async Task<IPage> PageAsync(string chromium)
    {
        if (_page is { IsClosed: false } page)
        {
            return page;
        }

        page = await (await BrowserAsync(chromium).ConfigureAwait(false)).NewPageAsync().ConfigureAwait(false);
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>").ConfigureAwait(false);
        await page.AddScriptTagAsync(new AddTagOptions { Content = PlotlyJs() }).ConfigureAwait(false);
        _page = page;
        return page;
    }

    /// <summary>The shared browser, launched on first use (call with <see cref="Gate"/> held).</summary>
    private static async Task<IBrowser> BrowserAsync(string chromium)
    {
        if (_browser is null || !_browser.IsConnected)
        {
            _browser = await Launch(new LaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs }).ConfigureAwait(false);
            BrowserLaunches++;
            if (!_exitHooked)
            {
                _exitHooked = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Shutdown();
            }
        }

        return _browser;
    }
}
