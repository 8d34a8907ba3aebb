using Analysis.Story;
using Analysis.Tests.Support;

namespace Analysis.Tests.Story;

/// <summary>Notebook 06: the scorecard on the bundled data with the notebooks' default years.</summary>
public sealed class ScorecardTests
{
    private static readonly Lazy<IReadOnlyList<ClaimAssessment>> Assessments = new(() => Scorecard.Assess(BundledCatalog.Instance));

    [Fact]
    public void Assess_DefaultYears_ReturnsEightAssessmentsWithUniqueIds()
    {
        var all = Assessments.Value;

        Assert.Equal(8, all.Count);
        Assert.Equal(all.Count, all.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            ["trade-vs-west", "chinese-opinion", "bridge-traffic", "border-tourism", "tariffs-dampen", "gas-more", "nato-resources", "russian-economy"],
            all.Select(a => a.Id));
    }

    [Fact]
    public void Assess_DefaultYears_EveryAssessmentHasEvidenceClaimAndKeyFigure()
    {
        foreach (var a in Assessments.Value)
        {
            Assert.True(a.Evidence.Count > 0, $"{a.Id}: no evidence");
            Assert.All(a.Evidence, e => Assert.False(string.IsNullOrWhiteSpace(e), $"{a.Id}: blank evidence line"));
            Assert.False(string.IsNullOrWhiteSpace(a.Claim), $"{a.Id}: no claim");
            Assert.False(string.IsNullOrWhiteSpace(a.KeyFigure), $"{a.Id}: no key figure");
            Assert.False(a.KeyFigure.Contains("NaN", StringComparison.Ordinal), $"{a.Id}: NaN in key figure");
        }
    }

    [Fact]
    public void Assess_DefaultYears_EveryDatasetIsInTheManifest()
    {
        var manifest = BundledCatalog.Instance.Package.Resources.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var a in Assessments.Value)
        {
            Assert.NotEmpty(a.Datasets);
            Assert.All(a.Datasets, d => Assert.True(manifest.Contains(d), $"{a.Id}: dataset '{d}' is not in datapackage.json"));
        }
    }

    [Fact]
    public void Assess_DefaultYears_SameAsTheStoryCalls()
    {
        var tradeVsWest = TradeStory.AssessTradeVsWest(BundledCatalog.Instance, 2013, 2024);

        var fromScorecard = Assessments.Value.Single(a => a.Id == "trade-vs-west");

        Assert.Equal(tradeVsWest.KeyFigure, fromScorecard.KeyFigure);
        Assert.Equal(tradeVsWest.Evidence, fromScorecard.Evidence);
    }

    [Fact]
    public void Table_Assessments_OneRowPerAssessmentKeyedById()
    {
        var all = Assessments.Value;

        var table = Scorecard.Table(all);

        Assert.Equal(all.Count, table.RowCount);
        Assert.Equal(all.Select(a => a.Id), table.RowKeys);
        Assert.Equal(["claim", "verdict", "key_figure", "notebook"], table.ColumnKeys);
        Assert.Equal("supported", table.GetColumn<string>("verdict")["trade-vs-west"]);
        Assert.Equal(all[0].KeyFigure, table.GetColumn<string>("key_figure")[all[0].Id]);
    }

    [Fact]
    public void Assess_TradeYearWithoutData_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Scorecard.Assess(BundledCatalog.Instance, new ScorecardYears(TradeYear: 2015)));
    }
}
