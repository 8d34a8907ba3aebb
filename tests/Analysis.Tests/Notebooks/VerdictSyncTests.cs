using Analysis.Data;
using Analysis.Display;
using Analysis.Story;
using Analysis.Tests.Support;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// The verdicts in the committed notebooks are what the library computes from the data now: a
/// notebook rendered before a data or code change fails here until it is rendered again.
/// </summary>
public sealed class VerdictSyncTests
{
    private static readonly DataCatalog Data = DataCatalog.FromDirectory(RepositoryPaths.Data);

    public static TheoryData<string, string> Samples() => new()
    {
        { "01-rhetoric-vs-trade", TradeStory.AssessTradeVsWest(Data, 2013, 2024).ToMarkdown() },
        { "01-rhetoric-vs-trade", TradeStory.AssessPublicOpinion(Data).ToMarkdown() },
        { "02-border-economy", BorderStory.AssessBridge(Data).ToMarkdown() },
        { "03-tariffs", TariffStory.Assess(Data, TariffStory.BuildScenario(Data, "2023-08-01", "2025-01-01", 2024, -1.0, 1.5), 2024, 2025).ToMarkdown() },
        { "04-gas", GasStory.Assess(Data, 2021, 2024).ToMarkdown() },
        { "05-war-nato-economy", WarEconomyStory.AssessRussianEconomy(Data, 2024).ToMarkdown() },
        { "06-conclusion", TableDisplay.ToText(Scorecard.Table(Scorecard.Assess(Data))) },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void CommittedOutput_EqualsLibraryResult(string notebook, string expected)
    {
        var texts = NotebookJson.CodeCells(NotebookJson.Load(Path.Combine(RepositoryPaths.Notebooks, notebook + ".ipynb")))
            .SelectMany(NotebookJson.Outputs)
            .Select(o => NotebookJson.Data(o, "text/plain")?.ReplaceLineEndings("\n"))
            .ToList();

        Assert.Contains(expected.ReplaceLineEndings("\n"), texts);
    }

    [Fact]
    public void Scorecard_ShowsEveryAssessmentOfTheStoryNotebooks()
    {
        var ids = Scorecard.Assess(Data).Select(a => a.Notebook).Distinct().Order().ToArray();

        Assert.Equal(["01-rhetoric-vs-trade", "02-border-economy", "03-tariffs", "04-gas", "05-war-nato-economy"], ids);
    }
}
