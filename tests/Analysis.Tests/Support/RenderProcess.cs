namespace Analysis.Tests.Support;

/// <summary>
/// The render command as a separate process: built once per test run (Release, as render.sh
/// builds it), then started directly, so each test pays for the program, not for a build.
/// </summary>
internal static class RenderProcess
{
    private static readonly Lazy<string> Program = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Project => Path.Combine(RepositoryPaths.Root, "src", "Analysis.Render");

    /// <summary>Runs the render command with <paramref name="args"/> from the repository root.</summary>
    public static ProcessResult Run(params string[] args) =>
        ProcessRunner.Run("dotnet", [Program.Value, .. args], RepositoryPaths.Root, TimeSpan.FromMinutes(8));

    private static string Build()
    {
        var build = ProcessRunner.Run("dotnet", ["build", Project, "-c", "Release", "-nologo", "-v", "quiet"], RepositoryPaths.Root, TimeSpan.FromMinutes(10));
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("Building the render command failed: " + build.Describe());
        }

        return Path.Combine(Project, "bin", "Release", "net10.0", "render.dll");
    }
}
