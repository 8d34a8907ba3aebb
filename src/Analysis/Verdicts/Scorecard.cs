using Analysis.Calculations;
using Analysis.Data;
using Deedle;
using D = Analysis.AnalysisDefaults;

namespace Analysis.Verdicts;

/// <summary>
/// Every analysis choice behind the scorecard, named as the notebooks' parameters are (the record's
/// <c>FirstYear</c> is the cells' <c>firstYear</c>); the defaults are <see cref="AnalysisDefaults"/>.
/// Notebook 06 declares them all in its parameters cell and builds this record from them.
/// </summary>
public sealed record ScorecardInputs
{
    /// <summary>The article's moment, YYYY-MM-DD.</summary>
    public string ArticleDate { get; init; } = D.ArticleDate;

    /// <summary>Partners compared with Russia.</summary>
    public IReadOnlyList<string> Partners { get; init; } = D.Partners;

    /// <summary>The partners that make up the West.</summary>
    public IReadOnlyList<string> WestPartners { get; init; } = D.WestPartners;

    /// <summary>First year of the trade comparison.</summary>
    public int FirstYear { get; init; } = D.FirstYear;

    /// <summary>Latest year of the trade comparison.</summary>
    public int LastYear { get; init; } = D.LastYear;

    /// <summary>See <see cref="Rules.WestMultiple"/>.</summary>
    public double WestMultipleSupportedAtLeast { get; init; } = D.WestMultipleSupportedAtLeast;

    /// <summary>See <see cref="Rules.WestMultiple"/>.</summary>
    public double WestMultipleMixedAtLeast { get; init; } = D.WestMultipleMixedAtLeast;

    /// <summary>See <see cref="Rules.Favourable"/>.</summary>
    public double FavourableSupportedAtLeastPercent { get; init; } = D.FavourableSupportedAtLeastPercent;

    /// <summary>See <see cref="Rules.Favourable"/>.</summary>
    public double FavourableMixedAtLeastPercent { get; init; } = D.FavourableMixedAtLeastPercent;

    /// <summary>The last full year before the border closure.</summary>
    public int TourismBeforeYear { get; init; } = D.TourismBeforeYear;

    /// <summary>Travellers compared: origin.</summary>
    public string TravellerOrigin { get; init; } = D.TravellerOrigin;

    /// <summary>Travellers compared: destination.</summary>
    public string TravellerDestination { get; init; } = D.TravellerDestination;

    /// <summary>Travellers compared: measure.</summary>
    public string TravellerMeasure { get; init; } = D.TravellerMeasure;

    /// <summary>Travellers compared: unit.</summary>
    public string TravellerUnit { get; init; } = D.TravellerUnit;

    /// <summary>See <see cref="Rules.BridgeUtilisation"/>.</summary>
    public double BridgeUtilisationSupportedAtMostPercent { get; init; } = D.BridgeUtilisationSupportedAtMostPercent;

    /// <summary>See <see cref="Rules.BridgeUtilisation"/>.</summary>
    public double BridgeUtilisationMixedAtMostPercent { get; init; } = D.BridgeUtilisationMixedAtMostPercent;

    /// <summary>See <see cref="Rules.TourismRecovery"/>.</summary>
    public double TourismRecoverySupportedAtMostPercent { get; init; } = D.TourismRecoverySupportedAtMostPercent;

    /// <summary>See <see cref="Rules.TourismRecovery"/>.</summary>
    public double TourismRecoveryMixedAtMostPercent { get; init; } = D.TourismRecoveryMixedAtMostPercent;

    /// <summary>Recycling-fee category.</summary>
    public string FeeCategory { get; init; } = D.FeeCategory;

    /// <summary>Fee in force before the increases (ISO date).</summary>
    public string FeeBeforeDate { get; init; } = D.FeeBeforeDate;

    /// <summary>Fee in force after the increases (ISO date).</summary>
    public string FeeAfterDate { get; init; } = D.FeeAfterDate;

    /// <summary>Year of the car imports the change applies to.</summary>
    public int CarBaseYear { get; init; } = D.CarBaseYear;

    /// <summary>Year observed after the change.</summary>
    public int CarAfterYear { get; init; } = D.CarAfterYear;

    /// <summary>η.</summary>
    public double ImportDemandElasticity { get; init; } = D.ImportDemandElasticity;

    /// <summary>σ.</summary>
    public double SubstitutionElasticity { get; init; } = D.SubstitutionElasticity;

    /// <summary>See <see cref="Rules.ExcessFall"/>.</summary>
    public double ExcessFallSupportedAtMostPoints { get; init; } = D.ExcessFallSupportedAtMostPoints;

    /// <summary>See <see cref="Rules.ExcessFall"/>.</summary>
    public double ExcessFallMixedAtMostPoints { get; init; } = D.ExcessFallMixedAtMostPoints;

    /// <summary>Base year of the gas comparison.</summary>
    public int GasBaseYear { get; init; } = D.GasBaseYear;

    /// <summary>Later year of the gas comparison.</summary>
    public int GasLaterYear { get; init; } = D.GasLaterYear;

    /// <summary>See <see cref="Rules.GasGrowth"/>.</summary>
    public double GasGrowthSupportedAtLeastPercent { get; init; } = D.GasGrowthSupportedAtLeastPercent;

    /// <summary>See <see cref="Rules.GasGrowth"/>.</summary>
    public double GasGrowthMixedAtLeastPercent { get; init; } = D.GasGrowthMixedAtLeastPercent;

    /// <summary>Base year for NATO spending.</summary>
    public int NatoFromYear { get; init; } = D.NatoFromYear;

    /// <summary>Latest year for NATO spending.</summary>
    public int NatoToYear { get; init; } = D.NatoToYear;

    /// <summary>See <see cref="Rules.NatoDrain"/>.</summary>
    public double AlliesAtGuidelineSupportedAtMost { get; init; } = D.AlliesAtGuidelineSupportedAtMost;

    /// <summary>See <see cref="Rules.NatoDrain"/>.</summary>
    public double AlliesAtGuidelineMixedAtMost { get; init; } = D.AlliesAtGuidelineMixedAtMost;

    /// <summary>Year of the latest economy finding.</summary>
    public int EconomyYear { get; init; } = D.EconomyYear;

    /// <summary>Strain signal bound on growth, %.</summary>
    public double GrowthStrainAtMostPercent { get; init; } = D.GrowthStrainAtMostPercent;

    /// <summary>Strain signal bound on inflation, %.</summary>
    public double InflationStrainAtLeastPercent { get; init; } = D.InflationStrainAtLeastPercent;

    /// <summary>Strain signal bound on the key rate, %.</summary>
    public double KeyRateStrainAtLeastPercent { get; init; } = D.KeyRateStrainAtLeastPercent;

    /// <summary>See <see cref="Rules.EconomyStrain"/>.</summary>
    public double StrainSignalsSupportedAtLeast { get; init; } = D.StrainSignalsSupportedAtLeast;

    /// <summary>See <see cref="Rules.EconomyStrain"/>.</summary>
    public double StrainSignalsMixedAtLeast { get; init; } = D.StrainSignalsMixedAtLeast;
}

/// <summary>
/// Notebook 06: every claim of the article, assessed by the same chain of readers, calculations and
/// verdict functions the notebooks 01–05 show cell by cell, from one set of inputs.
/// </summary>
public static class Scorecard
{
    /// <summary>All assessments, in the order of the article's argument.</summary>
    public static IReadOnlyList<ClaimAssessment> Assess(DataCatalog data, ScorecardInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var i = inputs;
        return
        [
            TradeVsWest(data, i),
            Verdicts.Assess.ChinesePublicOpinion(ChinaOpinion.Values(data, "favourable_russia"), "favourable to Russia", i.ArticleDate, Rules.Favourable(i.FavourableSupportedAtLeastPercent, i.FavourableMixedAtLeastPercent)),
            Bridge(data, i),
            Tourism(data, i),
            CarFee(data, i),
            Gas(data, i),
            Nato(data, i),
            Economy(data, i),
        ];
    }

    /// <summary>The assessments as a table (rows keyed by claim id): claim, verdict at the article's moment, verdict now, what changed, latest key figure, notebook.</summary>
    public static Frame<string, string> Table(IReadOnlyList<ClaimAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var ids = assessments.Select(a => a.Id).ToArray();
        var b = new FrameBuilder.Columns<string, string>();
        b.Add("claim", new Series<string, string>(ids, assessments.Select(a => a.Claim)));
        b.Add("verdict_october_2023", new Series<string, string>(ids, assessments.Select(a => ClaimAssessment.TextOf(a.AtArticle.Verdict))));
        b.Add("verdict_latest", new Series<string, string>(ids, assessments.Select(a => a.VerdictText)));
        b.Add("key_figure_latest", new Series<string, string>(ids, assessments.Select(a => a.Latest.KeyFigure)));
        b.Add("notebook", new Series<string, string>(ids, assessments.Select(a => a.Notebook)));
        return b.Frame;
    }

    private static ClaimAssessment TradeVsWest(DataCatalog data, ScorecardInputs i)
    {
        var partners = i.Partners.Union(i.WestPartners).Append("RUS").Distinct().ToList();
        var turnover = ChinaGoodsTrade.TurnoverUsdBillions(data, partners).InYears(i.FirstYear, i.LastYear);
        return Verdicts.Assess.TradeVsWest(turnover, i.WestPartners, i.FirstYear, i.LastYear, i.ArticleDate, Rules.WestMultiple(i.WestMultipleSupportedAtLeast, i.WestMultipleMixedAtLeast));
    }

    private static ClaimAssessment Bridge(DataCatalog data, ScorecardInputs i) =>
        Verdicts.Assess.BridgeTraffic(Capacity.Utilisation(BorderTraffic.BridgeTotals(data), FacilityCapacity.BridgeDesign(data)), i.ArticleDate,
            Rules.BridgeUtilisation(i.BridgeUtilisationSupportedAtMostPercent, i.BridgeUtilisationMixedAtMostPercent));

    private static ClaimAssessment Tourism(DataCatalog data, ScorecardInputs i) =>
        Verdicts.Assess.BorderTourism(RussiaChinaTourism.FullYears(data, i.TravellerOrigin, i.TravellerDestination, i.TravellerMeasure, i.TravellerUnit),
            RussiaChinaTourism.Describe(data, i.TravellerOrigin, i.TravellerDestination, i.TravellerMeasure, i.TravellerUnit), i.TourismBeforeYear, i.LastYear, i.ArticleDate,
            Rules.TourismRecovery(i.TourismRecoverySupportedAtMostPercent, i.TourismRecoveryMixedAtMostPercent), RussiaMacro.PovertyRatePercent(data));

    private static ClaimAssessment CarFee(DataCatalog data, ScorecardInputs i)
    {
        // The chain of notebook 03, cell by cell.
        var units = ChinaCarExports.UnitsByYear(data);
        var value = ChinaCarExports.ValueUsdBillionsByYear(data);
        var pricePerCarUsd = Trade.Ratio(value * 1e9, units);
        var priceYear = pricePerCarUsd.LastKey();
        var rubPerUsd = RussiaMacro.RubPerUsdAverage(data)[priceYear];
        var before = TariffImpact.SpecificFeeAsAdValorem(RecyclingFee.InForceOn(data, i.FeeCategory, i.FeeBeforeDate).FeeRub, pricePerCarUsd[priceYear], rubPerUsd);
        var after = TariffImpact.SpecificFeeAsAdValorem(RecyclingFee.InForceOn(data, i.FeeCategory, i.FeeAfterDate).FeeRub, pricePerCarUsd[priceYear], rubPerUsd);
        var chinaShare = RussiaCarMarket.ChinaShareOfCarImportsPercent(data)[^1].Value / 100;
        var scenario = TariffScenarios.FromSupplierShare(value[i.CarBaseYear] * 1000, chinaShare, before.AdValoremRate, after.AdValoremRate, i.ImportDemandElasticity, i.SubstitutionElasticity);
        var impact = TariffImpact.Solve(scenario);
        var model = value.TryGet(i.CarAfterYear).HasValue
            ? TariffImpact.CompareWithObserved(100 * impact.TotalChangeInImportsFromSupplierUsdMillions / scenario.ImportsFromSupplierUsdMillions, value[i.CarBaseYear], value[i.CarAfterYear])
            : null;
        return Verdicts.Assess.CarFee(ChinaCarExports.UnitsByYear(data), RussiaCarMarket.NewCarSalesUnits(data), RussiaCarMarket.ChineseBrandsSalesUnits(data),
            i.CarBaseYear, i.CarAfterYear, i.FeeBeforeDate, i.ArticleDate, Rules.ExcessFall(i.ExcessFallSupportedAtMostPoints, i.ExcessFallMixedAtMostPoints), model);
    }

    private static ClaimAssessment Gas(DataCatalog data, ScorecardInputs i)
    {
        var deliveries = PowerOfSiberia.DeliveriesBcm(data);
        var europe = RussiaGasExports.PipelineToEuropeBcm(data);
        var replacement = GasDependency.ReplacementOfLostEuropeanExports(i.GasBaseYear, i.GasLaterYear, europe[i.GasBaseYear], europe[i.GasLaterYear], deliveries[i.GasBaseYear], deliveries[i.GasLaterYear]);
        return Verdicts.Assess.GasPurchases(deliveries, FacilityCapacity.PowerOfSiberiaBcmPerYear(data), i.GasBaseYear, i.GasLaterYear, i.ArticleDate,
            Rules.GasGrowth(i.GasGrowthSupportedAtLeastPercent, i.GasGrowthMixedAtLeastPercent), replacement);
    }

    private static ClaimAssessment Nato(DataCatalog data, ScorecardInputs i) =>
        Verdicts.Assess.NatoResources(NatoDefenceSpending.SharePercentByAllyAndYear(data), i.NatoFromYear, i.NatoToYear, i.ArticleDate,
            Rules.NatoDrain(i.AlliesAtGuidelineSupportedAtMost, i.AlliesAtGuidelineMixedAtMost), UkraineSupport.CumulativeEurBillions(data, "ALL", "allocated", "total"));

    private static ClaimAssessment Economy(DataCatalog data, ScorecardInputs i)
    {
        var signals = Verdicts.Assess.StrainSignals(RussiaMacro.GdpGrowthPercent(data), RussiaMacro.InflationDecemberPercent(data), RussiaMacro.KeyRateYearEndPercent(data),
            i.GrowthStrainAtMostPercent, i.InflationStrainAtLeastPercent, i.KeyRateStrainAtLeastPercent);
        return Verdicts.Assess.RussianEconomy(signals, i.EconomyYear, i.ArticleDate, Rules.EconomyStrain(i.StrainSignalsSupportedAtLeast, i.StrainSignalsMixedAtLeast));
    }
}
