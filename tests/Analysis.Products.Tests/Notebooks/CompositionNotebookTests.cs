using System.Diagnostics;
using System.Text.Json.Nodes;
using Analysis.Products.Generation;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Notebooks;

/// <summary>
/// Notebook 01, with its product-level composition section, runs in the pinned notebook host, dotnet-repl
/// 0.3.259, loading Analysis.Products.dll by <c>#r</c> with DuckDB's native library beside it: once with the
/// published figures only (the committed notebook's charts), once with a generated BACI file given as the
/// <c>baciFile</c> parameter (one chart more).
/// Needs the libraries built (<c>dotnet build src/Analysis.Products</c> fills artifacts/notebook-lib) and <c>dotnet tool restore</c>.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CompositionNotebookTests
{
    [Fact]
    public void DotnetRepl_PublishedFiguresOnly_RunsWithTheCommittedCharts() =>
        AssertRuns(withBaci: false, extraCharts: 0);

    [Fact]
    public void DotnetRepl_WithBaciFile_RunsWithOneChartMore() =>
        AssertRuns(withBaci: true, extraCharts: 1);

    private static void AssertRuns(bool withBaci, int extraCharts)
    {
        var root = RepositoryRoot();
        var scratch = Path.Combine(root, "artifacts", "products-notebook-tests", Guid.NewGuid().ToString("N"));
        var notebooks = Path.Combine(scratch, "notebooks");
        Directory.CreateDirectory(notebooks);
        // A private copy of the notebook libraries: the other test project's render tests rebuild artifacts/notebook-lib.
        CopyFolder(Path.Combine(root, "artifacts", "notebook-lib"), Path.Combine(scratch, "artifacts", "notebook-lib"));
        try
        {
            var committed = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "notebooks", "01-rhetoric-vs-trade.ipynb")))!;
            var expectedCharts = extraCharts + committed["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).Count(o => o!["data"]?["image/png"] is not null);
            var notebook = committed.DeepClone();
            if (withBaci)
            {
                var baci = BaciGenerator.Write(Path.Combine(scratch, "baci"), new BaciGeneratorOptions(100_000, Countries: 60, Products: 800));
                CopyFolder(Path.Combine(root, "data"), Path.Combine(scratch, "data"));
                SetParameters(notebook, "../data", "../baci/" + Path.GetFileName(baci.Path));
            }

            var path = Path.Combine(notebooks, "01-rhetoric-vs-trade.ipynb");
            File.WriteAllText(path, notebook.ToJsonString());
            var output = Path.Combine(scratch, "executed.ipynb");
            var (exit, log) = Run("dotnet", ["repl", "--run", path, "--exit-after-run", "--output-format", "ipynb", "--output-path", output], notebooks);
            Assert.True(exit == 0, $"dotnet repl exited {exit}:\n{log}");
            var outputs = JsonNode.Parse(File.ReadAllText(output))!["cells"]!.AsArray()
                .SelectMany(c => c!["outputs"]?.AsArray() ?? []).ToList();
            Assert.DoesNotContain(outputs, o => o!["output_type"]!.GetValue<string>() == "error");
            var charts = outputs.Where(o => o!["data"]?["image/png"] is not null).ToList();
            Assert.Equal(expectedCharts, charts.Count);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static void SetParameters(JsonNode notebook, string dataDirectory, string baciFile)
    {
        var cell = notebook["cells"]!.AsArray().Single(c => c!["metadata"]?["tags"]?.AsArray().Any(t => t!.GetValue<string>() == "parameters") == true)!;
        var source = string.Concat(cell["source"]!.AsArray().Select(l => l!.GetValue<string>()))
            .Replace("var dataDirectory = \"\";", $"var dataDirectory = \"{dataDirectory}\";", StringComparison.Ordinal)
            .Replace("var baciFile = \"\";", $"var baciFile = \"{baciFile}\";", StringComparison.Ordinal);
        var lines = source.Split('\n');
        cell["source"] = new JsonArray(lines.Select((l, i) => (JsonNode?)JsonValue.Create(i < lines.Length - 1 ? l + "\n" : l)).ToArray());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static (int Exit, string Log) Run(string file, string[] arguments, string directory)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet repl did not finish within 4 minutes.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    }
}
