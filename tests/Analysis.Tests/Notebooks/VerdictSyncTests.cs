using Analysis.Data;
using Analysis.Tests.Support;
using Analysis.Verdicts;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// The verdicts in the committed notebooks are what the library computes from the data now, and the
/// scorecard in 06 shows the same assessments as the notebooks 01–05 that walk through each chain:
/// a notebook rendered before a data or code change fails here until it is rendered again.
/// </summary>
public sealed class VerdictSyncTests
{
    private static readonly DataCatalog Data = DataCatalog.FromDirectory(RepositoryPaths.Data);

    private static readonly IReadOnlyList<ClaimAssessment> Assessments = Scorecard.Assess(Data, new ScorecardInputs());

    public static TheoryData<string> Claims()
    {
        var data = new TheoryData<string>();
        foreach (var a in Assessments)
        {
            data.Add(a.Id);
        }

        return data;
    }

    private static List<string> PlainTexts(string notebook) =>
        NotebookJson.CodeCells(NotebookJson.Load(Path.Combine(RepositoryPaths.Notebooks, notebook + ".ipynb")))
            .SelectMany(NotebookJson.Outputs)
            .Select(o => NotebookJson.Data(o, "text/plain")?.ReplaceLineEndings("\n"))
            .OfType<string>()
            .ToList();

    [Theory]
    [MemberData(nameof(Claims))]
    public void StoryNotebook_ShowsTheScorecardsAssessment(string id)
    {
        var a = Assessments.Single(x => x.Id == id);

        Assert.Contains(a.ToMarkdown().ReplaceLineEndings("\n"), PlainTexts(a.Notebook));
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void Conclusion_ShowsTheSameAssessment(string id)
    {
        var a = Assessments.Single(x => x.Id == id);

        Assert.Contains(a.ToMarkdown().ReplaceLineEndings("\n"), PlainTexts("06-conclusion"));
    }

    [Fact]
    public void Conclusion_ShowsTheScorecardTable()
    {
        Assert.Contains(Scorecard.View(Data, Assessments).ToText().ReplaceLineEndings("\n"), PlainTexts("06-conclusion"));
    }
}
