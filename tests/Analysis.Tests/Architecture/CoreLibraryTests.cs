using System.Text.RegularExpressions;
using System.Xml.Linq;
using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Architecture;

/// <summary>
/// The core library stays usable from any host: it depends on Deedle, Plotly.NET and FSharp.Core only
/// (the notebook host code lives in Analysis.Notebooks, as Plotly.NET.Interactive lives apart from
/// Plotly.NET), and only its Data layer reads datasets.
/// </summary>
public sealed partial class CoreLibraryTests
{
    private static string Src => Path.Combine(RepositoryPaths.Root, "src");

    [Fact]
    public void CoreProject_PackageReferences_AreDeedlePlotlyAndFSharpCoreOnly()
    {
        var project = XDocument.Load(Path.Combine(Src, "Analysis", "Analysis.csproj"));

        var packages = project.Descendants("PackageReference").Select(p => (string)p.Attribute("Include")!).Order(StringComparer.Ordinal);

        Assert.Equal(["Deedle", "FSharp.Core", "Plotly.NET", "Plotly.NET.CSharp"], packages);
        Assert.Empty(project.Descendants("ProjectReference"));
    }

    [Fact]
    public void CoreAssembly_References_NoBrowserDriverAndNoNotebookPackage()
    {
        var references = typeof(DataCatalog).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("PuppeteerSharp", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Analysis.Notebooks", StringComparison.Ordinal));
    }

    [Fact]
    public void Sources_OutsideTheDataLayer_LoadNoDataset()
    {
        var files = Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.StartsWith(Path.Combine(Src, "Analysis", "Data") + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.StartsWith(Path.Combine(Src, "Analysis.Render") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var code = File.ReadAllText(file);
            Assert.False(DatasetAccess().IsMatch(code), $"{Path.GetRelativePath(RepositoryPaths.Root, file)} reads a dataset itself; call a reader in src/Analysis/Data instead.");
        }
    }

    [GeneratedRegex(@"\.Load\(|\bDatasetView\b|\.Validate\(")]
    private static partial Regex DatasetAccess();
}

/// <summary>The core runs from a file-based app (<c>dotnet run app.cs</c> with <c>#:project</c>), with no browser or notebook package.</summary>
[Collection(NotebookHostGroup.Name)]
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class FileBasedAppTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "analysis-app-" + Guid.NewGuid().ToString("N"));

    public FileBasedAppTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public void DotnetRun_AppWithProjectDirective_ComputesAVerdictWithoutHostPackages()
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "Analysis", "Analysis.csproj");
        File.WriteAllText(Path.Combine(_dir, "app.cs"), $$"""
            #:project {{project}}
            using Analysis.Data;
            using Analysis.Verdicts;

            var data = DataCatalog.Bundled;
            var turnover = ChinaGoodsTrade.TurnoverUsdBillions(data, ["USA", "EU", "RUS"]);
            var assessment = Assess.TradeVsWest(turnover, ["USA", "EU"], 2013, 2024, "2023-10-17", Rules.WestMultiple());
            Console.WriteLine("verdict: " + assessment.VerdictText);
            var names = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "")
                .Concat(Directory.GetFiles(AppContext.BaseDirectory).Select(f => Path.GetFileName(f)));
            Console.WriteLine("host packages: [" + string.Join(",", names.Where(n => n.Contains("Puppeteer") || n.Contains("DotNet.Interactive")).Distinct()) + "]");
            """);

        var result = ProcessRunner.Run("dotnet", ["run", "app.cs"], _dir, TimeSpan.FromMinutes(5));

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("verdict: supported", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("host packages: []", result.StandardOutput, StringComparison.Ordinal);
    }
}
