using Analysis.Data;
using Analysis.Tests.Support;
using Analysis.Verdicts;

namespace Analysis.Tests.Docs;

/// <summary>What the README says about the product's findings is what the library computes.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Readme_QuotesTheScorecardSummary_CountsEqualToTheComputedScorecard()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var summary = Scorecard.Summary(Scorecard.Assess(DataCatalog.Bundled, new ScorecardInputs()));

        // The first three lines carry the counts: of claims, and of verdicts at each moment.
        Assert.All(summary.Lines.Take(3), line => Assert.Contains("> " + line, readme, StringComparison.Ordinal));
    }
}
