using System.Text.Json.Nodes;
using Analysis.Render;
using Analysis.Tests.Support;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// The render command on bad input, as a new user tries it: every case ends with its exit code
/// (1 usage or set-up, 2 a failed cell) and one clear message; never a stack trace or an abort.
/// Unreadable notebooks are reported and skipped, never rewritten, and the others are rendered.
/// </summary>
[Collection(NotebookHostGroup.Name)]
[Trait("Category", "EndToEnd")]
public sealed class RenderCommandInputTests : IDisposable
{
    private const string UsageHint = "Run ./render.sh --help for the options.";
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "render-input-" + Guid.NewGuid().ToString("N"));

    public RenderCommandInputTests() => Directory.CreateDirectory(NotebooksFolder);

    private string NotebooksFolder => Path.Combine(_temp, "notebooks");

    private string Report => Path.Combine(_temp, "report");

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

    private string Write(string name, string content)
    {
        var path = Path.Combine(NotebooksFolder, name + ".ipynb");
        File.WriteAllText(path, content);
        return path;
    }

    private ProcessResult Render(params string[] extra) => RenderProcess.Run(["--notebooks", NotebooksFolder, "-o", Report, .. extra]);

    private static string Lines(string text) => text.ReplaceLineEndings("\n");

    private static void AssertNoStackTrace(ProcessResult result)
    {
        Assert.DoesNotContain("Unhandled exception", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(result.StandardError + result.StandardOutput).Split('\n'), l => l.StartsWith("   at ", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> Unreadable() => new()
    {
        // The case from the issue: a line break inside a JSON string.
        { "bad-json", "{\"cells\": [{\"source\": \"a\nb\"}]}", "not valid JSON at line 1, byte 25: '0x0A' is invalid within a JSON string. The string should be correctly escaped. A notebook is nbformat 4 JSON." },
        { "old-format", "{\"nbformat\": 3, \"worksheets\": []}", "expected an nbformat 4 notebook, found nbformat 3 (convert it with: jupyter nbconvert --to notebook)." },
        { "python", TestNotebooks.Json([TestNotebooks.Code("print(1)")], "python3", "python"), "kernel 'python3' (python) is not supported: the render runs C# notebooks (kernelspec '.net-csharp'). Open the notebook with its own kernel instead." },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Render_UnreadableNotebook_IsReportedAndSkippedAndNeverRewritten(string name, string content, string expected)
    {
        var path = Write(name, content);
        var before = File.ReadAllBytes(path);

        var result = Render();

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"render: {path}: {expected} Skipped; the file is not changed.\n", Lines(result.StandardError), StringComparison.Ordinal);
        Assert.Contains($"{name,-32} {"-",6} {"-",9}  NOT READ", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(NotebooksFolder, "*.tmp"));
        Assert.Contains("<tr class=\"failed\"><td>" + name + "</td>", File.ReadAllText(Path.Combine(Report, "index.html")), StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Render_UnreadableNotebookBesideAGoodOne_RendersTheGoodOneAndExits1()
    {
        var bad = Write("a-bad", "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 42}]}");
        var good = Write("b-good", TestNotebooks.WithCode("40 + 2"));

        var result = Render();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"render: {bad}: cell 1 (code) has a 'source' that is a number; expected a string or a list of strings. Skipped; the file is not changed.", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{"b-good",-32} {1,6}", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("42", NotebookJson.Data(NotebookJson.Outputs(NotebookJson.CodeCells(NotebookJson.Load(good)).Single()).Single(), "text/html"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Report, "b-good.html")));
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Render_CodeCellForAnotherKernel_IsRefusedNotRunAsCSharp()
    {
        var path = Write("fsharp-cell", TestNotebooks.Json([TestNotebooks.Code("1 + 1"), new JsonObject
        {
            ["cell_type"] = "code",
            ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "fsharp" } },
            ["outputs"] = new JsonArray(),
            ["source"] = "let x = 1",
        }]));

        var result = Render();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"render: {path}: code cell 2 is marked for the 'fsharp' kernel; the render runs C# cells only (kernel 'csharp'). Skipped;", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotebookWithNoCells_RendersAndExits0()
    {
        var path = Write("empty", TestNotebooks.Json([]));

        var result = Render();

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains($"{"empty",-32} {0,6}", result.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(NotebookJson.Load(path)["cells"]!.AsArray());
        Assert.True(File.Exists(Path.Combine(Report, "empty.html")));
    }

    [Fact]
    public void Render_StringSourceAndRawCell_RunsTheCodeAndKeepsTheRawCell()
    {
        var path = Write("mixed", TestNotebooks.Json([TestNotebooks.Markdown("# Mixed"), TestNotebooks.Raw("raw text, not run"), TestNotebooks.Code("40 + 2")]));

        var result = Render();

        Assert.True(result.ExitCode == 0, result.Describe());
        var written = NotebookJson.Load(path);
        var cells = written["cells"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Equal(("raw", "raw text, not run"), (cells[1]["cell_type"]!.GetValue<string>(), cells[1]["source"]!.GetValue<string>()));
        Assert.Equal("40 + 2", cells[2]["source"]!.GetValue<string>());
        Assert.Contains("42", NotebookJson.Data(NotebookJson.Outputs(cells[2]).Single(), "text/html"), StringComparison.Ordinal);
        Assert.DoesNotContain("raw text, not run", File.ReadAllText(Path.Combine(Report, "mixed.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OutputIsAnExistingFile_FailsBeforeAnyWork()
    {
        var notebook = Write("nb", TestNotebooks.WithCode("1"));
        var before = File.ReadAllBytes(notebook);
        var file = Path.Combine(_temp, "report.html");
        File.WriteAllText(file, "keep me");

        var result = RenderProcess.Run("--notebooks", NotebooksFolder, "-o", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"render: the report folder (-o) {file} is a file; expected a folder (it is created if missing).\n", Lines(result.StandardError));
        Assert.Equal("", result.StandardOutput);
        Assert.Equal("keep me", File.ReadAllText(file));
        Assert.Equal(before, File.ReadAllBytes(notebook));
    }

    [Fact]
    public void Render_OutputUnderAnExistingFile_FailsBeforeAnyWork()
    {
        Write("nb", TestNotebooks.WithCode("1"));
        var file = Path.Combine(_temp, "file");
        File.WriteAllText(file, "x");

        var result = RenderProcess.Run("--notebooks", NotebooksFolder, "-o", Path.Combine(file, "report"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"render: the report folder (-o) {file}/report cannot be created: {file} is a file.\n", Lines(result.StandardError));
    }

    [Fact]
    public void Render_ParameterGivenTwice_IsAUsageError()
    {
        var result = Render("-p", "lastYear=2021", "-p", "lastYear=2022");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"render: Parameter 'lastYear' is given twice ('2021' and '2022'); give each parameter once.\n{UsageHint}\n", Lines(result.StandardError));
    }

    [Theory]
    [InlineData("--frobnicate", "unknown option '--frobnicate'.")]
    [InlineData("-o", "-o needs a folder, e.g. -o artifacts/report.")]
    public void Render_BadOption_IsAUsageErrorNamingIt(string option, string expected)
    {
        var result = RenderProcess.Run(option);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"render: {expected}\n{UsageHint}\n", Lines(result.StandardError));
    }

    [Fact]
    public void Render_ParameterValueWithEquals_IsPassedWhole()
    {
        Write("label", TestNotebooks.Json([TestNotebooks.Code("var label = \"\";", NotebookFile.ParametersTag), TestNotebooks.Code("label.Length")]));

        var result = Render("-p", "label=a=b");

        Assert.True(result.ExitCode == 0, result.Describe());
        var executed = NotebookJson.Load(Path.Combine(Report, "notebooks", "label.ipynb"));
        var cells = NotebookJson.CodeCells(executed).ToList();
        Assert.EndsWith("var label = \"a=b\";", NotebookJson.Source(cells[1]), StringComparison.Ordinal);
        Assert.Contains("<pre>3</pre>", NotebookJson.Data(NotebookJson.Outputs(cells[2]).Single(), "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PathsWithSpacesAndNonAsciiCharacters_Render()
    {
        var folder = Path.Combine(_temp, "note books – Россия ü");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "01 données.ipynb"), TestNotebooks.WithCode("\"héllo, 世界\".Length"));
        var report = Path.Combine(_temp, "report é 报告");

        var result = RenderProcess.Run("--notebooks", folder, "-o", report);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains($"Rendering 1 notebook(s) from {folder}", result.StandardOutput, StringComparison.Ordinal);
        var executed = NotebookJson.Load(Path.Combine(report, "notebooks", "01 données.ipynb"));
        Assert.Contains("<pre>9</pre>", NotebookJson.Data(NotebookJson.Outputs(NotebookJson.CodeCells(executed).Single()).Single(), "text/html"), StringComparison.Ordinal);
        Assert.Contains("href=\"01 données.html\"", File.ReadAllText(Path.Combine(report, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DataValidationError_IsPrintedOnceWithoutStackTrace_AndTheIndexMarksTheNotebook()
    {
        using var data = new TempDataPackage();
        data.WithTrade("partner,year,flow,value_usd_bn,source_id,source_quote,note\nRUS,2023,exports,abc,wiki-2023,q,\n");
        var library = Path.Combine(RepositoryPaths.Root, "artifacts", "notebook-lib", "Analysis.dll");
        var path = Write("data", TestNotebooks.WithCode($"#r \"{library}\"", $"Analysis.Data.DataCatalog.FromDirectory(@\"{data.Root}\").Load(\"trade\")"));
        var before = File.ReadAllBytes(path);

        var result = Render();

        Assert.Equal(2, result.ExitCode);
        var issue = "trade/trade.csv:2, column 'value_usd_bn', value 'abc': expected a number in USD bn";
        var stderr = Lines(result.StandardError);
        Assert.Contains($"  FAILED data, cell 2: DataValidationException: 1 problem(s) in trade/trade.csv, read from the data folder {data.Root}:\n  - {issue}", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n'), l => l.Contains(issue, StringComparison.Ordinal));
        Assert.DoesNotContain(issue, result.StandardOutput, StringComparison.Ordinal);
        AssertNoStackTrace(result);
        Assert.Equal(before, File.ReadAllBytes(path));
        var index = File.ReadAllText(Path.Combine(Report, "index.html"));
        Assert.Contains("<tr class=\"failed\"><td>data</td><td></td><td></td><td><strong>FAILED</strong><pre class=\"error\">data, cell 2: DataValidationException:", index, StringComparison.Ordinal);
        Assert.Contains("value &#39;abc&#39;", index, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSh_HelpAndANormalRun_ShowNoRestoreWarnings()
    {
        Write("nb", TestNotebooks.WithCode("1 + 1"));

        var help = ProcessRunner.Run("bash", ["render.sh", "--help"], RepositoryPaths.Root, TimeSpan.FromMinutes(10));
        var run = ProcessRunner.Run("bash", ["render.sh", "--notebooks", NotebooksFolder, "-o", Report], RepositoryPaths.Root, TimeSpan.FromMinutes(10));

        Assert.True(help.ExitCode == 0, help.Describe());
        Assert.Equal(RenderOptions.Usage + "\n", Lines(help.StandardOutput));
        Assert.True(run.ExitCode == 0, run.Describe());
        foreach (var text in new[] { help.StandardOutput, help.StandardError, run.StandardOutput, run.StandardError })
        {
            Assert.DoesNotContain("NU1603", text, StringComparison.Ordinal);
            Assert.DoesNotContain("warning", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("render.sh: build log in artifacts/logs/render-build.log\n", Lines(help.StandardError));
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "artifacts", "logs", "render-build.log")));
    }
}
