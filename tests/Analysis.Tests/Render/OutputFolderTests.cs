using Analysis.Render;

namespace Analysis.Tests.Render;

/// <summary>The render's folder check, run before any work starts.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "output-folder-tests-" + Guid.NewGuid().ToString("N"));

    public OutputFolderTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Check_MissingFolder_IsCreatedAndLeftEmpty()
    {
        var folder = Path.Combine(_temp, "a", "b");

        Assert.Null(OutputFolder.Check(folder, "report folder (-o)"));

        Assert.True(Directory.Exists(folder));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void Check_AFile_IsRefused()
    {
        var file = Path.Combine(_temp, "report.html");
        File.WriteAllText(file, "x");

        Assert.Equal($"the report folder (-o) {file} is a file; expected a folder (it is created if missing).", OutputFolder.Check(file, "report folder (-o)"));
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Check_UnderAFile_SaysWhichFileIsInTheWay()
    {
        var file = Path.Combine(_temp, "file");
        File.WriteAllText(file, "x");

        Assert.Equal($"the report folder (-o) {file}/a/b cannot be created: {file} is a file.", OutputFolder.Check(Path.Combine(file, "a", "b"), "report folder (-o)"));
    }

    [Fact]
    public void Check_SubfolderIsAFile_IsRefused()
    {
        File.WriteAllText(Path.Combine(_temp, "images"), "x");

        Assert.Equal($"{_temp}/images in the report folder (-o) is a file; the render writes a folder there. Move it away or choose another folder.",
            OutputFolder.Check(_temp, "report folder (-o)", "notebooks", "images"));
    }
}
