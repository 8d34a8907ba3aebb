using System.Text.Json;
using Analysis.Tests.Support;

namespace Analysis.Tests.Devcontainer;

/// <summary>
/// The devcontainer that Codespaces users open. No Docker engine runs on our machines, so the
/// file is validated and its post-create script is run directly on this machine, in a copy of the
/// repository, and what it leaves behind is checked.
/// </summary>
public sealed class DevcontainerTests
{
    private static readonly string[] NotebookExtensions = ["ms-dotnettools.dotnet-interactive-vscode", "ms-toolsai.jupyter", "ms-dotnettools.csdevkit"];

    private static JsonElement Json(string relativePath) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath)),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement.Clone();

    [Fact]
    public void DevcontainerJson_UsesDotnet10OnDebianWithChromiumAndNotebookExtensions()
    {
        var config = Json(".devcontainer/devcontainer.json");

        Assert.Contains("bookworm", config.GetProperty("image").GetString(), StringComparison.Ordinal);
        Assert.Equal("10.0", config.GetProperty("features").GetProperty("ghcr.io/devcontainers/features/dotnet:2").GetProperty("version").GetString());
        Assert.Equal("/usr/bin/chromium", config.GetProperty("containerEnv").GetProperty("ANALYSIS_CHROMIUM").GetString());
        var extensions = config.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.All(NotebookExtensions, e => Assert.Contains(e, extensions));
        var postCreate = config.GetProperty("postCreateCommand").GetString()!;
        Assert.Equal("bash .devcontainer/post-create.sh", postCreate);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, ".devcontainer", "post-create.sh")));
    }

    [Fact]
    public void VscodeRecommendations_MatchTheDevcontainerExtensions()
    {
        var devcontainer = Json(".devcontainer/devcontainer.json").GetProperty("customizations").GetProperty("vscode").GetProperty("extensions").EnumerateArray().Select(e => e.GetString()).Order();
        var recommended = Json(".vscode/extensions.json").GetProperty("recommendations").EnumerateArray().Select(e => e.GetString()).Order();

        Assert.Equal(devcontainer, recommended);
    }

    [Fact]
    public void ToolManifest_PinsTheNotebookHosts()
    {
        var tools = Json(".config/dotnet-tools.json").GetProperty("tools");

        Assert.Equal("1.0.712001", tools.GetProperty("microsoft.dotnet-interactive").GetProperty("version").GetString());
        Assert.Equal("0.3.259", tools.GetProperty("dotnet-repl").GetProperty("version").GetString());
    }
}

/// <summary>Runs the post-create script on this machine (slow: a full restore and build in a copy of the repository).</summary>
[Collection(NotebookHostGroup.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PostCreateScriptTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "post-create-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_copy, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public void PostCreate_OnThisMachine_RestoresToolsBuildsLibraryAndRegistersJupyterKernel()
    {
        RepositoryCopy.Create(_copy);
        var xdg = Path.Combine(_copy, ".xdg");

        var result = ProcessRunner.Run("bash", [".devcontainer/post-create.sh"], _copy, TimeSpan.FromMinutes(10),
            new Dictionary<string, string> { ["XDG_DATA_HOME"] = xdg });

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.True(File.Exists(Path.Combine(_copy, "artifacts", "notebook-lib", "Analysis.dll")), "library not built for the notebooks");
        Assert.True(File.Exists(Path.Combine(_copy, "artifacts", "notebook-lib", "Analysis.Notebooks.dll")), "notebook integration not built for the notebooks");
        Assert.True(File.Exists(Path.Combine(_copy, "artifacts", "notebook-lib", "Deedle.dll")), "dependencies not copied beside the library");
        var kernel = JsonDocument.Parse(File.ReadAllText(Path.Combine(xdg, "jupyter", "kernels", ".net-csharp", "kernel.json"))).RootElement;
        Assert.Equal(["dotnet", "interactive", "jupyter"], kernel.GetProperty("argv").EnumerateArray().Take(3).Select(a => a.GetString()));
        var tools = ProcessRunner.Run("dotnet", ["tool", "list"], _copy, TimeSpan.FromMinutes(2));
        Assert.Contains("1.0.712001", tools.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("0.3.259", tools.StandardOutput, StringComparison.Ordinal);
        Assert.NotNull(Analysis.Notebooks.ChartImages.ChromiumPath);
    }
}
