using System.Text.RegularExpressions;
using Analysis.Tests.Support;

namespace Analysis.Tests.Scripts;

/// <summary>
/// test.sh's last line, computed by scripts/test-summary.sh from `dotnet test` output: one line
/// summed over every test project, and a project that reports nothing counts as failed.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class TestSummaryScriptTests : IDisposable
{
    private const string ProjectA = "Passed!  - Failed:     0, Passed:   554, Skipped:     0, Total:   554, Duration: 5 s - Analysis.Tests.dll (net10.0)";
    private const string ProjectB = "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: 1 s - Analysis.Products.Tests.dll (net10.0)";
    private const string ProjectBFailing = "Failed!  - Failed:     3, Passed:     9, Skipped:     2, Total:    14, Duration: 1 s - Analysis.Products.Tests.dll (net10.0)";
    private const string NoMatch = "No test matches the given testcase filter `Category=EndToEnd` in /repo/tests/Analysis.Products.Tests/bin/Debug/net10.0/Analysis.Products.Tests.dll";
    private readonly string _log = Path.GetTempFileName();

    public void Dispose() => File.Delete(_log);

    private ProcessResult Summarise(int projects, params string[] lines)
    {
        File.WriteAllText(_log, string.Join("\n", ["Test run for ...", .. lines, ""]));
        return ProcessRunner.Run("bash", ["-c", $"scripts/test-summary.sh {projects} < '{_log}'"], RepositoryPaths.Root, TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData(new[] { ProjectA, ProjectB }, 0, "566 passed, 0 failed")]
    [InlineData(new[] { ProjectA, ProjectBFailing }, 1, "563 passed, 3 failed, 2 skipped")]
    [InlineData(new[] { ProjectA, NoMatch }, 0, "554 passed, 0 failed")]
    [InlineData(new[] { ProjectA }, 1, "554 passed, 1 failed")]      // the second project crashed: no result line
    [InlineData(new string[0], 1, "0 passed, 2 failed")]             // nothing ran: both projects silent
    public void Summary_TwoTestProjects_IsOneLineSummedOverBoth(string[] lines, int exitCode, string expected)
    {
        var result = Summarise(2, lines);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal(expected + "\n", result.StandardOutput.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Summary_SilentProject_IsNamedOnStandardError()
    {
        var result = Summarise(2, ProjectA);

        Assert.Equal("test-summary: 1 of 2 test project(s) reported no results (a crash or an aborted run; see above)\n", result.StandardError.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TestSh_ProjectCount_CountsEveryTestProjectInTheSolution()
    {
        // The pattern test.sh gives grep, applied here to Analysis.sln.
        var listed = Regex.Count(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Analysis.sln")), "\"tests[\\\\/][^\"]+\\.csproj\"");
        var onDisk = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.csproj", SearchOption.AllDirectories).Length;

        Assert.Contains("grep -cE '\"tests[\\\\/][^\"]+\\.csproj\"' Analysis.sln", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "test.sh")), StringComparison.Ordinal);
        Assert.Equal(onDisk, listed);
    }
}
