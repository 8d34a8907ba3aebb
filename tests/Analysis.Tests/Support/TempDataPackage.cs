using System.Text;
using System.Text.Json.Nodes;

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

    /// <summary>Changes the manifest: <paramref name="edit"/> gets its root object.</summary>
    public TempDataPackage EditManifest(Action<JsonObject> edit)
    {
        var path = Path.Combine(Root, "datapackage.json");
        var root = (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;
        edit(root);
        return WithManifest(root.ToJsonString());
    }

    /// <summary>The manifest's resource called <paramref name="name"/>, for tests that edit it.</summary>
    public static JsonObject ResourceOf(JsonObject manifest, string name) =>
        manifest["resources"]!.AsArray().OfType<JsonObject>().Single(r => r["name"]!.GetValue<string>() == name);

    /// <summary>Adds a resource (its manifest entry as JSON) and its CSV file.</summary>
    public TempDataPackage WithResource(string resourceJson, string csv)
    {
        var resource = (JsonObject)JsonNode.Parse(resourceJson)!;
        var path = resource["path"]!.GetValue<string>();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Root, path))!);
        WithFile(path, Encoding.UTF8.GetBytes(csv));
        return EditManifest(m => m["resources"]!.AsArray().Add(resource));
    }

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
