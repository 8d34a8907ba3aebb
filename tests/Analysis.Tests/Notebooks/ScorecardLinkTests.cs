using System.Text.RegularExpressions;
using Analysis.Tests.Support;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// Every link of the committed scorecard (06-conclusion) leads to a box that the committed target notebook
/// shows: a reader who clicks a claim lands on its verdict, or on why it is not tested.
/// </summary>
public sealed partial class ScorecardLinkTests
{
    [Fact]
    public void CommittedScorecard_EveryClaimLink_TargetsAnIdInTheCommittedNotebooksOutputs()
    {
        var scorecard = Outputs("06-conclusion.ipynb");
        var links = ClaimLink().Matches(scorecard).Select(m => (Notebook: m.Groups["notebook"].Value, Id: m.Groups["id"].Value)).Distinct().ToList();

        Assert.Equal(Analysis.Verdicts.ClaimList.All.Count, links.Count);
        var missing = links.Where(l => !Outputs(l.Notebook).Contains($"id=\"claim-{l.Id}\"", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "no box with the link's id in: " + string.Join(", ", missing.Select(l => $"{l.Notebook}#claim-{l.Id}")));
    }

    private static string Outputs(string notebook) =>
        string.Join("\n", NotebookJson.CodeCells(NotebookJson.Load(Path.Combine(RepositoryPaths.Notebooks, notebook)))
            .SelectMany(NotebookJson.Outputs).Select(o => NotebookJson.Data(o, "text/html") ?? ""));

    [GeneratedRegex(@"href=""(?<notebook>[0-9]{2}-[a-z-]+\.ipynb)#claim-(?<id>[a-z-]+)""")]
    private static partial Regex ClaimLink();
}
