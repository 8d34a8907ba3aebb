using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Analysis.Notebooks;
using Analysis.Render;
using Analysis.Tests.Support;
using PuppeteerSharp.Input;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// The report of all notebooks, rendered once by the render command, read page by page in headless
/// Chromium with the network blocked except <c>file:</c> and <c>data:</c>: it loads cleanly, every
/// chart draws and its CSV holds the plotted data, no TeX is left raw, nothing scrolls sideways,
/// text has AA contrast, the keyboard reaches the navigation, print shows images, and the index
/// tells the story on one 1366×768 screen.
/// </summary>
[Collection(NotebookHostGroup.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class ReportInBrowserTests(ReportBrowser browser) : IClassFixture<ReportBrowser>
{
    private static string Folder
    {
        get
        {
            Assert.True(RenderedReport.Result.ExitCode == 0, RenderedReport.Result.Describe());
            return RenderedReport.Folder;
        }
    }

    private static string PagePath(string page) => Path.Combine(Folder, page);

    /// <summary>What one page showed at 1366×768, gathered once for all the checks below.</summary>
    private sealed record PageFacts(IReadOnlyList<string> Problems, string Charts, string Text, int Typeset, IReadOnlyList<string> Links, string ImagesWithoutAlt, string ChartsWithOtherAlt, string LowContrast);

    private static readonly SemaphoreSlim SweepGate = new(1, 1);
    private static Dictionary<string, PageFacts>? _sweep;

    /// <summary>Opens every page once (at 1366×768, scrolled to the end so lazy images load) and records what the checks need.</summary>
    private async Task<Dictionary<string, PageFacts>> Sweep()
    {
        await SweepGate.WaitAsync();
        try
        {
            if (_sweep is not null)
            {
                return _sweep;
            }

            var facts = new Dictionary<string, PageFacts>(StringComparer.Ordinal);
            foreach (var page in RenderedReport.Pages)
            {
                await using var open = await browser.OpenAsync(PagePath(page));
                await open.Eval<int>("window.scrollTo(0, document.body.scrollHeight), 0");
                await Task.Delay(300);
                facts[page] = new PageFacts(
                    open.Problems,
                    await open.Eval<string>(ChartsScript),
                    await open.Eval<string>(TextScript),
                    await open.Eval<int>("document.querySelectorAll('.katex').length"),
                    (await open.Eval<string>("Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')).join('\\n')")).Split('\n', StringSplitOptions.RemoveEmptyEntries),
                    await open.Eval<string>("Array.from(document.querySelectorAll('img')).filter(i => !(i.getAttribute('alt') || '').trim()).map(i => i.getAttribute('src')).join(', ')"),
                    await open.Eval<string>(AltScript),
                    await open.Eval<string>(ContrastScript));
            }

            return _sweep = facts;
        }
        finally
        {
            SweepGate.Release();
        }
    }

    [Fact]
    public async Task EveryPage_LoadsWithoutConsoleErrorOrFailedRequest()
    {
        var sweep = await Sweep();

        Assert.Equal(RenderedReport.Pages, sweep.Keys.Order(StringComparer.Ordinal).OrderBy(p => p == "index.html" ? "" : p, StringComparer.Ordinal));
        Assert.Empty(sweep.SelectMany(p => p.Value.Problems.Select(problem => $"{p.Key}: {problem}")));
    }

    [Fact]
    public async Task EveryChart_IsDrawnNotEmpty_AndItsCsvHoldsThePlottedData()
    {
        var charts = 0;
        foreach (var (page, facts) in await Sweep())
        {
            using var doc = JsonDocument.Parse(facts.Charts);
            foreach (var chart in doc.RootElement.EnumerateArray())
            {
                charts++;
                var where = $"{page} {chart.GetProperty("id").GetString()}";
                Assert.True(chart.GetProperty("drawn").GetBoolean(), $"{where}: not drawn");
                Assert.True(chart.GetProperty("marks").GetInt32() > 0, $"{where}: no trace drawn");
                var expected = PlottedPoints(chart.GetProperty("data"));
                Assert.True(expected.Count > 0, $"{where}: no data points");
                var href = chart.GetProperty("csv").GetString();
                Assert.False(href is null, $"{where}: no CSV link");
                var csvPath = Path.Combine(Folder, href!);
                Assert.True(File.Exists(csvPath), $"{where}: {href} does not resolve");
                var rows = CsvRows(File.ReadAllText(csvPath));
                Assert.Equal(ChartFigure.CsvHeader.Split(','), rows[0]);
                var actual = rows.Skip(1).Select(r => (r[0], Normalise(r[1]), Normalise(r[2]))).ToHashSet();
                Assert.True(expected.SetEquals(actual), $"{where}: CSV and figure differ\nonly in figure: {string.Join("; ", expected.Except(actual).Take(5))}\nonly in CSV: {string.Join("; ", actual.Except(expected).Take(5))}");
                Assert.All(rows.Skip(1), r => Assert.False(string.IsNullOrEmpty(r[3]) && string.IsNullOrEmpty(r[4]), $"{where}: a row without units"));
                Assert.All(rows.Skip(1), r => Assert.False(string.IsNullOrEmpty(r[5]) && string.IsNullOrEmpty(r[6]), $"{where}: a row without datasets or source"));
            }
        }

        Assert.Equal(Directory.GetFiles(Path.Combine(Folder, "images"), "*.png", SearchOption.AllDirectories).Length, charts);
    }

    [Fact]
    public async Task NoRawTexIsLeft_AndEveryFormulaIsTypeset()
    {
        foreach (var (page, facts) in (await Sweep()).Where(p => p.Key != "index.html"))
        {
            Assert.DoesNotContain("\\(", facts.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\\[", facts.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(RawInlineTex(), facts.Text);
            Assert.Equal(FormulasInMarkdown(Path.Combine(Folder, "notebooks", Path.ChangeExtension(page, ".ipynb"))), facts.Typeset);
        }

        Assert.True(FormulasInMarkdown(Path.Combine(Folder, "notebooks", "03-tariffs.ipynb")) > 0, "03-tariffs has maths, so the check above checked something");
    }

    [Theory]
    [InlineData(1000, 800)]
    [InlineData(390, 844)]
    public async Task NoPage_ScrollsSideways(int width, int height)
    {
        var wide = new List<string>();
        foreach (var page in RenderedReport.Pages)
        {
            await using var open = await browser.OpenAsync(PagePath(page), width, height);
            var overflow = await open.Eval<string>("""
                (() => { const d = document.documentElement; if (d.scrollWidth <= d.clientWidth) return '';
                  const wide = Array.from(document.querySelectorAll('main *')).filter(e => e.getBoundingClientRect().right > d.clientWidth + 1 && !e.closest('.output, pre, .katex-display'));
                  return d.scrollWidth + ' > ' + d.clientWidth + ': ' + wide.slice(0, 3).map(e => e.tagName + '.' + e.className).join(', '); })()
                """);
            if (overflow.Length > 0)
            {
                wide.Add($"{page} at {width}px: {overflow}");
            }

            var charts = await open.Eval<string>($"Array.from(document.querySelectorAll('.report-chart .js-plotly-plot, .report-chart img')).filter(e => e.getBoundingClientRect().width > document.querySelector('main').clientWidth + 1).map(e => e.tagName).join(',')");
            if (charts.Length > 0)
            {
                wide.Add($"{page} at {width}px: charts wider than the page: {charts}");
            }
        }

        Assert.Empty(wide);
    }

    [Fact]
    public async Task Index_TellsTheStoryOnOneScreen()
    {
        await using var open = await browser.OpenAsync(PagePath("index.html"), 1366, 768);
        var screenshot = Path.Combine(Folder, "index-1366x768.png");
        await open.Tab.ScreenshotAsync(screenshot);

        var argumentBottom = await open.Eval<double>("document.querySelector('.argument').getBoundingClientRect().bottom");
        Assert.True(argumentBottom <= 768, $"the argument ends at {argumentBottom}px; see {screenshot}");
        var verdicts = await open.Eval<int>("document.querySelectorAll('table.scorecard .verdict').length");
        if (verdicts > 0)
        {
            var scorecardBottom = await open.Eval<double>("document.querySelector('table.scorecard').getBoundingClientRect().bottom");
            Assert.True(scorecardBottom <= 768, $"the scorecard ends at {scorecardBottom}px, below a 1366×768 screen; see {screenshot}");
            var broken = await open.Eval<string>("Array.from(document.querySelectorAll('table.scorecard a')).map(a => a.getAttribute('href')).filter(h => !/^[0-9][0-9]-[a-z0-9-]+\\.html#claim-[a-z0-9-]+$/.test(h)).join(', ')");
            Assert.Equal("", broken);
        }
        else
        {
            // Until the conclusion notebook shows the scorecard table (contract: text/html starting
            // with <table class="scorecard"), the index says where it comes from.
            Assert.Contains("scorecard", await open.Eval<string>("document.querySelector('.scorecard-block').textContent"), StringComparison.Ordinal);
        }

        Assert.Equal(Directory.GetFiles(Path.Combine(Folder, "images"), "*.png", SearchOption.AllDirectories).Length, await open.Eval<int>("document.querySelectorAll('.thumbs img').length"));
    }

    [Fact]
    public async Task EveryLink_InsideTheReport_Resolves_AndNoneLeadsToANotebookFile()
    {
        var broken = new List<string>();
        foreach (var (page, facts) in await Sweep())
        {
            foreach (var href in facts.Links)
            {
                if (href.Contains(".ipynb", StringComparison.Ordinal))
                {
                    broken.Add($"{page}: {href} leads to a notebook file, not its page");
                }

                if (href.Contains(':', StringComparison.Ordinal) || href.StartsWith("../", StringComparison.Ordinal))
                {
                    continue; // outside the report (dataset READMEs in the repository, web pages)
                }

                var (file, fragment) = href.IndexOf('#', StringComparison.Ordinal) is var i and >= 0 ? (href[..i], href[(i + 1)..]) : (href, "");
                var target = Path.Combine(Folder, file.Length == 0 ? page : file);
                if (!File.Exists(target))
                {
                    broken.Add($"{page}: {href} does not resolve");
                }
                else if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal) && !File.ReadAllText(target).Contains($"id=\"{fragment}\"", StringComparison.Ordinal))
                {
                    broken.Add($"{page}: {href}: no element with id '{fragment}' in {file}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public async Task EveryImage_HasAltText_ChartsTheirTitle()
    {
        foreach (var (page, facts) in await Sweep())
        {
            Assert.True(facts.ImagesWithoutAlt.Length == 0, $"{page}: images without alt text: {facts.ImagesWithoutAlt}");
            Assert.True(facts.ChartsWithOtherAlt.Length == 0, $"{page}: charts whose alt text is not their title: {facts.ChartsWithOtherAlt}");
        }
    }

    [Fact]
    public async Task ReportText_MeetsWcagAAContrast()
    {
        // The report's own text: navigation, headings, Markdown, chart links, the index, the
        // scorecard's badges. Notebook outputs (.output) are styled by the library's formatters.
        Assert.Empty((await Sweep()).SelectMany(p => p.Value.LowContrast.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(f => $"{p.Key}: {f}")));
    }

    [Fact]
    public async Task Keyboard_SkipLinkComesFirstAndIsVisible_NavigationIsReachableWithVisibleFocus()
    {
        await using var open = await browser.OpenAsync(PagePath("02-border-economy.html"));
        await open.Tab.Keyboard.PressAsync(Key.Tab);
        Assert.Equal("skip-link", await open.Eval<string>("document.activeElement.className"));
        Assert.True(await open.Eval<double>("document.activeElement.getBoundingClientRect().top") >= 0, "the skip link is visible when focused");

        // Forward from the skip link: the report's name, then every notebook by title.
        var header = await open.Eval<int>("document.querySelectorAll('header.site a').length");
        var reached = new List<string>();
        for (var i = 0; i < header; i++)
        {
            await open.Tab.Keyboard.PressAsync(Key.Tab);
            reached.Add(await FocusedNavigationLink(open));
        }

        Assert.Equal(await open.Eval<string>("Array.from(document.querySelectorAll('header.site a')).map(a => a.getAttribute('href')).join(',')"), string.Join(",", reached));

        // Backward from the top of a fresh page: the last things on the page are next, then previous.
        await using var fresh = await browser.OpenAsync(PagePath("02-border-economy.html"));
        await fresh.Tab.Keyboard.DownAsync(Key.Shift);
        await fresh.Tab.Keyboard.PressAsync(Key.Tab);
        var next = await FocusedNavigationLink(fresh);
        await fresh.Tab.Keyboard.PressAsync(Key.Tab);
        var previous = await FocusedNavigationLink(fresh);
        await fresh.Tab.Keyboard.UpAsync(Key.Shift);
        Assert.Equal("03-tariffs.html", next);
        Assert.Equal("01-rhetoric-vs-trade.html", previous);
    }

    /// <summary>The focused link's target, after checking that its focus is visible (an outline).</summary>
    private static async Task<string> FocusedNavigationLink(OpenPage open)
    {
        var focused = await open.Eval<string>("(() => { const a = document.activeElement; const s = getComputedStyle(a); return (a.closest('header.site, nav.pager') ? a.getAttribute('href') : 'not navigation: ' + a.tagName + '.' + a.className) + '|' + s.outlineStyle + '|' + s.outlineWidth; })()");
        var parts = focused.Split('|');
        Assert.True(parts[1] != "none" && parts[2] != "0px", $"no visible focus on {parts[0]}");
        return parts[0];
    }

    [Fact]
    public async Task Print_ShowsChartsAsImages_WithoutNavigation()
    {
        await using var open = await browser.OpenAsync(PagePath("04-gas.html"), print: true);

        Assert.Equal("none", await open.Eval<string>("getComputedStyle(document.querySelector('header.site')).display"));
        Assert.Equal("none", await open.Eval<string>("getComputedStyle(document.querySelector('nav.pager')).display"));
        Assert.Equal("", await open.Eval<string>("Array.from(document.querySelectorAll('figure.report-chart')).filter(f => getComputedStyle(f.querySelector('.analysis-chart')).display !== 'none' || getComputedStyle(f.querySelector('img.print-only')).display === 'none').map(f => f.id).join(', ')"));
        Assert.Equal("page", await open.Eval<string>("getComputedStyle(document.querySelectorAll('main h2')[1]).breakBefore"));
    }

    /// <summary>Each chart figure: drawn, how many traces it drew, its CSV link and its data as plotted.</summary>
    private const string ChartsScript = """
        JSON.stringify(Array.from(document.querySelectorAll('figure.report-chart')).map(f => {
          const gd = f.querySelector('.js-plotly-plot');
          const csv = f.querySelector('a[download]');
          return { id: f.id,
                   drawn: !!(gd && gd.querySelector('svg.main-svg .plot')),
                   marks: gd ? gd.querySelectorAll('svg.main-svg .plot .trace').length : 0,
                   csv: csv ? csv.getAttribute('href') : null,
                   data: gd ? gd.data.map(t => ({ name: t.name === undefined ? null : t.name, x: t.x === undefined ? null : t.x, y: t.y === undefined ? null : t.y,
                                                  horizontal: t.orientation === 'h', noData: !!(t.meta && t.meta.noData) })) : [] };
        }))
        """;

    /// <summary>The text a reader sees in <c>main</c>, without code, scripts, SVG and KaTeX's MathML copy.</summary>
    private const string TextScript = """
        (() => { const body = document.querySelector('main').cloneNode(true);
          body.querySelectorAll('pre, code, script, style, .katex-mathml, annotation, svg').forEach(e => e.remove());
          return body.textContent; })()
        """;

    /// <summary>Charts whose alt text does not start with their title (layout.meta.title, else layout.title.text, markup removed).</summary>
    private const string AltScript = """
        Array.from(document.querySelectorAll('figure.report-chart')).filter(f => {
          const gd = f.querySelector('.js-plotly-plot'); if (!gd) return true;
          const meta = gd.layout.meta || {};
          const title = (meta.title || (gd.layout.title && gd.layout.title.text) || '').replace(/<br\s*\/?>/gi, ' ').replace(/<\/?[a-zA-Z][^<>]*>/g, '').replace(/\s+/g, ' ').trim();
          return !title || !f.querySelector('img.print-only').alt.startsWith(title.replace(/\.$/, ''));
        }).map(f => f.id).join(', ')
        """;

    /// <summary>Every element with its own text outside notebook outputs and SVG: contrast of its colour against the first opaque background behind it.</summary>
    private const string ContrastScript = """
        (() => {
          const rgb = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(',').map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          const background = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
          const out = [];
          for (const e of document.querySelectorAll('body *')) {
            if (e.closest('.output, svg, script, style, .katex-mathml')) continue;
            if (!Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const s = getComputedStyle(e); const r = e.getBoundingClientRect();
            if (s.visibility === 'hidden' || r.width === 0 || r.height === 0) continue;
            const fg = rgb(s.color), bg = background(e); if (!fg) continue;
            const l1 = lum(fg), l2 = lum(bg); const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;
            const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            if (ratio < need) out.push(e.tagName + '.' + e.className + ' "' + e.textContent.trim().slice(0, 30) + '" ' + s.color + ' on ' + JSON.stringify(bg) + ': ' + ratio.toFixed(2));
          }
          return out.join('\n');
        })()
        """;

    /// <summary>The points of the figure's traces as the CSV should hold them: (series, x, y), normalised.</summary>
    private static HashSet<(string, string, string)> PlottedPoints(JsonElement traces)
    {
        var points = new HashSet<(string, string, string)>();
        var i = 0;
        foreach (var trace in traces.EnumerateArray())
        {
            i++;
            var noData = trace.GetProperty("noData").GetBoolean();
            var horizontal = trace.GetProperty("horizontal").GetBoolean();
            var rawName = trace.GetProperty("name").ValueKind == JsonValueKind.String ? trace.GetProperty("name").GetString()! : null;
            if (noData && rawName is not null && rawName.EndsWith(": no data", StringComparison.Ordinal))
            {
                rawName = rawName[..^": no data".Length]; // a gap of that series
            }

            var name = ChartHtml.PlainText(rawName) ?? $"series {i}";
            var y = trace.GetProperty("y").ValueKind == JsonValueKind.Array ? trace.GetProperty("y").EnumerateArray().Select(Normalise).ToList() : [];
            var x = trace.GetProperty("x").ValueKind == JsonValueKind.Array ? trace.GetProperty("x").EnumerateArray().Select(Normalise).ToList() : Enumerable.Range(0, y.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
            for (var k = 0; k < Math.Min(x.Count, y.Count); k++)
            {
                // a placeholder marks a missing value: the CSV holds a gap, never the stub's zero
                points.Add((name, noData && horizontal ? "" : x[k], noData && !horizontal ? "" : y[k]));
            }
        }

        return points;
    }

    private static string Normalise(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.String => Normalise(value.GetString()!),
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };

    private static string Normalise(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d.ToString("R", CultureInfo.InvariantCulture) : cell;

    /// <summary>RFC 4180 rows (quoted cells with doubled quotes, <c>\n</c> line ends).</summary>
    private static List<string[]> CsvRows(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    /// <summary>How many TeX snippets the notebook's Markdown cells hold, as the report finds them.</summary>
    private static int FormulasInMarkdown(string notebook) =>
        NotebookFile.Load(notebook).Cells.Where(c => NotebookFile.IsMarkdown(c!)).Sum(c => KatexMath.Find(ReportWriter.MarkdownToHtml(NotebookFile.Source(c!))).Count);

    /// <summary>Dollar-delimited TeX left in text: <c>$x$</c> with no space after the opening dollar.</summary>
    [GeneratedRegex(@"\$[^\s$][^$\n]*\$")]
    private static partial Regex RawInlineTex();
}
