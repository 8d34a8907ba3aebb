using System.Text.Json.Nodes;
using Analysis.Render;
using Analysis.Tests.Support;

namespace Analysis.Tests.Render;

/// <summary>
/// A notebook saved from VS Code or Jupyter is normalised before it is run and written back: ids on
/// every cell (nbformat 4.5), no kernel bootstrap script, no output holding a host address.
/// </summary>
public sealed class NotebookNormaliserTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "normaliser-tests-" + Guid.NewGuid().ToString("N"));

    public NotebookNormaliserTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static JsonObject BootstrapOutput() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jupyter", "kernel-bootstrap-output.json")))!;

    private NotebookFile Saved(JsonObject root)
    {
        var path = Path.Combine(_dir, "saved.ipynb");
        File.WriteAllText(path, root.ToJsonString());
        return NotebookFile.Load(path);
    }

    /// <summary>As nbconvert saves a 4.4 notebook it executed: no ids, the bootstrap output first in cell 1.</summary>
    private static JsonObject SavedFromJupyter()
    {
        var code1 = TestNotebooks.Code("1+1");
        code1["outputs"] = new JsonArray(
            BootstrapOutput(),
            new JsonObject { ["output_type"] = "execute_result", ["execution_count"] = 1, ["data"] = new JsonObject { ["text/plain"] = "2" }, ["metadata"] = new JsonObject() });
        var root = (JsonObject)JsonNode.Parse(TestNotebooks.Json([TestNotebooks.Markdown("# Saved"), code1, TestNotebooks.Code("Console.WriteLine(\"hi\");")]))!;
        root["nbformat_minor"] = 4;
        return root;
    }

    [Fact]
    public void Normalise_SavedFromJupyter_AddsIdsDropsBootstrapAndValidatesAs45()
    {
        var notebook = Saved(SavedFromJupyter());

        var report = NotebookNormaliser.Normalise(notebook);

        Assert.Equal(new NormalisationReport(3, true, 1, 0), report);
        Assert.Empty(NbformatSchema.Problems(notebook.Root));
        var outputs = notebook.Cells[1]!["outputs"]!.AsArray();
        Assert.Equal("2", NotebookFile.JoinText(Assert.Single(outputs)!["data"]!["text/plain"]));
        Assert.DoesNotContain("<script", notebook.ToJson(), StringComparison.Ordinal);
        Assert.Equal("nbformat_minor raised to 5; 3 cell id(s) added; 1 kernel bootstrap output(s) dropped", report.Describe());
    }

    [Fact]
    public void Normalise_Twice_ChangesNothingTheSecondTimeAndKeepsIds()
    {
        var notebook = Saved(SavedFromJupyter());
        NotebookNormaliser.Normalise(notebook);
        var first = notebook.ToJson();

        var again = NotebookNormaliser.Normalise(notebook);

        Assert.False(again.Changed);
        Assert.Equal("", again.Describe());
        Assert.Equal(first, notebook.ToJson());
    }

    [Fact]
    public void Normalise_SameNotebookTwice_GivesTheSameIds()
    {
        var a = Saved(SavedFromJupyter());
        var b = Saved(SavedFromJupyter());

        NotebookNormaliser.Normalise(a);
        NotebookNormaliser.Normalise(b);

        Assert.Equal(a.Cells.Select(c => c!["id"]!.GetValue<string>()), b.Cells.Select(c => c!["id"]!.GetValue<string>()));
    }

    [Fact]
    public void Normalise_ExistingValidIds_AreKept_DuplicateAndInvalidOnesReplaced()
    {
        var cells = new[] { TestNotebooks.Markdown("# A"), TestNotebooks.Code("1"), TestNotebooks.Code("1"), TestNotebooks.Code("2") };
        cells[0]["id"] = "intro";
        cells[1]["id"] = "same";
        cells[2]["id"] = "same";
        cells[3]["id"] = "not valid!";
        var notebook = Saved((JsonObject)JsonNode.Parse(TestNotebooks.Json(cells))!);

        var report = NotebookNormaliser.Normalise(notebook);

        var ids = notebook.Cells.Select(c => c!["id"]!.GetValue<string>()).ToArray();
        Assert.Equal(2, report.IdsAdded);
        Assert.Equal("intro", ids[0]);
        Assert.Equal("same", ids[1]);
        Assert.Matches("^cell-[0-9a-f]{8}$", ids[2]);
        Assert.Matches("^cell-[0-9a-f]{8}$", ids[3]);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Empty(NbformatSchema.Problems(notebook.Root));
    }

    [Fact]
    public void StableId_IdenticalCells_GetNumberedSuffixes()
    {
        var cell = TestNotebooks.Code("x");
        var first = NotebookNormaliser.StableId(cell, new HashSet<string>());

        var second = NotebookNormaliser.StableId(cell, new HashSet<string> { first });
        var third = NotebookNormaliser.StableId(cell, new HashSet<string> { first, second });

        Assert.Equal(first + "-2", second);
        Assert.Equal(first + "-3", third);
    }

    [Fact]
    public void Normalise_OutputWithAnAddress_IsDropped_OthersKept()
    {
        var code = TestNotebooks.Code("Console.WriteLine(host)");
        code["outputs"] = new JsonArray(
            new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = new JsonArray("listening on ", "http://192.0.2.7:5000/\n") },
            new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "no address here, version 1.0.712001\n" });
        var notebook = Saved((JsonObject)JsonNode.Parse(TestNotebooks.Json([code]))!);

        var report = NotebookNormaliser.Normalise(notebook);

        Assert.Equal(1, report.AddressOutputsDropped);
        Assert.Contains("no address here", Assert.Single(notebook.Cells[0]!["outputs"]!.AsArray())!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:2048/")]
    [InlineData("connect to 10.1.2.3 now")]
    [InlineData("\"http://::1:2048/\"")]
    [InlineData("http://fe80::fc:ff:fe00:1%4:2048/")]
    [InlineData("address 2001:db8::2 and more")]
    [InlineData("2001:0db8:0000:0000:0000:ff00:0042:8329")]
    [InlineData("see http://localhost:8888/tree")]
    public void CarriesHostAddress_AddressLiterals_AreFound(string text)
    {
        Assert.True(NotebookNormaliser.CarriesHostAddress(text));
    }

    [Theory]
    [InlineData("FSharp.Core, Version=10.1.0.0, Culture=neutral")]
    [InlineData("dotnet-interactive 1.0.712001")]
    [InlineData("ratio 1.2.3 and 999.1.1.1")]
    [InlineData("at 12:30:45 on 2026-11-29T23:24:26Z")]
    [InlineData(".dni-treeview::before { content: '' }")]
    [InlineData("global::System.Console")]
    [InlineData("USD 1,474.1 bn; 6.0× as much; 31.4% of design capacity")]
    [InlineData("localhost without a port")]
    public void CarriesHostAddress_NoAddress_IsNotFound(string text)
    {
        Assert.False(NotebookNormaliser.CarriesHostAddress(text));
    }

    [Fact]
    public void IsKernelBootstrap_TheKernelsOutput_IsRecognised_AChartScriptIsNot()
    {
        var chart = new JsonObject
        {
            ["output_type"] = "display_data",
            ["data"] = new JsonObject { ["text/html"] = "<div class=\"analysis-chart\"><div id=\"chart-1\"></div><script type=\"text/javascript\">(function(){var fig={};})();</script></div>" },
            ["metadata"] = new JsonObject(),
        };

        Assert.True(NotebookNormaliser.IsKernelBootstrap(BootstrapOutput()));
        Assert.False(NotebookNormaliser.IsKernelBootstrap(chart));
    }
}
