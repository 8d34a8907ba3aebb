using System.Reflection;
using Analysis.Tests.Support;
using Analysis.Verdicts;

namespace Analysis.Tests.Verdicts;

/// <summary>The scorecard: every claim in the article's order, from one set of inputs whose defaults are the library's.</summary>
public sealed class ScorecardTests
{
    [Fact]
    public void Assess_BundledData_EveryClaimInTheArticlesOrder()
    {
        var assessments = Scorecard.Assess(BundledCatalog.Instance, new ScorecardInputs());

        Assert.Equal(
            ["trade-vs-west", "chinese-opinion", "bridge-traffic", "border-tourism", "tariffs-dampen", "gas-more", "nato-resources", "russian-economy"],
            assessments.Select(a => a.Id));
        Assert.All(assessments, a => Assert.NotNull(a.Rule));
        Assert.All(assessments, a => Assert.Equal(Finding.AtArticle, a.AtArticle.Moment));
        Assert.All(assessments, a => Assert.Equal(Finding.Latest, a.Latest.Moment));
    }

    [Fact]
    public void Assess_ChangedInput_ReachesTheVerdict()
    {
        var strict = new ScorecardInputs { WestMultipleSupportedAtLeast = 100, WestMultipleMixedAtLeast = 50 };

        var trade = Scorecard.Assess(BundledCatalog.Instance, strict)[0];

        // No year's multiple comes near 50×, so a rule that demands it finds the claim not supported.
        Assert.Equal(Verdict.NotSupported, trade.Latest.Verdict);
    }

    [Fact]
    public void Table_Assessments_OneRowPerClaimWithBothVerdicts()
    {
        var assessments = Scorecard.Assess(BundledCatalog.Instance, new ScorecardInputs());

        var table = Scorecard.Table(assessments);

        Assert.Equal(assessments.Select(a => a.Id), table.RowKeys);
        Assert.Equal(["claim", "verdict_october_2023", "verdict_latest", "key_figure_latest", "notebook"], table.ColumnKeys);
    }

    [Fact]
    public void Inputs_Defaults_AreTheLibrarysDefaultsPropertyByProperty()
    {
        var inputs = new ScorecardInputs();

        foreach (var p in typeof(ScorecardInputs).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var member = typeof(AnalysisDefaults).GetMember(p.Name, BindingFlags.Public | BindingFlags.Static).SingleOrDefault();
            Assert.True(member is not null, $"AnalysisDefaults has no {p.Name}");
            var expected = member switch
            {
                FieldInfo f => f.GetValue(null),
                PropertyInfo q => q.GetValue(null),
                _ => null,
            };
            Assert.Equal(expected, p.GetValue(inputs));
        }
    }
}
