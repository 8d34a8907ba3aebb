using System.Diagnostics;
using System.Text.Json.Nodes;
using Analysis.Products.Generation;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Notebooks;

/// <summary>
/// The composition section proposed for notebook 01 (Fixtures/notebooks/01-composition.ipynb: the set-up and
/// parameters cells of notebook 01 plus the section's cells) runs in the pinned notebook host, dotnet-repl
/// 0.3.259, loading Analysis.Products.dll by <c>#r</c> with DuckDB's native library beside it: once with the
/// published figures only, once with a generated BACI file and a countries list that has <c>iso_numeric</c>.
/// Needs the libraries built (<c>dotnet build src/Analysis.Products</c> fills artifacts/notebook-lib) and <c>dotnet tool restore</c>.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CompositionNotebookTests
{
    [Fact]
    public void DotnetRepl_PublishedFiguresOnly_RunsWithOneChart() =>
        AssertRuns(withBaci: false, expectedCharts: 1);

    [Fact]
    public void DotnetRepl_WithBaciFile_RunsWithBothCharts() =>
        AssertRuns(withBaci: true, expectedCharts: 2);

    private static void AssertRuns(bool withBaci, int expectedCharts)
    {
        var root = RepositoryRoot();
        var scratch = Path.Combine(root, "artifacts", "products-notebook-tests", Guid.NewGuid().ToString("N"));
        var notebooks = Path.Combine(scratch, "notebooks");
        Directory.CreateDirectory(notebooks);
        // A private copy of the notebook libraries: the other test project's render tests rebuild artifacts/notebook-lib.
        CopyFolder(Path.Combine(root, "artifacts", "notebook-lib"), Path.Combine(scratch, "artifacts", "notebook-lib"));
        try
        {
            var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(TestData.Fixtures, "notebooks", "01-composition.ipynb")))!;
            if (withBaci)
            {
                var baci = BaciGenerator.Write(Path.Combine(scratch, "baci"), new BaciGeneratorOptions(100_000, Countries: 60, Products: 800));
                CopyDataWithIsoNumeric(Path.Combine(root, "data"), Path.Combine(scratch, "data"));
                SetParameters(notebook, "../data", "../baci/" + Path.GetFileName(baci.Path));
            }

            var path = Path.Combine(notebooks, "01-composition.ipynb");
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

    /// <summary>A copy of data/ whose countries list has the iso_numeric column (as main will have it) for China and Russia.</summary>
    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void CopyDataWithIsoNumeric(string from, string to)
    {
        CopyFolder(from, to);

        var countries = Path.Combine(to, "countries", "countries.csv");
        var lines = File.ReadAllLines(countries);
        if (!lines[0].Contains("iso_numeric", StringComparison.Ordinal))
        {
            var numeric = new Dictionary<string, string> { ["CHN"] = "156", ["RUS"] = "643" };
            File.WriteAllLines(countries, lines.Select((l, i) => i == 0 ? l + ",iso_numeric" : l + "," + numeric.GetValueOrDefault(l.Split(',')[0], "")));
            var manifest = Path.Combine(to, "datapackage.json");
            var package = JsonNode.Parse(File.ReadAllText(manifest))!;
            var resource = package["resources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "countries")!;
            resource["schema"]!["fields"]!.AsArray().Add(new JsonObject { ["name"] = "iso_numeric", ["type"] = "string" });
            File.WriteAllText(manifest, package.ToJsonString());
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
