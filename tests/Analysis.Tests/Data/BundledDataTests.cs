using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Data;

/// <summary>The bundled datasets: every one validates, every file is in the manifest, every figure has a source.</summary>
public sealed class BundledDataTests
{
    private static readonly string[] DocumentationFiles = ["datapackage.json", "CONVENTIONS.md", "README.md"];

    public static TheoryData<string> ResourceNames()
    {
        var data = new TheoryData<string>();
        foreach (var r in DataCatalog.FromDirectory(RepositoryPaths.Data).Package.Resources)
        {
            data.Add(r.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void Validate_BundledResource_HasNoIssues(string name)
    {
        var issues = DataCatalog.FromDirectory(RepositoryPaths.Data).Validate(name);

        Assert.True(issues.Count == 0, string.Join(Environment.NewLine, issues));
    }

    [Fact]
    public void Files_EveryFileInDataFolder_IsInTheManifestOrIsDocumentation()
    {
        var catalog = DataCatalog.FromDirectory(RepositoryPaths.Data);
        var listed = catalog.Package.Resources.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);

        var unlisted = catalog.Files
            .Where(f => !f.StartsWith(".staging/", StringComparison.Ordinal))
            .Where(f => !listed.Contains(f) && !DocumentationFiles.Contains(Path.GetFileName(f)))
            .ToList();

        Assert.True(unlisted.Count == 0, "Not in datapackage.json: " + string.Join(", ", unlisted));
    }

    [Fact]
    public void DataReadme_IndexListsEveryDataset()
    {
        var index = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "README.md"));

        Assert.All(DataCatalog.FromDirectory(RepositoryPaths.Data).Package.Resources, r => Assert.Contains($"[{r.Name}]({Path.GetDirectoryName(r.Path)}/README.md)", index, StringComparison.Ordinal));
    }

    [Fact]
    public void Files_EveryDatasetFolder_HasAReadme()
    {
        var catalog = DataCatalog.FromDirectory(RepositoryPaths.Data);

        var missing = catalog.Package.Resources
            .Select(r => Path.GetDirectoryName(r.Path)!.Replace('\\', '/') + "/README.md")
            .Where(readme => !catalog.Files.Contains(readme))
            .ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void Sources_EveryListedSource_IsCitedAndComplete(string name)
    {
        var catalog = DataCatalog.FromDirectory(RepositoryPaths.Data);
        var resource = catalog.Package.Resource(name);
        var frame = catalog.Load(name);
        // A resource without a source_id column (the countries list) takes every row from its listed sources.
        var cited = resource.Field("source_id") is null
            ? resource.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal)
            : frame.GetColumn<string>("source_id").Values.ToHashSet(StringComparer.Ordinal);
        // A source may also be cited by id in a row's note (the other side of a conflict).
        var notes = resource.Field("note") is null ? "" : string.Join("\n", frame.GetColumn<string>("note").Values);
        cited.UnionWith(resource.Sources.Select(s => s.Id).Where(id => notes.Contains(id, StringComparison.Ordinal)));

        Assert.All(resource.Sources, s =>
        {
            Assert.StartsWith("http", s.Url, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(s.Retrieved), $"{name}: source {s.Id} has no retrieval date");
            Assert.False(string.IsNullOrWhiteSpace(s.Licence), $"{name}: source {s.Id} has no licence");
            Assert.Contains(s.Id, cited);
        });
    }

    [Fact]
    public void Bundled_EmbeddedCopy_MatchesTheDataFolder()
    {
        var onDisk = DataCatalog.FromDirectory(RepositoryPaths.Data);
        var embedded = DataCatalog.Bundled;

        foreach (var resource in onDisk.Package.Resources)
        {
            var disk = File.ReadAllText(Path.Combine(RepositoryPaths.Data, resource.Path));
            Assert.Equal(onDisk.Load(resource.Name).RowCount, embedded.Load(resource.Name).RowCount);
            Assert.Equal(disk.Length > 0, embedded.Files.Contains(resource.Path));
        }
    }
}
