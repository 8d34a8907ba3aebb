using Analysis.Tests.Support;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// Every notebook executes in the pinned notebook host that editors start, driven by a real
/// client: dotnet-repl 0.3.259 (the same Microsoft.DotNet.Interactive engine as
/// dotnet-interactive 1.0.712001, with its own FSharp.Core 10.0), not an in-process kernel.
/// Needs `dotnet tool restore` (test.sh and .ci/run do it) and Chromium for chart images.
/// </summary>
[Collection(NotebookHostGroup.Name)]
[Trait("Category", "EndToEnd")]
public sealed class NotebookHostTests
{
    public static TheoryData<string> Notebooks() => CommittedNotebookTests.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void DotnetRepl_RunsNotebook_WithoutErrorsAndWithChartImages(string notebook)
    {
        var output = Path.Combine(Path.GetTempPath(), $"repl-{Guid.NewGuid():N}.ipynb");
        try
        {
            var result = ProcessRunner.Run("dotnet", ["repl", "--run", notebook, "--exit-after-run", "--output-format", "ipynb", "--output-path", output],
                RepositoryPaths.Notebooks, TimeSpan.FromMinutes(4));

            Assert.True(result.ExitCode == 0, $"dotnet repl failed on {notebook}: {result.Describe()}");
            var executed = NotebookJson.Load(output);
            var outputs = NotebookJson.CodeCells(executed).SelectMany(NotebookJson.Outputs).ToList();
            Assert.DoesNotContain(outputs, o => o["output_type"]?.GetValue<string>() == "error");
            var charts = outputs.Where(o => NotebookJson.Data(o, "text/html")?.Contains("class=\"analysis-chart\"", StringComparison.Ordinal) == true).ToList();
            Assert.All(charts, c => Assert.False(string.IsNullOrEmpty(NotebookJson.Data(c, "image/png")), "chart without image/png"));
            var committedCharts = NotebookJson.CodeCells(NotebookJson.Load(Path.Combine(RepositoryPaths.Notebooks, notebook)))
                .SelectMany(NotebookJson.Outputs).Count(o => NotebookJson.Data(o, "image/png") is not null);
            Assert.Equal(committedCharts, charts.Count);
            var tables = outputs.Select(o => NotebookJson.Data(o, "text/html")).Where(h => h?.StartsWith("<div class=\"analysis-table\"", StringComparison.Ordinal) == true).ToList();
            Assert.All(tables, t => Assert.True(t!.Length < 20_000, "table HTML over 20 KB"));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
