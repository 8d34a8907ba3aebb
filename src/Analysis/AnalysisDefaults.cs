namespace Analysis;

/// <summary>
/// The one place for the defaults of every analysis choice: the values the notebooks' <c>parameters</c>
/// cells start with (a test proves the cells and this class agree, name by name: the cell's
/// <c>firstYear</c> is <see cref="FirstYear"/>). Change a choice for one run in the notebook's
/// parameters cell (or with <c>-p name=value</c> on the render command); change the default here.
/// </summary>
/// <remarks>
/// Verdict bounds are documented where the rule is built (<see cref="Verdicts.Rules"/>), with the
/// reason for each; the notebooks show each verdict's sensitivity to its bounds beside it.
/// </remarks>
public static class AnalysisDefaults
{
    /// <summary>"" reads the data bundled in the library; a folder (e.g. "../data") reads the CSVs there.</summary>
    public const string DataDirectory = "";

    /// <summary>The day Putin arrived in Beijing for the third Belt and Road Forum, the article's moment: findings "when the article appeared" use data for periods that had ended by then.</summary>
    public const string ArticleDate = "2023-10-17";

    // 01 · rhetoric vs trade

    /// <summary>Partners whose trade with China is compared (codes of dataset <c>china-goods-trade</c>).</summary>
    public static readonly IReadOnlyList<string> Partners = ["USA", "EU", "JPN", "KOR", "ASEAN", "RUS"];

    /// <summary>The partners that make up "the West" in the trade claim.</summary>
    public static readonly IReadOnlyList<string> WestPartners = ["USA", "EU"];

    /// <summary>First year of the trade comparison.</summary>
    public const int FirstYear = 2013;

    /// <summary>Latest year of the trade comparison.</summary>
    public const int LastYear = 2024;

    /// <summary>Trade claim: supported when the West's trade with China is at least this multiple of Russia's.</summary>
    public const double WestMultipleSupportedAtLeast = 3.0;

    /// <summary>Trade claim: mixed when the multiple is at least this.</summary>
    public const double WestMultipleMixedAtLeast = 1.5;

    /// <summary>A product-level trade file for notebook 01's composition section (a CEPII BACI CSV, its Parquet conversion, or a folder of years); "" uses the published figures only.</summary>
    public const string BaciFile = "";

    /// <summary>Opinion claim: supported when the most recent survey finds at least this share favourable, %.</summary>
    public const double FavourableSupportedAtLeastPercent = 50.0;

    /// <summary>Opinion claim: mixed when it finds at least this share, %.</summary>
    public const double FavourableMixedAtLeastPercent = 40.0;

    // 02 · the border economy

    /// <summary>The last full year before the COVID border closure.</summary>
    public const int TourismBeforeYear = 2019;

    /// <summary>Travellers compared: where they come from (the article's Heihe shoppers are Russians).</summary>
    public const string TravellerOrigin = "RUS";

    /// <summary>Travellers compared: where they go.</summary>
    public const string TravellerDestination = "CHN";

    /// <summary>Bridge claim: supported when the busiest reading is at most this share of design capacity, %.</summary>
    public const double BridgeUtilisationSupportedAtMostPercent = 50.0;

    /// <summary>Bridge claim: mixed when it is at most this share, %.</summary>
    public const double BridgeUtilisationMixedAtMostPercent = 80.0;

    /// <summary>Tourism claim: supported when travellers are at most this share of the pre-closure year, %.</summary>
    public const double TourismRecoverySupportedAtMostPercent = 50.0;

    /// <summary>Tourism claim: mixed when they are at most this share, %.</summary>
    public const double TourismRecoveryMixedAtMostPercent = 90.0;

    // 03 · tariffs

    /// <summary>Recycling-fee category of a typical Chinese car: new (up to 3 years), 1–2 litres, imported commercially.</summary>
    public const string FeeCategory = "passenger_new_1000_2000cc_commercial";

    /// <summary>Fee in force before the increases (ISO date).</summary>
    public const string FeeBeforeDate = "2023-08-01";

    /// <summary>Fee in force after the increases (ISO date).</summary>
    public const string FeeAfterDate = "2025-01-01";

    /// <summary>Year of the car imports the fee change applies to.</summary>
    public const int CarBaseYear = 2024;

    /// <summary>Year observed after the change.</summary>
    public const int CarAfterYear = 2025;

    /// <summary>Import-demand elasticity η for cars (an assumption: no sourced estimate for Russia; see the sensitivity chart).</summary>
    public const double ImportDemandElasticity = -1.0;

    /// <summary>Armington substitution elasticity σ (SMART's default).</summary>
    public const double SubstitutionElasticity = 1.5;

    /// <summary>Import-demand elasticities of the sensitivity chart.</summary>
    public static readonly IReadOnlyList<double> SensitivityImportDemandElasticities = [-0.5, -1.0, -1.5, -2.0, -2.5, -3.0];

    /// <summary>Substitution elasticities of the sensitivity chart.</summary>
    public static readonly IReadOnlyList<double> SensitivitySubstitutionElasticities = [0.5, 1.5, 3.0];

    /// <summary>Tariff claim: supported when Chinese car exports (units) change at least this many points less than Russia's car market.</summary>
    public const double ExcessFallSupportedAtMostPoints = -10.0;

    /// <summary>Tariff claim: mixed when they change at most this many points relative to the market.</summary>
    public const double ExcessFallMixedAtMostPoints = 0.0;

    // 04 · gas

    /// <summary>Last full year of Russian pipeline sales to Europe before the war.</summary>
    public const int GasBaseYear = 2021;

    /// <summary>Year compared with it.</summary>
    public const int GasLaterYear = 2024;

    /// <summary>Year of the pipeline supplier table.</summary>
    public const int PipelineYear = 2024;

    /// <summary>Year of the LNG supplier table.</summary>
    public const int LngYear = 2025;

    /// <summary>Gas claim: supported when Power of Siberia deliveries grew by at least this much since the base year, %.</summary>
    public const double GasGrowthSupportedAtLeastPercent = 20.0;

    /// <summary>Gas claim: mixed when they grew by at least this much, %.</summary>
    public const double GasGrowthMixedAtLeastPercent = 0.0;

    // 05 · war, NATO and the Russian economy

    /// <summary>Base year for NATO: 2021, the last full year before the full-scale invasion.</summary>
    public const int NatoFromYear = 2021;

    /// <summary>Latest year for NATO (NATO's estimate).</summary>
    public const int NatoToYear = 2025;

    /// <summary>NATO-power claim: supported when the European allies' and Canada's real defence spending grew at least this much since the base year, %.</summary>
    public const double NatoPowerSupportedAtLeastPercent = 10.0;

    /// <summary>NATO-power claim: mixed when it grew at least this much, %.</summary>
    public const double NatoPowerMixedAtLeastPercent = 0.0;

    /// <summary>State-media claim: supported when at most this share of Chinese media articles criticised Russia, %.</summary>
    public const double StateMediaCriticalSupportedAtMostPercent = 10.0;

    /// <summary>State-media claim: mixed when at most this share did, %.</summary>
    public const double StateMediaCriticalMixedAtMostPercent = 30.0;

    /// <summary>Donors whose aid to Ukraine is charted (codes of dataset <c>ukraine-support</c>).</summary>
    public static readonly IReadOnlyList<string> AidDonors = ["EUROPE", "USA"];

    /// <summary>Year of the latest economy finding.</summary>
    public const int EconomyYear = 2024;

    /// <summary>NATO claim: supported when the number of allies at NATO's 2 % guideline rose by at most this many.</summary>
    public const double AlliesAtGuidelineSupportedAtMost = 0.0;

    /// <summary>NATO claim: mixed when it rose by at most this many.</summary>
    public const double AlliesAtGuidelineMixedAtMost = 3.0;

    /// <summary>Economy strain signal: real GDP growth at or below this, %.</summary>
    public const double GrowthStrainAtMostPercent = 1.0;

    /// <summary>Economy strain signal: December-on-December inflation at or above this, % (twice the Bank of Russia's 4 % target).</summary>
    public const double InflationStrainAtLeastPercent = 8.0;

    /// <summary>Economy strain signal: the key rate at year end at or above this, %.</summary>
    public const double KeyRateStrainAtLeastPercent = 12.0;

    /// <summary>Economy claim: supported when at least this many strain signals are on.</summary>
    public const double StrainSignalsSupportedAtLeast = 2.0;

    /// <summary>Economy claim: mixed when at least this many are on.</summary>
    public const double StrainSignalsMixedAtLeast = 1.0;
}
