using Analysis.Data;
using Deedle;

namespace Analysis.Story;

/// <summary>The year choices behind the scorecard; the defaults are the notebooks' parameter defaults.</summary>
/// <param name="TradeBaseYear">First year of the trade comparison.</param>
/// <param name="TradeYear">Latest year of the trade comparison.</param>
/// <param name="TourismBeforeYear">Year before the border closure.</param>
/// <param name="TourismAfterYear">The article's year.</param>
/// <param name="CarFeeBeforeDate">Fee in force before the increases.</param>
/// <param name="CarFeeAfterDate">Fee after the increases.</param>
/// <param name="CarBeforeYear">Year of car exports before the increases bit.</param>
/// <param name="CarAfterYear">Year after.</param>
/// <param name="ImportDemandElasticity">η for cars (assumption).</param>
/// <param name="SubstitutionElasticity">σ (SMART default 1.5).</param>
/// <param name="GasBaseYear">Last pre-war year for gas to Europe.</param>
/// <param name="GasLaterYear">Later year compared.</param>
/// <param name="NatoFromYear">Base year for NATO spending.</param>
/// <param name="NatoToYear">Latest year for NATO spending.</param>
/// <param name="EconomyYear">Year for the Russian economy verdict.</param>
public sealed record ScorecardYears(
    int TradeBaseYear = 2013, int TradeYear = 2024,
    int TourismBeforeYear = 2019, int TourismAfterYear = 2023,
    string CarFeeBeforeDate = "2023-08-01", string CarFeeAfterDate = "2025-01-01",
    int CarBeforeYear = 2024, int CarAfterYear = 2025,
    double ImportDemandElasticity = -1.0, double SubstitutionElasticity = 1.5,
    int GasBaseYear = 2021, int GasLaterYear = 2024,
    int NatoFromYear = 2014, int NatoToYear = 2024,
    int EconomyYear = 2024);

/// <summary>Notebook 06: every checkable claim of the article, assessed by the same library calls the other notebooks use.</summary>
public static class Scorecard
{
    /// <summary>All assessments, in the order of the article's argument.</summary>
    public static IReadOnlyList<ClaimAssessment> Assess(DataCatalog catalog, ScorecardYears? years = null)
    {
        var y = years ?? new ScorecardYears();
        var scenario = TariffStory.BuildScenario(catalog, DateOnly.Parse(y.CarFeeBeforeDate, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(y.CarFeeAfterDate, System.Globalization.CultureInfo.InvariantCulture), y.CarBeforeYear, y.ImportDemandElasticity, y.SubstitutionElasticity);
        return
        [
            TradeStory.AssessTradeVsWest(catalog, y.TradeBaseYear, y.TradeYear),
            TradeStory.AssessPublicOpinion(catalog),
            BorderStory.AssessBridge(catalog),
            BorderStory.AssessTourism(catalog, y.TourismBeforeYear, y.TourismAfterYear),
            TariffStory.Assess(catalog, scenario, y.CarBeforeYear, y.CarAfterYear),
            GasStory.Assess(catalog, y.GasBaseYear, y.GasLaterYear),
            WarEconomyStory.AssessNato(catalog, y.NatoFromYear, y.NatoToYear),
            WarEconomyStory.AssessRussianEconomy(catalog, y.EconomyYear),
        ];
    }

    /// <summary>The assessments as a table: claim, verdict, key figure, notebook (rows keyed by claim id).</summary>
    public static Frame<string, string> Table(IReadOnlyList<ClaimAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var ids = assessments.Select(a => a.Id).ToArray();
        var b = new FrameBuilder.Columns<string, string>();
        b.Add("claim", new Series<string, string>(ids, assessments.Select(a => a.Claim)));
        b.Add("verdict", new Series<string, string>(ids, assessments.Select(a => a.VerdictText)));
        b.Add("key_figure", new Series<string, string>(ids, assessments.Select(a => a.KeyFigure)));
        b.Add("notebook", new Series<string, string>(ids, assessments.Select(a => a.Notebook)));
        return b.Frame;
    }
}
