using Analysis.Tests.Support;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// The pinned .NET Interactive kernel (dotnet-interactive 1.0.712001 from the tool manifest), registered
/// in a private Jupyter path, the way Jupyter and VS Code's Jupyter extension start it.
/// </summary>
public sealed class PinnedJupyterKernel : IDisposable
{
    /// <summary>The kernel name <c>dotnet interactive jupyter install</c> registers for C#.</summary>
    public const string Name = ".net-csharp";

    public PinnedJupyterKernel()
    {
        var kernels = Path.Combine(JupyterPath, "kernels");
        Directory.CreateDirectory(kernels); // the installer requires the folder to exist
        var install = ProcessRunner.Run("dotnet", ["interactive", "jupyter", "install", "--path", kernels], RepositoryPaths.Root, TimeSpan.FromMinutes(3));
        if (install.ExitCode != 0 || !File.Exists(Path.Combine(kernels, Name, "kernel.json")))
        {
            throw new InvalidOperationException("dotnet interactive jupyter install (needs `dotnet tool restore`): " + install.Describe());
        }
    }

    /// <summary>The folder to pass as <c>JUPYTER_PATH</c>.</summary>
    public string JupyterPath { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "test-jupyter", "kernel-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Executes <paramref name="notebook"/> with <c>jupyter nbconvert --execute</c> in this kernel, its working
    /// folder the notebook's own (as Jupyter runs it), and writes the executed copy into <paramref name="outputDirectory"/>.
    /// </summary>
    internal ProcessResult Execute(string notebook, string outputDirectory)
    {
        try
        {
            return ProcessRunner.Run(
                "jupyter",
                ["nbconvert", "--to", "notebook", "--execute", $"--ExecutePreprocessor.kernel_name={Name}", "--ExecutePreprocessor.timeout=600", "--output-dir", outputDirectory, notebook],
                Path.GetDirectoryName(notebook)!,
                TimeSpan.FromMinutes(10),
                new Dictionary<string, string> { ["JUPYTER_PATH"] = JupyterPath });
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("jupyter is not installed: run scripts/prerequisites.sh (it installs jupyter-nbconvert, python3-nbclient and jupyter-client).", e);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(JupyterPath, recursive: true);
        }
        catch (IOException)
        {
            // left for the next clean; artifacts/ is ignored by git
        }
    }
}

/// <summary>
/// Every committed notebook runs clean in the Jupyter kernel too, driven by Jupyter's own client
/// (Debian's nbconvert and nbclient), not only in dotnet-repl: each code cell executes, none raises an
/// error, and every chart keeps its static image for readers without JavaScript.
/// </summary>
[Collection(NotebookHostGroup.Name)]
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class JupyterKernelTests(PinnedJupyterKernel kernel) : IClassFixture<PinnedJupyterKernel>
{
    public static TheoryData<string> Notebooks() => CommittedNotebookTests.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Jupyter_RunsNotebook_EveryCellWithoutErrorsAndChartsWithImages(string notebook)
    {
        var outputDirectory = Path.Combine(kernel.JupyterPath, "out-" + Path.GetFileNameWithoutExtension(notebook));

        var result = kernel.Execute(Path.Combine(RepositoryPaths.Notebooks, notebook), outputDirectory);

        Assert.True(result.ExitCode == 0, $"jupyter nbconvert --execute failed on {notebook}: {result.Describe()}");
        var executed = NotebookJson.Load(Path.Combine(outputDirectory, notebook));
        var cells = NotebookJson.CodeCells(executed).ToList();
        Assert.All(cells, c => Assert.True(c["execution_count"] is not null, "a code cell was not executed"));
        var outputs = cells.SelectMany(NotebookJson.Outputs).ToList();
        Assert.DoesNotContain(outputs, o => o["output_type"]?.GetValue<string>() == "error");
        var committedCharts = NotebookJson.CodeCells(NotebookJson.Load(Path.Combine(RepositoryPaths.Notebooks, notebook)))
            .SelectMany(NotebookJson.Outputs).Count(o => NotebookJson.Data(o, "image/png") is not null);
        Assert.Equal(committedCharts, outputs.Count(o => !string.IsNullOrEmpty(NotebookJson.Data(o, "image/png"))));
    }
}
