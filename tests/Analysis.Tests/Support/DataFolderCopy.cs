namespace Analysis.Tests.Support;

/// <summary>A throw-away copy of the repository's data/ folder, for tests that edit real data files.</summary>
internal sealed class DataFolderCopy : IDisposable
{
    private DataFolderCopy(string root) => Root = root;

    public string Root { get; }

    public static DataFolderCopy Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "analysis-data-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Data, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Data, file);
            if (relative.StartsWith(".staging", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new DataFolderCopy(root);
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
