using System.Text;
using System.Text.Json.Nodes;
using Analysis.Render;

namespace Analysis.Tests.Render;

/// <summary>Notebook JSON handling: multiline text, parameter injection and atomic saving.</summary>
public sealed class NotebookFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analysis-notebook-tests-" + Guid.NewGuid().ToString("N"));

    public NotebookFileTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static JsonObject Cell(string type, string source, params string[] tags) => new()
    {
        ["cell_type"] = type,
        ["metadata"] = new JsonObject { ["tags"] = new JsonArray(tags.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()) },
        ["source"] = NotebookFile.SplitLines(source),
    };

    private NotebookFile Write(string name, params JsonObject[] cells)
    {
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(cells.Select(c => (JsonNode?)c).ToArray()),
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var path = Path.Combine(_folder, name + ".ipynb");
        File.WriteAllText(path, root.ToJsonString(), new UTF8Encoding(false));
        return NotebookFile.Load(path);
    }

    private NotebookFile WithParameters(params JsonObject[] extra) => Write("nb",
        [
            Cell("markdown", "# Title"),
            Cell("code", "var firstYear = 2013;\nvar lastYear = 2024;", NotebookFile.ParametersTag),
            .. extra,
            Cell("code", "Console.WriteLine(firstYear);"),
        ]);

    [Theory]
    [InlineData("")]
    [InlineData("one line")]
    [InlineData("a\nb")]
    [InlineData("a\nb\n")]
    [InlineData("\n\n")]
    [InlineData("var x = 1;\r\nvar y = 2;")]
    public void SplitLines_ThenJoinText_RoundTrips(string text)
    {
        Assert.Equal(text, NotebookFile.JoinText(NotebookFile.SplitLines(text)));
    }

    [Fact]
    public void SplitLines_Text_KeepsNewlineOnEveryLineButTheLast()
    {
        var lines = NotebookFile.SplitLines("a\nb\nc").Select(n => n!.GetValue<string>());

        Assert.Equal(["a\n", "b\n", "c"], lines);
    }

    [Fact]
    public void JoinText_PlainString_IsReturnedAsIs()
    {
        Assert.Equal("x\ny", NotebookFile.JoinText(JsonValue.Create("x\ny")));
        Assert.Equal("", NotebookFile.JoinText(null));
    }

    [Fact]
    public void InjectParameters_Overrides_InsertsTaggedCellRightAfterParametersCell()
    {
        var nb = WithParameters();

        NotebookRunner.InjectParameters(nb, new Dictionary<string, string> { ["firstYear"] = "2015" });

        var cells = nb.Cells;
        Assert.Equal(4, cells.Count);
        Assert.Contains(NotebookFile.ParametersTag, NotebookFile.Tags(cells[1]!));
        Assert.Equal([NotebookFile.InjectedParametersTag], NotebookFile.Tags(cells[2]!));
        Assert.True(NotebookFile.IsCode(cells[2]!));
        Assert.EndsWith("\nvar firstYear = 2015;", NotebookFile.Source(cells[2]!), StringComparison.Ordinal);
        Assert.Equal("Console.WriteLine(firstYear);", NotebookFile.Source(cells[3]!));
    }

    [Fact]
    public void InjectParameters_ExistingInjectedCell_IsReplacedNotDuplicated()
    {
        var nb = WithParameters(Cell("code", "var firstYear = 1999;", NotebookFile.InjectedParametersTag));

        NotebookRunner.InjectParameters(nb, new Dictionary<string, string> { ["lastYear"] = "2023" });

        var injected = nb.Cells.Where(c => NotebookFile.Tags(c!).Contains(NotebookFile.InjectedParametersTag)).ToList();
        var cell = Assert.Single(injected);
        Assert.Equal(2, nb.Cells.IndexOf(cell));
        Assert.DoesNotContain("1999", NotebookFile.Source(cell!), StringComparison.Ordinal);
        Assert.EndsWith("\nvar lastYear = 2023;", NotebookFile.Source(cell!), StringComparison.Ordinal);
    }

    [Fact]
    public void InjectParameters_NoOverrides_RemovesAnOldInjectedCell()
    {
        var nb = WithParameters(Cell("code", "var firstYear = 1999;", NotebookFile.InjectedParametersTag));

        NotebookRunner.InjectParameters(nb, new Dictionary<string, string>());

        Assert.Equal(3, nb.Cells.Count);
        Assert.DoesNotContain(nb.Cells, c => NotebookFile.Tags(c!).Contains(NotebookFile.InjectedParametersTag));
    }

    [Fact]
    public void InjectParameters_WithoutParametersCell_ThrowsArgumentException()
    {
        var nb = Write("plain", Cell("code", "var firstYear = 2013;"));

        var ex = Assert.Throws<ArgumentException>(() => NotebookRunner.InjectParameters(nb, new Dictionary<string, string> { ["firstYear"] = "2015" }));

        Assert.Contains("plain", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InjectParameters_UnknownParameter_ThrowsArgumentException()
    {
        var nb = WithParameters();

        Assert.Throws<ArgumentException>(() => NotebookRunner.InjectParameters(nb, new Dictionary<string, string> { ["eta"] = "-1" }));
    }

    [Fact]
    public void SaveAtomically_NewPath_WritesJsonAndLeavesNoTemporaryFile()
    {
        var nb = WithParameters();
        var target = Path.Combine(_folder, "out", "saved.ipynb");

        nb.SaveAtomically(target);

        Assert.Equal(nb.ToJson(), File.ReadAllText(target, Encoding.UTF8));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder, "out"), "*.tmp"));
        Assert.Equal(["saved.ipynb"], Directory.EnumerateFiles(Path.Combine(_folder, "out")).Select(Path.GetFileName));
        Assert.Equal(NotebookFile.Source(nb.Cells[1]!), NotebookFile.Source(NotebookFile.Load(target).Cells[1]!));
    }

    [Fact]
    public void SaveAtomically_OverExistingFile_ReplacesItWholeAndKeepsOldContentForOpenReaders()
    {
        var path = Path.Combine(_folder, "nb.ipynb");
        var nb = WithParameters();
        var before = File.ReadAllText(path, Encoding.UTF8);
        nb.Cells.Add(Cell("markdown", "## Added after the first save " + new string('x', 10_000)));

        // A reader that opened the old file before the save: with a rename over the target it keeps
        // reading the complete old content; an in-place rewrite would truncate it under the reader.
        using (var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            nb.SaveAtomically(path);

            using var text = new StreamReader(reader, Encoding.UTF8);
            Assert.Equal(before, text.ReadToEnd());
        }

        var after = File.ReadAllText(path, Encoding.UTF8);
        Assert.Equal(nb.ToJson(), after);
        Assert.Contains("Added after the first save", NotebookFile.Source(NotebookFile.Load(path).Cells[^1]!), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void ToJson_Notebook_IsIndentedWithOneTrailingNewline()
    {
        var json = WithParameters().ToJson();

        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.False(json.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.Contains("\n  \"cells\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotNbformat4_ThrowsInvalidDataException()
    {
        var path = Path.Combine(_folder, "old.ipynb");
        File.WriteAllText(path, "{\"nbformat\": 3, \"cells\": []}");

        Assert.Throws<InvalidDataException>(() => NotebookFile.Load(path));
    }
}
