namespace Analysis.Tests.Support;

/// <summary>Copies of the repository for tests that build or change it: sources only, no build output.</summary>
internal static class RepositoryCopy
{
    private static readonly string[] Skipped = ["bin", "obj", "artifacts", ".git", "TestResults", ".staging"];

    /// <summary>Copies the repository into <paramref name="to"/>, leaving out build output, git data and data staging.</summary>
    public static void Create(string to) => CopyTree(RepositoryPaths.Root, to);

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from).Where(d => !Skipped.Contains(Path.GetFileName(d))))
        {
            CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
