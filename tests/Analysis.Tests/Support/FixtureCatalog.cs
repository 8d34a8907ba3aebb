using Analysis.Data;

namespace Analysis.Tests.Support;

/// <summary>
/// A small, hand-checkable catalog for reader and story tests: a copy of the real manifest and data
/// in a temporary folder, with the named datasets' CSVs replaced by the test's own rows. In a fixture
/// row, the text <c>SRC</c> stands for the dataset's first source id, so rows stay valid against the
/// manifest without the test knowing its source ids.
/// </summary>
internal sealed class FixtureCatalog : IDisposable
{
    private FixtureCatalog(string root)
    {
        Root = root;
        Data = DataCatalog.FromDirectory(root);
    }

    public string Root { get; }

    public DataCatalog Data { get; }

    /// <summary>A catalog whose datasets named in <paramref name="files"/> hold only the given CSV text (header included).</summary>
    public static FixtureCatalog With(params (string Dataset, string Csv)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "analysis-fixture-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Data, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(RepositoryPaths.Data, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var package = DataCatalog.FromDirectory(root).Package;
        var manifestPath = Path.Combine(root, DataPackage.ManifestFileName);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifestPath))!;
        foreach (var (dataset, csv) in files)
        {
            var resource = package.Resource(dataset);
            var text = csv.Replace("SRC", resource.Sources[0].Id, StringComparison.Ordinal).ReplaceLineEndings("\n").Trim('\n') + "\n";
            File.WriteAllText(Path.Combine(root, resource.Path), text);

            // Conflicts declared for the real rows name groups the fixture does not have: drop them with the rows.
            var node = manifest["resources"]!.AsArray().Single(r => (string?)r!["name"] == dataset)!;
            foreach (var check in node["checks"]?.AsArray() ?? [])
            {
                check!.AsObject().Remove("conflicts");
            }
        }

        File.WriteAllText(manifestPath, manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        return new FixtureCatalog(root);
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
