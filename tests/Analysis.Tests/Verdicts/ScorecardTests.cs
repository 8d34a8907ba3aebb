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

        Assert.Equal(ClaimList.All.Where(c => c.Status == ClaimStatus.Assessed).Select(c => c.Id), assessments.Select(a => a.Id));
        Assert.Equal(11, assessments.Count);
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
    public void Table_Assessments_OneRowPerClaimOfTheArticleWithBothVerdicts()
    {
        var assessments = Scorecard.Assess(BundledCatalog.Instance, new ScorecardInputs());

        var table = Scorecard.Table(BundledCatalog.Instance, assessments);

        Assert.Equal(ClaimList.All.Select(c => c.Id), table.RowKeys);
        Assert.Equal(["claim", "verdict_october_2023", "verdict_latest", "key_figure_or_reason", "notebook"], table.ColumnKeys);
        Assert.Equal("not testable", table.GetColumn<string>("verdict_latest")["lorry-drivers"]);
        Assert.Equal("on record", table.GetColumn<string>("verdict_latest")[ClaimList.BeltAndRoad]);
        Assert.Contains("2023-10-17", table.GetColumn<string>("key_figure_or_reason")[ClaimList.BeltAndRoad], StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimList_EveryClaim_IsAssessedOnRecordOrSaysWhyNotAndWhatWouldSettleIt()
    {
        Assert.Equal(ClaimList.All.Count, ClaimList.All.Select(c => c.Id).Distinct().Count());
        Assert.All(ClaimList.All.Where(c => c.Status == ClaimStatus.NotTestable), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Reason), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.WouldSettleIt), c.Id);
        });
        Assert.Equal(
            ["anti-west-coalition", "geostrategic-alignment", "heihe-shops", "isolation", "lorry-drivers", "rhetoric", "taiwan-lessons"],
            ClaimList.All.Where(c => c.Status == ClaimStatus.NotTestable).Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NotAssessed_OneNotebook_ItsUnjudgedClaimsInTheArticlesOrderWithReasonAndWhatWouldSettleIt()
    {
        var notes = Scorecard.NotAssessed(BundledCatalog.Instance, "02-border-economy");

        Assert.Equal(["heihe-shops", "lorry-drivers"], notes.Notes.Select(n => n.Id));
        Assert.All(notes.Notes, n => Assert.Equal(ClaimStatus.NotTestable, n.Status));
        Assert.StartsWith("No public series of Heihe's retail sales", notes.Notes[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("Heihe's statistical bulletin", notes.Notes[0].WouldSettleIt, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAssessed_FactOnRecord_NamesTheDatedEventFromTheEventsDataset()
    {
        var note = Assert.Single(Scorecard.NotAssessed(BundledCatalog.Instance, "00-overview").Notes);

        Assert.Equal(ClaimList.BeltAndRoad, note.Id);
        Assert.Equal("on record", note.StatusText);
        Assert.Contains("2023-10-17", note.Reason, StringComparison.Ordinal);
        Assert.Equal("", note.WouldSettleIt);
    }

    [Fact]
    public void NotAssessed_AllNotebooks_EveryClaimThatNoRuleJudges()
    {
        var notes = Scorecard.NotAssessed(BundledCatalog.Instance);

        Assert.Equal(ClaimList.All.Where(c => c.Status != ClaimStatus.Assessed).Select(c => c.Id), notes.Notes.Select(n => n.Id));
        Assert.Equal(8, notes.Notes.Count);
    }

    [Fact]
    public void NotAssessed_NotebookWithoutClaims_ErrorListsTheNotebooksThatHaveThem()
    {
        var e = Assert.Throws<ArgumentException>(() => Scorecard.NotAssessed(BundledCatalog.Instance, "07-nothing"));

        Assert.Contains("'07-nothing'", e.Message, StringComparison.Ordinal);
        Assert.Contains("00-overview, 01-rhetoric-vs-trade, 02-border-economy, 03-tariffs, 04-gas, 05-war-nato-economy, 06-conclusion", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAssessed_NotebookWhoseClaimsAreAllJudged_SaysSoInsteadOfShowingNothing()
    {
        var notes = Scorecard.NotAssessed(BundledCatalog.Instance, "04-gas");

        Assert.Empty(notes.Notes);
        Assert.Equal("Every claim here is judged by a rule.\n", notes.ToMarkdown());
        Assert.Equal("<p>Every claim here is judged by a rule.</p>", notes.ToHtml());
    }

    [Fact]
    public void ClaimNotesToHtml_EachClaim_ABoxWithTheScorecardsLinkTargetAndEscapedText()
    {
        var notes = new ClaimNotes([new ClaimNote("x-1", "01-a", "A <b>claim</b> & more", ClaimStatus.NotTestable, "Why \"not\"", "A survey")]);

        var html = notes.ToHtml();

        Assert.Contains("id=\"claim-x-1\"", html, StringComparison.Ordinal);
        Assert.Contains("A &lt;b&gt;claim&lt;/b&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains(">NOT TESTABLE</span> Why &quot;not&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<i>Data that would settle it:</i> A survey", html, StringComparison.Ordinal);
    }

    [Fact]
    public void View_EveryRowsLink_PointsAtAnIdThatItsNotebookShows()
    {
        var assessments = Scorecard.Assess(BundledCatalog.Instance, new ScorecardInputs());
        var view = Scorecard.View(BundledCatalog.Instance, assessments);

        // An assessed claim's box is its ClaimAssessment (id claim-<id>), the others' their ClaimNote in NotAssessed(notebook).
        Assert.All(view.Rows, r =>
        {
            var shown = assessments.Any(a => a.Id == r.Id && a.Notebook == r.Notebook)
                || Scorecard.NotAssessed(BundledCatalog.Instance, r.Notebook).Notes.Any(n => n.Id == r.Id);
            Assert.True(shown, $"{r.Id} links to {r.Notebook}, which shows no box with its id");
        });
    }

    [Fact]
    public void Summary_Assessments_CountsVerdictsAtBothMomentsAndNamesTheChanges()
    {
        var assessments = Scorecard.Assess(BundledCatalog.Instance, new ScorecardInputs());

        var summary = Scorecard.Summary(assessments);

        Assert.StartsWith($"The article makes {ClaimList.All.Count} checkable claims: 11 are judged on public data, 1 is a fact on record, and 7 cannot be tested", summary.Lines[0], StringComparison.Ordinal);
        var supportedNow = assessments.Count(a => a.Latest.Verdict == Verdict.Supported);
        Assert.Contains($"{supportedNow} supported", summary.Lines[2], StringComparison.Ordinal);
        Assert.All(assessments.Where(a => a.AtArticle.Verdict != a.Latest.Verdict), a => Assert.Contains(a.Id, summary.ToMarkdown(), StringComparison.Ordinal));
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
