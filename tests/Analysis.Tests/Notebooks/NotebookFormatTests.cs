using System.Text.Json.Nodes;
using Analysis.Render;
using Analysis.Tests.Support;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// Every committed notebook is valid nbformat 4.5 (the official JSON schema, vendored), so Jupyter
/// opens it without warnings; the check itself rejects what nbformat rejects.
/// </summary>
public sealed class NotebookFormatTests
{
    [Theory]
    [MemberData(nameof(CommittedNotebookTests.Notebooks), MemberType = typeof(CommittedNotebookTests))]
    public void CommittedNotebook_ValidatesAgainstNbformat45Schema(string notebook)
    {
        var problems = NbformatSchema.Problems(NotebookJson.Load(Path.Combine(RepositoryPaths.Notebooks, notebook)));

        Assert.True(problems.Count == 0, $"{notebook}:\n{string.Join("\n", problems)}");
    }

    [Theory]
    [MemberData(nameof(CommittedNotebookTests.Notebooks), MemberType = typeof(CommittedNotebookTests))]
    public void CommittedNotebook_HoldsNoKernelBootstrapNorHostAddress_AndIsAlreadyNormal(string notebook)
    {
        var loaded = NotebookFile.Load(Path.Combine(RepositoryPaths.Notebooks, notebook));
        var outputs = loaded.Cells.SelectMany(c => c!["outputs"]?.AsArray() ?? []).ToList();

        var report = NotebookNormaliser.Normalise(loaded);

        Assert.DoesNotContain(outputs, NotebookNormaliser.IsKernelBootstrap);
        Assert.False(report.Changed, $"{notebook}: the render command would change it: {report.Describe()}");
    }

    [Fact]
    public void Schema_MinimalNotebookWithIds_IsValid()
    {
        Assert.Empty(NbformatSchema.Problems(Minimal()));
    }

    [Fact]
    public void Schema_CellWithoutId_IsInvalid()
    {
        var notebook = Minimal();
        ((JsonObject)notebook["cells"]![0]!).Remove("id");

        Assert.NotEmpty(NbformatSchema.Problems(notebook));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("")]
    [InlineData("a-very-long-id-of-sixty-five-characters-which-is-one-too-many-xyz1")]
    public void Schema_CellIdOutsideThePattern_IsInvalid(string id)
    {
        var notebook = Minimal();
        notebook["cells"]![0]!["id"] = id;

        Assert.NotEmpty(NbformatSchema.Problems(notebook));
    }

    [Fact]
    public void Schema_NbformatMinor4_IsInvalidFor45()
    {
        var notebook = Minimal();
        notebook["nbformat_minor"] = 4;

        Assert.NotEmpty(NbformatSchema.Problems(notebook));
    }

    [Fact]
    public void Schema_ExecuteResultWithoutExecutionCount_IsInvalid()
    {
        var notebook = Minimal();
        notebook["cells"]![1]!["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "execute_result", ["data"] = new JsonObject { ["text/plain"] = "2" }, ["metadata"] = new JsonObject() });

        Assert.NotEmpty(NbformatSchema.Problems(notebook));
    }

    [Fact]
    public void Schema_UnknownCellType_IsInvalid()
    {
        var notebook = Minimal();
        notebook["cells"]![0]!["cell_type"] = "heading";

        Assert.NotEmpty(NbformatSchema.Problems(notebook));
    }

    [Fact]
    public void Schema_JsonMimeTypeHoldingAnObject_IsValid_ButTextMimeTypeHoldingAnObjectIsNot()
    {
        var notebook = Minimal();
        var data = (JsonObject)notebook["cells"]![1]!["outputs"]![0]!["data"]!;
        data["application/vnd.plotly.v1+json"] = new JsonObject { ["data"] = new JsonArray() };
        Assert.Empty(NbformatSchema.Problems(notebook));

        data["text/html"] = new JsonObject { ["not"] = "text" };
        Assert.NotEmpty(NbformatSchema.Problems(notebook));
    }

    private static JsonObject Minimal() => (JsonObject)JsonNode.Parse("""
        {"cells":[
          {"cell_type":"markdown","id":"intro","metadata":{},"source":["# Title"]},
          {"cell_type":"code","id":"cell-1","execution_count":1,"metadata":{},"outputs":[
            {"output_type":"execute_result","execution_count":1,"data":{"text/plain":["2"]},"metadata":{}}],"source":["1+1"]}],
         "metadata":{"kernelspec":{"display_name":".NET (C#)","language":"C#","name":".net-csharp"}},
         "nbformat":4,"nbformat_minor":5}
        """)!;
}
