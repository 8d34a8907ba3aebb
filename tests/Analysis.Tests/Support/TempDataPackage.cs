using System.Text;

namespace Analysis.Tests.Support;

/// <summary>
/// A throw-away data folder for loader tests: the fixture manifest (tests/Analysis.Tests/Fixtures/package)
/// copied into a temporary folder, with one file replaced by the test's own bytes.
/// </summary>
internal sealed class TempDataPackage : IDisposable
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "package");

    public TempDataPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "analysis-tests-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(FixtureRoot, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(FixtureRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    /// <summary>Replaces the trade fixture with <paramref name="text"/> (UTF-8, no BOM unless the text has one).</summary>
    public TempDataPackage WithTrade(string text) => WithFile("trade/trade.csv", Encoding.UTF8.GetBytes(text));

    public TempDataPackage WithFile(string relativePath, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Root, relativePath), bytes);
        return this;
    }

    public TempDataPackage WithManifest(string json) => WithFile("datapackage.json", Encoding.UTF8.GetBytes(json));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
