namespace Analysis.Tests.Support;

/// <summary>
/// All notebooks rendered once per test run into a temporary report folder (<c>--no-write-back</c>,
/// so <c>notebooks/</c> is untouched), shared by the tests that read the report: a full render
/// takes most of a minute on this machine.
/// </summary>
internal static class RenderedReport
{
    private static readonly Lazy<(ProcessResult Result, string Folder)> Render = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "rendered-report-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // a leftover temp folder is harmless
            }
        };
        return (RenderProcess.Run("-o", folder, "--no-write-back"), folder);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The render command's outcome.</summary>
    public static ProcessResult Result => Render.Value.Result;

    /// <summary>The report folder.</summary>
    public static string Folder => Render.Value.Folder;

    /// <summary>The report's pages (file names), index first.</summary>
    public static IReadOnlyList<string> Pages =>
        Directory.GetFiles(Folder, "*.html").Select(p => Path.GetFileName(p)!).OrderBy(p => p == "index.html" ? "" : p, StringComparer.Ordinal).ToArray();
}
