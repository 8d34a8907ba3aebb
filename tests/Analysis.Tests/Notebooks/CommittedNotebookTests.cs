using System.Text.RegularExpressions;
using Analysis.Tests.Support;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// The notebooks as committed (rendered by the render command, outputs included, so GitHub shows
/// the story): thin, uniform, with outputs, no errors, a static image for every chart and tables
/// instead of object trees.
/// </summary>
public sealed partial class CommittedNotebookTests
{
    /// <summary>The set-up cell every notebook starts its code with.</summary>
    private const string SetupCell = """
        // Set-up (the same in every notebook): the analysis library and its notebook integration.
        // Build once first: `dotnet build src/Analysis.Notebooks` (./render.sh, ./test.sh and the devcontainer do it).
        #r "../artifacts/notebook-lib/Analysis.dll"
        #r "../artifacts/notebook-lib/Analysis.Notebooks.dll"
        #r "../artifacts/notebook-lib/Analysis.Products.dll"
        using Analysis;
        using Analysis.Calculations;
        using Analysis.Charts;
        using Analysis.Data;
        using Analysis.Products;
        using Analysis.Verdicts;
        using Deedle;
        Analysis.Notebooks.NotebookHost.Enable();
        """;

    private static readonly string[] StoryNotebooks = ["01-rhetoric-vs-trade", "02-border-economy", "03-tariffs", "04-gas", "05-war-nato-economy"];

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in NotebookJson.CommittedNotebooks())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void Notebooks_AllSevenPartsOfTheStory_ArePresent()
    {
        var names = NotebookJson.CommittedNotebooks().Select(p => Path.GetFileNameWithoutExtension(p)).ToArray();

        Assert.Equal(["00-overview", "01-rhetoric-vs-trade", "02-border-economy", "03-tariffs", "04-gas", "05-war-nato-economy", "06-conclusion"], names);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void FirstCodeCell_IsTheSharedSetupCell(string notebook)
    {
        var first = NotebookJson.CodeCells(Load(notebook)).First();

        Assert.Equal(SetupCell.ReplaceLineEndings("\n"), NotebookJson.Source(first).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_HasExactlyOneParametersCell_RightAfterSetup(string notebook)
    {
        var cells = NotebookJson.CodeCells(Load(notebook)).ToList();

        Assert.Single(cells, c => NotebookJson.Tags(c).Contains("parameters"));
        Assert.Contains("parameters", NotebookJson.Tags(cells[1]));
        Assert.DoesNotContain(cells, c => NotebookJson.Tags(c).Contains("injected-parameters"));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Code_DefinesNoTypesOrMethods_AndUsesNoPathsButTheSetupReference(string notebook)
    {
        // Comments may mention paths ("../data" as an example value); code may not.
        var code = NotebookJson.CodeCells(Load(notebook)).Skip(1).Select(c => LineComment().Replace(NotebookJson.Source(c), "")).ToList();

        foreach (var source in code)
        {
            Assert.False(TypeDefinition().IsMatch(source), $"{notebook}: type definition in\n{source}");
            Assert.False(MethodDefinition().IsMatch(source), $"{notebook}: method definition in\n{source}");
            Assert.DoesNotContain("#r", source, StringComparison.Ordinal);
            Assert.False(PathUse().IsMatch(source), $"{notebook}: file or path use in\n{source}");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Outputs_ArePresentAndFreeOfErrors(string notebook)
    {
        var cells = NotebookJson.CodeCells(Load(notebook)).ToList();
        var outputs = cells.SelectMany(NotebookJson.Outputs).ToList();

        Assert.NotEmpty(outputs);
        Assert.DoesNotContain(outputs, o => o["output_type"]!.GetValue<string>() == "error");
        Assert.All(cells, c => Assert.NotNull(c["execution_count"]?.GetValue<int>()));
        // Every cell after the set-up and parameters cells shows something.
        Assert.All(cells.Skip(2), c => Assert.NotEmpty(NotebookJson.Outputs(c)));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryChart_CarriesAStaticImageBesideItsInteractiveHtml(string notebook)
    {
        var charts = NotebookJson.CodeCells(Load(notebook)).SelectMany(NotebookJson.Outputs)
            .Where(o => NotebookJson.Data(o, "text/html")?.Contains("class=\"analysis-chart\"", StringComparison.Ordinal) == true)
            .ToList();

        Assert.All(charts, o =>
        {
            var png = Convert.FromBase64String(NotebookJson.Data(o, "image/png") ?? "");
            Assert.True(png.Length > 10_000, "PNG missing or tiny");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Contains("<img alt=", NotebookJson.Data(o, "text/html")!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Charts_AppearInEveryStoryNotebook()
    {
        var counts = NotebookJson.CommittedNotebooks().ToDictionary(p => Path.GetFileNameWithoutExtension(p), p =>
            NotebookJson.CodeCells(NotebookJson.Load(p)).SelectMany(NotebookJson.Outputs).Count(o => NotebookJson.Data(o, "image/png") is not null));

        Assert.All(StoryNotebooks, n => Assert.True(counts[n] >= 3, $"{n}: {counts[n]} charts"));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void DisplayedFrames_AreCompactTablesWithATextTwin(string notebook)
    {
        var outputs = NotebookJson.CodeCells(Load(notebook)).SelectMany(NotebookJson.Outputs).ToList();
        var tables = outputs.Where(o => NotebookJson.Data(o, "text/html")?.StartsWith("<div class=\"analysis-table\"", StringComparison.Ordinal) == true).ToList();

        Assert.All(tables, t =>
        {
            Assert.True(NotebookJson.Data(t, "text/html")!.Length < 20_000, "table HTML over 20 KB");
            var text = NotebookJson.Data(t, "text/plain") ?? "";
            Assert.False(string.IsNullOrWhiteSpace(text), "table without a text twin");
            Assert.DoesNotMatch(@"^(Frame|Series): \d+", text);
        });
        Assert.DoesNotContain(outputs, o => NotebookJson.Data(o, "text/html")?.Contains("dni-treeview", StringComparison.Ordinal) == true);
        Assert.All(outputs, o => Assert.True((NotebookJson.Data(o, "text/html")?.Length ?? 0) < 400_000, "an output over 400 KB"));
    }

    [Fact]
    public void StoryNotebooks_EndWithComputedVerdicts()
    {
        foreach (var name in StoryNotebooks)
        {
            var verdicts = NotebookJson.CodeCells(NotebookJson.Load(Path.Combine(RepositoryPaths.Notebooks, name + ".ipynb")))
                .SelectMany(NotebookJson.Outputs)
                .Count(o => NotebookJson.Data(o, "text/html")?.StartsWith("<div class=\"claim-assessment\"", StringComparison.Ordinal) == true);
            Assert.True(verdicts >= 1, $"{name} shows no verdict");
        }
    }

    private static System.Text.Json.Nodes.JsonObject Load(string notebook) => NotebookJson.Load(Path.Combine(RepositoryPaths.Notebooks, notebook));

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"\b(class|record|struct|interface|enum)\s+[A-Z]\w*")]
    private static partial Regex TypeDefinition();

    [GeneratedRegex(@"^\s*(public|private|internal|static|async)?\s*[\w<>\[\],]+\s+[A-Z]\w*\s*\([^)]*\)\s*(\{|=>)", RegexOptions.Multiline)]
    private static partial Regex MethodDefinition();

    [GeneratedRegex(@"\b(File|Directory|Path)\.|""[./\\][^""]*""")]
    private static partial Regex PathUse();
}
