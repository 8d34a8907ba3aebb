using Analysis.Data;
using Analysis.Domain;
using Analysis.Verdicts;
using Deedle;
using static Analysis.Testing.SeriesFactory;

namespace Analysis.Tests.Verdicts;

/// <summary>
/// The verdict functions on small hand-made series: each reaches every outcome, judges the article's
/// moment (periods ended by 2023-10-17, so the year 2022) and the latest year side by side, and says
/// "not testable" (with the reason) instead of guessing when a year is missing.
/// </summary>
public sealed class AssessTests
{
    private const string Article = "2023-10-17";

    private static readonly Series<DateOnly, double> NoAid = new(Array.Empty<DateOnly>(), Array.Empty<double>());

    private static Frame<int, string> Turnover(double russia2022, double russia2024) => Tables.ByYear(
        ("USA", Years((2013, 500), (2022, 700), (2024, 700))),
        ("EU", Years((2013, 500), (2022, 800), (2024, 800))),
        ("RUS", Years((2013, 100), (2022, russia2022), (2024, russia2024))));

    [Theory]
    // West 1,500 ÷ Russia: 1,500/300 = 5× supported; 1,500/750 = 2× mixed; 1,500/1,200 = 1.25× not supported.
    [InlineData(300, Verdict.Supported)]
    [InlineData(750, Verdict.Mixed)]
    [InlineData(1200, Verdict.NotSupported)]
    public void TradeVsWest_LatestYear_JudgesTheMultiple(double russia2024, Verdict expected)
    {
        var a = Assess.TradeVsWest(Turnover(150, russia2024), ["USA", "EU"], 2013, 2024, Article, Rules.WestMultiple());

        Assert.Equal(expected, a.Latest.Verdict);
        Assert.Equal(1500 / russia2024, a.Latest.Value, 1e-9);
        Assert.Equal("2024", a.Latest.Period);
    }

    [Fact]
    public void TradeVsWest_ArticleMoment_UsesTheLastYearEndedBeforeTheArticle()
    {
        // 2022: 1,500 / 150 = 10×; 2024: 1,500 / 1,200 = 1.25×.
        var a = Assess.TradeVsWest(Turnover(150, 1200), ["USA", "EU"], 2013, 2024, Article, Rules.WestMultiple());

        Assert.Equal("2022", a.AtArticle.Period);
        Assert.Equal(10.0, a.AtArticle.Value, 1e-9);
        Assert.Equal(Verdict.Supported, a.AtArticle.Verdict);
        Assert.Equal(Verdict.NotSupported, a.Latest.Verdict);
        Assert.Equal("supported → not supported", a.Change);
    }

    [Fact]
    public void TradeVsWest_YearMissing_IsNotTestableAndSaysWhich()
    {
        var a = Assess.TradeVsWest(Turnover(150, 300), ["USA", "EU"], 2013, 2025, Article, Rules.WestMultiple());

        Assert.Equal(Verdict.NotTestable, a.Latest.Verdict);
        Assert.Contains("2025", a.Latest.KeyFigure, StringComparison.Ordinal);
        Assert.True(double.IsNaN(a.Latest.Value));
    }

    [Fact]
    public void TradeVsWest_WestPartnerMissing_LowerBoundThatPassesIsSupported()
    {
        // 2022 without the EU: the US alone, 700 ÷ 150 = 4.67×, already ≥ 3×, so US + EU is too.
        var frame = Tables.ByYear(("USA", Years((2013, 500), (2022, 700), (2024, 700))), ("EU", Years((2013, 500), (2024, 800))), ("RUS", Years((2013, 100), (2022, 150), (2024, 300))));

        var a = Assess.TradeVsWest(frame, ["USA", "EU"], 2013, 2024, Article, Rules.WestMultiple());

        Assert.Equal(Verdict.Supported, a.AtArticle.Verdict);
        Assert.Equal(700 / 150.0, a.AtArticle.Value, 1e-9);
        Assert.Contains("lower bound", string.Join(" ", a.AtArticle.Evidence), StringComparison.Ordinal);
    }

    [Fact]
    public void TradeVsWest_WestPartnerMissing_LowerBoundBelowTheBarIsNotTestable()
    {
        // The US alone, 200 ÷ 150 = 1.33×, is below 3×: the EU's missing figure could take it either way.
        var frame = Tables.ByYear(("USA", Years((2022, 200), (2024, 700))), ("EU", Years((2024, 800))), ("RUS", Years((2022, 150), (2024, 300))));

        var a = Assess.TradeVsWest(frame, ["USA", "EU"], 2013, 2024, Article, Rules.WestMultiple());

        Assert.Equal(Verdict.NotTestable, a.AtArticle.Verdict);
    }

    [Fact]
    public void TradeVsWest_Evidence_StatesGrowthAndShareFromTheSeries()
    {
        var a = Assess.TradeVsWest(Turnover(150, 300), ["USA", "EU"], 2013, 2024, Article, Rules.WestMultiple());

        // Russia 300 of 1,800 = 16.7%; multiple 2013: 1,000/100 = 10.0×, 2024: 5.0×.
        Assert.Contains("Russia's trade was 16.7% of the two together.", a.Latest.Evidence);
        Assert.Contains(a.Latest.Evidence, e => e.Contains("the multiple went from 10.0× to 5.0×", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(55, Verdict.Supported)]
    [InlineData(45, Verdict.Mixed)]
    [InlineData(30, Verdict.NotSupported)]
    public void PutinSentiment_MostRecentSurvey_IsJudged(double latest, Verdict expected)
    {
        SurveyValue[] putin = [new("early", new DateOnly(2022, 3, 1), 80, "", ""), new("late", new DateOnly(2024, 5, 1), latest, "", "")];

        var a = Assess.PutinSentiment(putin, [], Article, Rules.Favourable());

        Assert.Equal(expected, a.Latest.Verdict);
        Assert.Equal("Late", a.Latest.Period); // the survey id in words (Labels.Survey)
        Assert.Equal("Early", a.AtArticle.Period);
        Assert.Equal(Verdict.Supported, a.AtArticle.Verdict);
    }

    [Fact]
    public void PutinSentiment_NoSurveyOnPutinBeforeTheArticle_IsNotTestableThenAndShowsTheRussiaQuestionAsContext()
    {
        var a = Assess.PutinSentiment([new SurveyValue("late", new DateOnly(2024, 5, 1), 60, "", "")], [new SurveyValue("ciss", new DateOnly(2022, 11, 1), 60, "just_under", "")], Article, Rules.Favourable());

        Assert.Equal(Verdict.NotTestable, a.AtArticle.Verdict);
        Assert.Contains(a.AtArticle.Evidence, e => e.Contains("just under 60% favourable to Russia", StringComparison.Ordinal));
        Assert.Equal(Verdict.Supported, a.Latest.Verdict);
    }

    [Theory]
    // The lower of the two publics is judged: min(70, 45) = 45 → mixed; min(70, 81) = 70 → supported; min(30, 81) → not supported.
    [InlineData(70, 45, Verdict.Mixed)]
    [InlineData(70, 81, Verdict.Supported)]
    [InlineData(30, 81, Verdict.NotSupported)]
    public void PublicPerception_LessFriendlyPublic_IsJudged(double chinese, double russians, Verdict expected)
    {
        var a = Assess.PublicPerception([new SurveyValue("cn", new DateOnly(2022, 3, 1), chinese, "", "")], [new SurveyValue("levada", new DateOnly(2021, 1, 29), russians, "", "")], Article, Rules.Favourable());

        Assert.Equal(expected, a.Latest.Verdict);
        Assert.Equal(Math.Min(chinese, russians), a.Latest.Value);
    }

    [Fact]
    public void PublicPerception_OnePublicNeverAsked_IsNotTestable()
    {
        var a = Assess.PublicPerception([new SurveyValue("cn", new DateOnly(2022, 3, 1), 70, "", "")], [], Article, Rules.Favourable());

        Assert.Equal(Verdict.NotTestable, a.Latest.Verdict);
        Assert.Contains("no Russian poll", a.Latest.KeyFigure, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicPerception_LaterSurveyOnlyFromSourceOfKindOther_IsSetAsideAndTheEarlierOneJudged()
    {
        // The later survey (40%, "not supported" on its own) is relayed only by a source of kind other: the
        // verdict rests on the earlier one (70%), and the evidence names the survey set aside.
        var a = Assess.PublicPerception(
            [new SurveyValue("ceias", new DateOnly(2022, 3, 1), 70, "", "", SourceKind.ResearchInstitute), new SurveyValue("relay", new DateOnly(2022, 11, 1), 40, "", "", SourceKind.Other)],
            [new SurveyValue("levada", new DateOnly(2021, 1, 29), 75, "", "", SourceKind.ResearchInstitute)], Article, Rules.Favourable());

        Assert.Equal(Verdict.Supported, a.AtArticle.Verdict);
        Assert.Equal(70, a.AtArticle.Value);
        Assert.StartsWith("CEIAS;", a.AtArticle.Period, StringComparison.Ordinal);
        Assert.Contains(a.AtArticle.Evidence, e => e.StartsWith("Set aside: Relay", StringComparison.Ordinal));
    }

    [Fact]
    public void PutinSentiment_OnlySurveyFromSourceOfKindOther_IsNotTestable()
    {
        var a = Assess.PutinSentiment([new SurveyValue("relay", new DateOnly(2023, 5, 1), 80, "", "", SourceKind.Other)], [], Article, Rules.Favourable());

        Assert.Equal(Verdict.NotTestable, a.AtArticle.Verdict);
        Assert.Contains(a.AtArticle.Evidence, e => e.StartsWith("Set aside: Relay", StringComparison.Ordinal));
    }

    private static Frame<int, string> Utilisation(params (string Measure, DateOnly End, double Percent)[] rows) =>
        Tables.FromRows(rows)
            .Text("measure", r => r.Measure)
            .Text("period", r => r.End.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .Date("period_end", r => r.End)
            .Number("observed_per_day", r => r.Percent)
            .Number("design_per_day", _ => 100)
            .Number("utilisation_percent", r => r.Percent)
            .Frame;

    [Theory]
    [InlineData(40, Verdict.Supported)]
    [InlineData(70, Verdict.Mixed)]
    [InlineData(95, Verdict.NotSupported)]
    public void BridgeTraffic_BusiestReading_IsJudged(double latestPercent, Verdict expected)
    {
        var a = Assess.BridgeTraffic(Utilisation(("Trucks", new DateOnly(2023, 6, 30), 20), ("Trucks", new DateOnly(2025, 6, 30), latestPercent)), Article, Rules.BridgeUtilisation());

        Assert.Equal(expected, a.Latest.Verdict);
        Assert.Equal(latestPercent, a.Latest.Value);
        // Only the period that had ended by the article counts then: 20% → supported.
        Assert.Equal(20, a.AtArticle.Value);
        Assert.Equal(Verdict.Supported, a.AtArticle.Verdict);
    }

    private static TravellerCount Count(int year, double value, string agency = "mfa", string unit = "persons") => new(year, "visitors", agency, unit, value, "");

    [Theory]
    // Like for like, 2024 against 2019 (1,000): 300 → 30% supported, 700 → 70% mixed, 1,100 → 110% not supported.
    [InlineData(300, Verdict.Supported)]
    [InlineData(700, Verdict.Mixed)]
    [InlineData(1100, Verdict.NotSupported)]
    public void BorderTourism_LikeForLike_ShareOfThePreClosureYearIsJudged(double latest, Verdict expected)
    {
        TravellerCount[] counts = [Count(2019, 1000), Count(2022, 20), Count(2024, latest)];

        var a = Assess.BorderTourism(counts, "Russians to China", 2019, 2024, Article, Rules.TourismRecovery(), Years((2022, 9.8)));

        Assert.Equal(expected, a.Latest.Verdict);
        Assert.Equal(latest / 10, a.Latest.Value, 1e-9);
        Assert.Equal(2.0, a.AtArticle.Value, 1e-9);
        Assert.Contains(a.AtArticle.Evidence, e => e.Contains("9.8% in 2022", StringComparison.Ordinal));
    }

    [Fact]
    public void BorderTourism_OnlyDifferentAgencies_AgreeingPairingsGiveTheVerdict()
    {
        // 2019: 2,000 (agency A) and 2,300 person-times (agency B); 2022: 17 (agency C). Pairings 0.85% and 0.74%: both supported.
        TravellerCount[] counts = [Count(2019, 2000, "a"), Count(2019, 2300, "b", "person_times"), Count(2022, 17, "c")];

        var a = Assess.BorderTourism(counts, "Russians to China", 2019, 2022, Article, Rules.TourismRecovery(), Years());

        Assert.Equal(Verdict.Supported, a.AtArticle.Verdict);
        Assert.Equal(100 * 17 / 2000.0, a.AtArticle.Value, 1e-9);
        Assert.Contains("every pairing of different agencies' counts", a.AtArticle.KeyFigure, StringComparison.Ordinal);
    }

    [Fact]
    public void BorderTourism_OnlyDifferentAgencies_DisagreeingPairingsAreNotTestable()
    {
        // 2024: 1,500 (agency C) against 2,000 (A) = 75% mixed, and against 1,600 (B) = 93.75% not supported.
        TravellerCount[] counts = [Count(2019, 2000, "a"), Count(2019, 1600, "b"), Count(2024, 1500, "c")];

        var a = Assess.BorderTourism(counts, "Russians to China", 2019, 2024, Article, Rules.TourismRecovery(), Years());

        Assert.Equal(Verdict.NotTestable, a.Latest.Verdict);
        Assert.Contains("disagree", a.Latest.KeyFigure, StringComparison.Ordinal);
    }

    [Fact]
    public void BorderTourism_NoFigureForTheBaseYear_IsNotTestable()
    {
        var a = Assess.BorderTourism([Count(2023, 700)], "Russians to China", 2019, 2023, Article, Rules.TourismRecovery(), Years());

        Assert.Equal(Verdict.NotTestable, a.Latest.Verdict);
        Assert.Contains("for 2019", a.Latest.KeyFigure, StringComparison.Ordinal);
    }

    [Theory]
    // Market −10% (1,000 → 900). Exports 100 → 70 (−30%): −20 pp supported; → 85 (−15%): −5 pp mixed; → 100 (0%): +10 pp not supported.
    [InlineData(70, -20, Verdict.Supported)]
    [InlineData(85, -5, Verdict.Mixed)]
    [InlineData(100, 10, Verdict.NotSupported)]
    public void CarFee_ExcessChangeAgainstTheMarket_IsJudgedInPoints(double exports2025, double points, Verdict expected)
    {
        var a = Assess.CarFee(Years((2024, 100), (2025, exports2025)), Years((2024, 1000), (2025, 900)), Years(), 2024, 2025, "2023-08-01", Article, Rules.ExcessFall(), null);

        Assert.Equal(expected, a.Latest.Verdict);
        Assert.Equal(points, a.Latest.Value, 1e-9);
    }

    [Fact]
    public void CarFee_ArticleMoment_IsNotTestableBecauseNoFullYearFollowedTheIncrease()
    {
        var a = Assess.CarFee(Years((2024, 100), (2025, 70)), Years((2024, 1000), (2025, 900)), Years(), 2024, 2025, "2023-08-01", Article, Rules.ExcessFall(),
            new PredictionComparison(-0.2, -0.3, -0.1));

        Assert.Equal(Verdict.NotTestable, a.AtArticle.Verdict);
        Assert.Contains("2 month(s) old", a.AtArticle.KeyFigure, StringComparison.Ordinal);
        Assert.Contains(a.Latest.Evidence, e => e.Contains("predicts a −20.0%", StringComparison.Ordinal) || e.Contains("predicts a -20.0%", StringComparison.Ordinal));
    }

    [Theory]
    // From 10 bcm: 15 → +50% supported; 11 → +10% mixed; 8 → −20% not supported.
    [InlineData(15, Verdict.Supported)]
    [InlineData(11, Verdict.Mixed)]
    [InlineData(8, Verdict.NotSupported)]
    public void GasPurchases_GrowthSinceTheBaseYear_IsJudged(double latest, Verdict expected)
    {
        var a = Assess.GasPurchases(Years((2021, 10), (2022, 12), (2024, latest)), 38, 2021, 2024, Article, Rules.GasGrowth(), null);

        Assert.Equal(expected, a.Latest.Verdict);
        Assert.Equal(20.0, a.AtArticle.Value, 1e-9);
    }

    private static Frame<string, int> Spending(params (string Ally, double Y2021, double Y2022, double Y2024)[] allies)
    {
        var b = new FrameBuilder.Columns<string, int>();
        b.Add(2021, new Series<string, double>(allies.Select(a => a.Ally), allies.Select(a => a.Y2021)));
        b.Add(2022, new Series<string, double>(allies.Select(a => a.Ally), allies.Select(a => a.Y2022)));
        b.Add(2024, new Series<string, double>(allies.Select(a => a.Ally), allies.Select(a => a.Y2024)));
        return b.Frame;
    }

    [Fact]
    public void NatoResources_EveryOutcome_FollowsTheChangeInAlliesAtTwoPercent()
    {
        // 2021: A at 2.1 only. 2024: none at 2 (−1 → supported); four at 2 (+3 → mixed); six (+5 → not supported).
        var none = Spending(("A", 2.1, 2.1, 1.9), ("B", 1.0, 1.0, 1.0));
        var four = Spending(("A", 2.1, 2.1, 2.1), ("B", 1, 1, 2.0), ("C", 1, 1, 2.5), ("D", 1, 1, 3.0));
        var six = Spending(("A", 2.1, 2.1, 2.1), ("B", 1, 1, 2.0), ("C", 1, 1, 2.5), ("D", 1, 1, 3.0), ("E", 1, 1, 2.2), ("F", 1, 1, 2.3));

        Assert.Equal(Verdict.Supported, Assess.NatoResources(none, 2021, 2024, Article, Rules.NatoDrain(), NoAid).Latest.Verdict);
        Assert.Equal(Verdict.Mixed, Assess.NatoResources(four, 2021, 2024, Article, Rules.NatoDrain(), NoAid).Latest.Verdict);
        Assert.Equal(Verdict.NotSupported, Assess.NatoResources(six, 2021, 2024, Article, Rules.NatoDrain(), NoAid).Latest.Verdict);
        Assert.Equal("2021→2022", Assess.NatoResources(six, 2021, 2024, Article, Rules.NatoDrain(), NoAid).AtArticle.Period);
    }

    [Fact]
    public void NatoResources_FromYearMissing_IsNotTestableAndListsTheYearsHeld()
    {
        var a = Assess.NatoResources(Spending(("A", 2.1, 2.1, 2.1)), 2014, 2024, Article, Rules.NatoDrain(), NoAid);

        Assert.Equal(Verdict.NotTestable, a.Latest.Verdict);
        Assert.Contains("Years held: 2021, 2022, 2024", a.Latest.KeyFigure, StringComparison.Ordinal);
    }

    [Fact]
    public void StrainSignals_EachYear_CountsTheSignalsOn()
    {
        // 2022: growth −1.2 (on), inflation 11.9 (on), key rate 7.5 (off) → 2. 2024: 4.3 (off), 9.5 (on), 21 (on) → 2. 2019: none → 0.
        var s = Assess.StrainSignals(Years((2019, 2.2), (2022, -1.2), (2024, 4.3)), Years((2019, 3.0), (2022, 11.9), (2024, 9.5)), Years((2019, 6.25), (2022, 7.5), (2024, 21)));

        Assert.Equal([0.0, 2.0, 2.0], s.GetColumn<double>("strain_signals").Values.ToArray());
    }

    [Theory]
    [InlineData(2024, Verdict.Supported)]
    [InlineData(2023, Verdict.Mixed)]
    [InlineData(2019, Verdict.NotSupported)]
    public void RussianEconomy_SignalsOn_AreJudged(int year, Verdict expected)
    {
        // 2023: growth 3.6 (off), inflation 7.4 (off), key rate 16 (on) → 1 → mixed.
        var s = Assess.StrainSignals(Years((2019, 2.2), (2022, -1.2), (2023, 3.6), (2024, 4.3)), Years((2019, 3.0), (2022, 11.9), (2023, 7.4), (2024, 9.5)), Years((2019, 6.25), (2022, 7.5), (2023, 16), (2024, 21)));

        var a = Assess.RussianEconomy(s, year, "2020-06-01", Rules.EconomyStrain());

        Assert.Equal(expected, a.Latest.Verdict);
        Assert.Equal("2019", a.AtArticle.Period);
    }

    [Theory]
    // 2021: 300,000; 2025: 360,000 (+20%) supported, 315,000 (+5%) mixed, 290,000 (−3.3%) not supported.
    [InlineData(360000, Verdict.Supported)]
    [InlineData(315000, Verdict.Mixed)]
    [InlineData(290000, Verdict.NotSupported)]
    public void NatoPower_RealSpendingChange_IsJudged(double latest, Verdict expected)
    {
        Accession[] accessions = [new("FIN", new DateOnly(2023, 4, 4), 31), new("SWE", new DateOnly(2024, 3, 7), 32)];

        var a = Assess.NatoPower(Years((2021, 300000), (2022, 310000), (2025, latest)), 2021, 2025, Article, Rules.NatoPower(), accessions);

        Assert.Equal(expected, a.Latest.Verdict);
        Assert.Contains(a.Latest.Evidence, e => e.Contains("FIN on 2023-04-04 (31 allies), SWE on 2024-03-07 (32 allies)", StringComparison.Ordinal));
        // When the article appeared Sweden had not yet joined.
        Assert.DoesNotContain(a.AtArticle.Evidence, e => e.Contains("SWE", StringComparison.Ordinal));
    }

    private static PeriodValue Share(double percent) => new(new DateOnly(2022, 2, 24), new DateOnly(2022, 2, 24), percent, "percent_of_articles", "s", "");

    [Theory]
    [InlineData(5, Verdict.Supported)]
    [InlineData(12, Verdict.Mixed)]
    [InlineData(45, Verdict.NotSupported)]
    public void StateMediaFraming_ShareCritical_IsJudgedAtBothMoments(double critical, Verdict expected)
    {
        var a = Assess.StateMediaFraming(Share(critical), Share(56), [], Article, Rules.StateMediaCriticism());

        Assert.Equal(expected, a.Latest.Verdict);
        Assert.Equal(expected, a.AtArticle.Verdict);
    }

    [Fact]
    public void Markdown_BothMoments_AreShownWithTheRule()
    {
        // 2022: 11 / 10 − 1 = +10% (mixed); 2024: +50% (supported).
        var a = Assess.GasPurchases(Years((2021, 10), (2022, 11), (2024, 15)), 38, 2021, 2024, Article, Rules.GasGrowth(), null);

        var md = a.ToMarkdown();

        Assert.Contains("**Rule:** supported if the growth of Power of Siberia deliveries since the base year ≥ 20.0%", md, StringComparison.Ordinal);
        Assert.Contains("**When the article appeared (2021→2022): mixed**", md, StringComparison.Ordinal);
        Assert.Contains("**With the latest data (2021→2024): supported**", md, StringComparison.Ordinal);
    }
}
