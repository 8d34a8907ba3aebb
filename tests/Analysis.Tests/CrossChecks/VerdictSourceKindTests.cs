using Analysis.Data;
using Analysis.Tests.Support;
using Analysis.Verdicts;
using Deedle;

namespace Analysis.Tests.CrossChecks;

/// <summary>
/// No value a verdict rests on comes from a source of kind <c>other</c> (a wiki, a forum, a copy on a
/// mirror): for each assessed claim, the rows its measured values are computed from, at each moment that
/// was judged, are looked up and their sources' kinds checked.
/// </summary>
public sealed class VerdictSourceKindTests
{
    private static readonly DataCatalog Data = BundledCatalog.Instance;

    private static readonly IReadOnlyList<ClaimAssessment> Assessments = Scorecard.Assess(Data, new ScorecardInputs());

    /// <summary>Years a claim's findings were judged on (the periods of the findings that were testable).</summary>
    private static IEnumerable<int> JudgedYears(string id) =>
        Assessments.Single(a => a.Id == id) is var a
            ? new[] { a.AtArticle, a.Latest }.Where(f => f.Verdict != Verdict.NotTestable)
                .SelectMany(f => f.Period.Split(['→', ',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
                .Where(p => p.Length == 4 && int.TryParse(p, out _)).Select(int.Parse)
            : [];

    /// <summary>The kinds of the sources cited by the rows of <paramref name="dataset"/> that match <paramref name="row"/>.</summary>
    private static List<(string SourceId, SourceKind Kind)> Kinds(string dataset, Func<Frame<int, string>, int, bool> row)
    {
        var frame = Data.Load(dataset);
        var kinds = Data.Package.Resource(dataset).Sources.ToDictionary(s => s.Id, s => s.Kind);
        var ids = frame.GetColumn<string>("source_id");
        return frame.RowKeys.Where(r => row(frame, r)).Select(r => (ids[r], kinds[ids[r]])).ToList();
    }

    private static void AssertNoOther(string claim, IEnumerable<(string SourceId, SourceKind Kind)> rows)
    {
        var list = rows.ToList();
        Assert.NotEmpty(list);
        Assert.All(list, r => Assert.True(r.Kind != SourceKind.Other, $"{claim} rests on source '{r.SourceId}' of kind other"));
    }

    [Fact]
    public void TradeVsWest_JudgedYears_RestOnNoSourceOfKindOther()
    {
        var years = JudgedYears("trade-vs-west").ToHashSet();
        var partners = new ScorecardInputs().WestPartners.Append("RUS").ToHashSet();

        AssertNoOther("trade-vs-west", Kinds(ChinaGoodsTrade.Dataset, (f, r) => partners.Contains(f.GetColumn<string>("partner")[r]) && years.Contains(f.GetColumn<int>("year")[r])));
    }

    [Fact]
    public void GasPurchases_JudgedYears_RestOnNoSourceOfKindOther()
    {
        var years = JudgedYears("gas-more").ToHashSet();

        AssertNoOther("gas-more", Kinds(PowerOfSiberia.Dataset, (f, r) => years.Contains(f.GetColumn<int>("year")[r])));
    }

    [Fact]
    public void NatoClaims_JudgedYears_RestOnNoSourceOfKindOther()
    {
        var years = JudgedYears("nato-resources").Concat(JudgedYears("nato-power")).ToHashSet();

        AssertNoOther("nato-resources", Kinds(NatoDefenceSpending.Dataset, (f, r) => years.Contains(f.GetColumn<int>("year")[r])));
        AssertNoOther("nato-power", Kinds(NatoDefenceAggregates.Dataset, (f, r) => years.Contains(f.GetColumn<int>("year")[r]) && f.GetColumn<string>("group")[r] == NatoDefenceAggregates.EuropeAndCanada));
    }

    [Fact]
    public void RussianEconomy_JudgedYears_RestOnNoSourceOfKindOther()
    {
        var years = JudgedYears("russian-economy").ToHashSet();

        AssertNoOther("russian-economy", Kinds(RussiaMacro.Dataset, (f, r) => years.Contains(f.GetColumn<int>("year")[r]) && f.GetColumn<string>("indicator")[r] is "gdp_growth" or "cpi_dec_dec"));
        AssertNoOther("russian-economy", Kinds(Datasets.RussiaKeyRate, (f, r) => years.Contains(f.GetColumn<DateOnly>("decision_date")[r].Year)));
    }

    [Fact]
    public void OpinionClaims_SurveysJudged_RestOnNoSourceOfKindOther()
    {
        var surveys = Assessments.Where(a => a.Id is "public-perception" or "putin-sentiment")
            .SelectMany(a => new[] { a.AtArticle, a.Latest }).Where(f => f.Verdict != Verdict.NotTestable)
            .SelectMany(f => f.Period.Split([';', ' '], StringSplitOptions.RemoveEmptyEntries)).ToHashSet();

        AssertNoOther("opinion", Kinds(ChinaOpinion.Dataset, (f, r) => surveys.Contains(f.GetColumn<string>("survey")[r]) && f.GetColumn<string>("measure")[r] is "favourable_russia" or "confidence_putin"));
    }

    [Fact]
    public void BridgeTraffic_EveryReadingJudged_RestsOnNoSourceOfKindOther()
    {
        AssertNoOther("bridge-traffic", Kinds(BorderTraffic.Dataset, (f, r) => f.GetColumn<string>("facility")[r] == FacilityCapacity.Bridge && BridgeMeasure.All.Any(m => m.ObservedMeasure == f.GetColumn<string>("measure")[r])));
        AssertNoOther("bridge-traffic", Kinds(FacilityCapacity.Dataset, (f, r) => f.GetColumn<string>("facility")[r] == FacilityCapacity.Bridge));
    }

    [Fact]
    public void BorderTourism_JudgedYears_RestOnNoSourceOfKindOther()
    {
        var years = JudgedYears("border-tourism").Append(new ScorecardInputs().TourismBeforeYear).ToHashSet();

        AssertNoOther("border-tourism", Kinds(RussiaChinaTourism.Dataset, (f, r) =>
            f.GetColumn<string>("origin")[r] == "RUS" && f.GetColumn<string>("destination")[r] == "CHN"
            && f.GetColumn<DateOnly>("period_start")[r].Month == 1 && f.GetColumn<DateOnly>("period_end")[r].Month == 12
            && years.Contains(f.GetColumn<DateOnly>("period_start")[r].Year)));
    }

    [Fact]
    public void StateMedia_StudyJudged_RestsOnNoSourceOfKindOther()
    {
        AssertNoOther("state-media", Kinds(ChinaMediaWarCoverage.Dataset, (f, r) => f.GetColumn<string>("study")[r] == "carma_first_day_2022" && f.GetColumn<string>("measure")[r] == "criticise_russia"));
    }
}
