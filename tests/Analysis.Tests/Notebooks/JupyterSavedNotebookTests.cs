using System.Text.Json.Nodes;
using Analysis.Render;
using Analysis.Tests.Support;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// A notebook executed by a real Jupyter client (nbconvert with the .NET Interactive kernel, as VS
/// Code's Jupyter extension runs it) comes back with the kernel's bootstrap script and the
/// machine's addresses in its first cell and without cell ids; the render command's normalisation
/// removes both and makes it valid nbformat 4.5, and so does a render of it.
/// </summary>
[Collection(NotebookHostGroup.Name)]
[Trait("Category", "EndToEnd")]
public sealed class JupyterSavedNotebookTests : IDisposable
{
    // Inside the repository, so the kernel's `dotnet interactive` finds the pinned tool manifest.
    private readonly string _dir = Path.Combine(RepositoryPaths.Root, "artifacts", "test-jupyter", Guid.NewGuid().ToString("N"));

    public JupyterSavedNotebookTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a leftover folder under artifacts/ is harmless
        }
    }

    [Fact]
    public void NotebookSavedByJupyter_AfterNormalisation_HasNoBootstrapScriptNorAddress_AndIsValid45()
    {
        var saved = ExecuteInJupyter();
        var raw = File.ReadAllText(saved);
        Assert.Contains("probeAddresses", raw, StringComparison.Ordinal); // the case this test is about did happen
        var notebook = NotebookFile.Load(saved);
        Assert.Contains(notebook.Cells.SelectMany(c => c!["outputs"]?.AsArray() ?? []), NotebookNormaliser.IsKernelBootstrap);

        var report = NotebookNormaliser.Normalise(notebook);

        Assert.True(report.BootstrapOutputsDropped >= 1, report.Describe());
        Assert.Equal(3, report.IdsAdded);
        AssertClean(notebook);
        var outputs = notebook.Cells.SelectMany(c => c!["outputs"]?.AsArray() ?? []).OfType<JsonObject>().ToList();
        Assert.Contains(outputs, o => NotebookJson.Text(o["data"]?["text/plain"]).Trim() == "2" || NotebookJson.Text(o["data"]?["text/html"]).Contains("<pre>2</pre>", StringComparison.Ordinal));
    }

    [Fact]
    public void NotebookSavedByJupyter_RenderedAndWrittenBack_HasNoBootstrapScriptNorAddress_AndIsValid45()
    {
        var saved = ExecuteInJupyter();
        var notebooks = Path.Combine(_dir, "notebooks");
        Directory.CreateDirectory(notebooks);
        File.Copy(saved, Path.Combine(notebooks, "saved.ipynb"));

        var result = RenderProcess.Run("--notebooks", notebooks, "-o", Path.Combine(_dir, "report"));

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("normalised: nbformat_minor raised to 5; 3 cell id(s) added; 1 kernel bootstrap output(s) dropped", result.StandardOutput, StringComparison.Ordinal);
        AssertClean(NotebookFile.Load(Path.Combine(notebooks, "saved.ipynb")));
    }

    private static void AssertClean(NotebookFile notebook)
    {
        var json = notebook.ToJson();
        Assert.DoesNotContain("probeAddresses", json, StringComparison.Ordinal);
        Assert.DoesNotContain("require.js", json, StringComparison.Ordinal);
        Assert.False(NotebookNormaliser.Normalise(notebook).Changed, "a second normalisation would still change it");
        Assert.Empty(NbformatSchema.Problems(notebook.Root));
    }

    /// <summary>Registers the pinned kernel in a folder of its own and runs nbconvert --execute; returns the executed notebook.</summary>
    private string ExecuteInJupyter()
    {
        var kernels = Path.Combine(_dir, "jupyter", "kernels");
        Directory.CreateDirectory(kernels); // the installer requires the folder to exist
        var install = ProcessRunner.Run("dotnet", ["interactive", "jupyter", "install", "--path", kernels], RepositoryPaths.Root, TimeSpan.FromMinutes(3));
        Assert.True(install.ExitCode == 0, "dotnet interactive jupyter install: " + install.Describe());
        Assert.True(File.Exists(Path.Combine(kernels, ".net-csharp", "kernel.json")), install.Describe());

        // As Jupyter saves a notebook of nbformat 4.4: no cell ids.
        var source = (JsonObject)JsonNode.Parse(TestNotebooks.Json([TestNotebooks.Markdown("# Saved from Jupyter"), TestNotebooks.Code("1+1"), TestNotebooks.Code("Console.WriteLine(\"hi\");")]))!;
        source["nbformat_minor"] = 4;
        File.WriteAllText(Path.Combine(_dir, "in.ipynb"), source.ToJsonString());

        ProcessResult run;
        try
        {
            run = ProcessRunner.Run(
                "jupyter",
                ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=.net-csharp", "--ExecutePreprocessor.timeout=600", "--output", "out.ipynb", "in.ipynb"],
                _dir,
                TimeSpan.FromMinutes(10),
                new Dictionary<string, string> { ["JUPYTER_PATH"] = Path.Combine(_dir, "jupyter") });
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("jupyter is not installed: run scripts/prerequisites.sh (it installs jupyter-nbconvert, python3-nbclient and jupyter-client).", e);
        }

        Assert.True(run.ExitCode == 0, "jupyter nbconvert --execute (scripts/prerequisites.sh installs jupyter-nbconvert, python3-nbclient and jupyter-client): " + run.Describe());
        return Path.Combine(_dir, "out.ipynb");
    }
}
