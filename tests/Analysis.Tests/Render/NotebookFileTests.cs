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

        var e = Assert.Throws<InvalidDataException>(() => NotebookFile.Load(path));

        Assert.Equal($"{path}: expected an nbformat 4 notebook, found nbformat 3 (convert it with: jupyter nbconvert --to notebook).", e.Message);
    }

    private string WriteRaw(string json)
    {
        var path = Path.Combine(_folder, "raw.ipynb");
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return path;
    }

    private const string Kernel = "\"metadata\": {\"kernelspec\": {\"name\": \".net-csharp\", \"language\": \"C#\"}}, \"nbformat\": 4, \"nbformat_minor\": 5";

    [Fact]
    public void Load_NewlineInsideAJsonString_NamesFileLineAndByte()
    {
        // The case from the issue: a raw line break inside "source" (the break is the 25th byte of line 1).
        var path = WriteRaw("{\"cells\": [{\"source\": \"a\nb\"}]}");

        var e = Assert.Throws<InvalidDataException>(() => NotebookFile.Load(path));

        Assert.Equal($"{path}: not valid JSON at line 1, byte 25: '0x0A' is invalid within a JSON string. The string should be correctly escaped. A notebook is nbformat 4 JSON.", e.Message);
    }

    [Theory]
    [InlineData("[1, 2]", "expected a JSON object (an nbformat 4 notebook), found a list.")]
    [InlineData("{\"cells\": []}", "expected an nbformat 4 notebook, found no 'nbformat' (convert it with: jupyter nbconvert --to notebook).")]
    [InlineData("{\"nbformat\": \"4\", \"cells\": []}", "expected an nbformat 4 notebook, found nbformat \"4\" (convert it with: jupyter nbconvert --to notebook).")]
    [InlineData("{\"nbformat\": 4}", "expected a 'cells' array, found missing or null.")]
    [InlineData("{\"nbformat\": 4, \"cells\": {}}", "expected a 'cells' array, found an object.")]
    [InlineData("{\"nbformat\": 4, \"cells\": [\"x\"]}", "cell 1 is a string; expected a cell object.")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"heading\", \"source\": \"x\"}]}", "cell 1 has cell_type \"heading\"; expected \"code\", \"markdown\" or \"raw\".")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 42}]}", "cell 1 (code) has a 'source' that is a number; expected a string or a list of strings.")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": [\"a\", 1]}]}", "cell 1 (code) has a 'source' that is a list; expected a string or a list of strings.")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"metadata\": {\"tags\": \"parameters\"}}]}", "cell 1 (code) has 'tags' that are not a list of strings.")]
    [InlineData("{\"nbformat\": 4, \"nbformat\": 4, \"cells\": []}", null)]
    public void Load_NotANotebook_NamesTheFileAndWhatWasExpected(string json, string? expected)
    {
        var path = WriteRaw(json);

        var e = Assert.Throws<InvalidDataException>(() => NotebookFile.Load(path));

        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        if (expected is not null)
        {
            Assert.Equal($"{path}: {expected}", e.Message);
        }
    }

    [Fact]
    public void Load_InvalidUtf8_NamesTheByteOffset()
    {
        var path = Path.Combine(_folder, "latin1.ipynb");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("{\"a\": \""), 0xE9, .. Encoding.ASCII.GetBytes("\"}")]);

        var e = Assert.Throws<InvalidDataException>(() => NotebookFile.Load(path));

        Assert.Equal($"{path}: not valid UTF-8 (byte offset 7); a notebook is UTF-8 JSON.", e.Message);
    }

    [Theory]
    [InlineData("python3", "python", "kernel 'python3' (python) is not supported: the render runs C# notebooks (kernelspec '.net-csharp'). Open the notebook with its own kernel instead.")]
    [InlineData(".net-fsharp", "F#", "kernel '.net-fsharp' (F#) is not supported: the render runs C# notebooks (kernelspec '.net-csharp'). Open the notebook with its own kernel instead.")]
    public void Load_OtherKernel_IsRefused(string name, string language, string expected)
    {
        var path = WriteRaw($"{{\"cells\": [], \"metadata\": {{\"kernelspec\": {{\"name\": \"{name}\", \"language\": \"{language}\"}}}}, \"nbformat\": 4, \"nbformat_minor\": 5}}");

        var e = Assert.Throws<InvalidDataException>(() => NotebookFile.Load(path));

        Assert.Equal($"{path}: {expected}", e.Message);
    }

    [Fact]
    public void Load_CodeCellForAnotherKernel_IsRefusedNamingTheCell()
    {
        var path = WriteRaw("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"1\"}, {\"cell_type\": \"markdown\", \"source\": \"m\"}, " +
            "{\"cell_type\": \"code\", \"source\": \"let x = 1\", \"metadata\": {\"polyglot_notebook\": {\"kernelName\": \"fsharp\"}}}], " + Kernel + "}");

        var e = Assert.Throws<InvalidDataException>(() => NotebookFile.Load(path));

        Assert.Equal($"{path}: code cell 2 is marked for the 'fsharp' kernel; the render runs C# cells only (kernel 'csharp').", e.Message);
    }

    [Theory]
    [InlineData("\"cells\": [], " + Kernel)]                                                                      // no cells
    [InlineData("\"cells\": [{\"cell_type\": \"code\", \"source\": \"1 + 1\", \"metadata\": {}, \"outputs\": []}], " + Kernel)]  // source as one string
    [InlineData("\"cells\": [{\"cell_type\": \"raw\", \"source\": [\"raw\\n\", \"text\"], \"metadata\": {}}], " + Kernel)]     // a raw cell
    [InlineData("\"cells\": [{\"cell_type\": \"code\", \"source\": \"1\"}], \"nbformat\": 4, \"nbformat_minor\": 5")]            // no kernelspec: taken as C#
    public void Load_ValidNbformatVariants_Load(string body)
    {
        var path = WriteRaw("{" + body + "}");

        var nb = NotebookFile.Load(path);

        Assert.Equal("raw", nb.Name);
    }

    [Fact]
    public void Load_ByteOrderMark_IsAccepted()
    {
        var path = Path.Combine(_folder, "bom.ipynb");
        File.WriteAllText(path, "{\"cells\": [], " + Kernel + "}", new UTF8Encoding(true));

        Assert.Empty(NotebookFile.Load(path).Cells);
    }
}
