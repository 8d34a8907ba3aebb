namespace Analysis.Data;

/// <summary>Names of the bundled datasets (resources of <c>data/datapackage.json</c>).</summary>
public static class Datasets
{
    /// <summary>Country and group codes.</summary>
    public const string Countries = "countries";

    /// <summary>China's goods trade by partner and year, USD bn (GACC).</summary>
    public const string ChinaGoodsTrade = "china-goods-trade";

    /// <summary>Russia's trade by partner: shares and values.</summary>
    public const string RussiaTradeByPartner = "russia-trade-by-partner";

    /// <summary>Russia's vehicle recycling fee schedule, RUB per vehicle.</summary>
    public const string RussiaRecyclingFee = "russia-recycling-fee";

    /// <summary>China's passenger-car exports to Russia.</summary>
    public const string ChinaCarExportsRussia = "china-car-exports-russia";

    /// <summary>Russia's new-car market and Chinese brands.</summary>
    public const string RussiaCarMarket = "russia-car-market";

    /// <summary>Design capacities of the Blagoveshchensk–Heihe bridge and the Power of Siberia pipeline.</summary>
    public const string FacilityCapacity = "facility-capacity";

    /// <summary>Observed traffic at the Blagoveshchensk–Heihe crossings.</summary>
    public const string BorderTraffic = "border-traffic";

    /// <summary>Tourist and traveller flows between China and Russia.</summary>
    public const string RussiaChinaTourism = "russia-china-tourism";

    /// <summary>Power of Siberia deliveries to China, bcm per year.</summary>
    public const string GasPowerOfSiberia = "gas-power-of-siberia";

    /// <summary>China's natural gas balance.</summary>
    public const string GasChinaSupply = "gas-china-supply";

    /// <summary>China's gas imports by supplier and mode.</summary>
    public const string GasChinaImportsBySupplier = "gas-china-imports-by-supplier";

    /// <summary>Russia's pipeline gas exports to Europe.</summary>
    public const string GasRussiaExportsEurope = "gas-russia-exports-europe";

    /// <summary>GDP, current USD (World Bank).</summary>
    public const string WorldBankGdp = "worldbank-gdp";

    /// <summary>Population (World Bank).</summary>
    public const string WorldBankPopulation = "worldbank-population";

    /// <summary>Kiel Institute Ukraine Support Tracker aggregates, EUR bn.</summary>
    public const string UkraineSupport = "ukraine-support";

    /// <summary>NATO allies' core defence expenditure, % of GDP and USD million at 2021 prices (NATO 2026 edition).</summary>
    public const string NatoDefenceSpending = "nato-defence-spending";

    /// <summary>NATO's totals (all allies; Europe and Canada), same release as <see cref="NatoDefenceSpending"/>.</summary>
    public const string NatoDefenceAggregates = "nato-defence-aggregates";

    /// <summary>NATO accessions since 2017: date and number of allies after each.</summary>
    public const string NatoMembership = "nato-membership";

    /// <summary>Russian macro indicators by year.</summary>
    public const string RussiaMacro = "russia-macro";

    /// <summary>Bank of Russia key-rate decisions.</summary>
    public const string RussiaKeyRate = "russia-key-rate";

    /// <summary>Chinese public opinion of Russia in published surveys.</summary>
    public const string ChinaOpinionRussia = "china-opinion-russia";

    /// <summary>How Russians see China: Levada and VCIOM polls.</summary>
    public const string RussiaOpinionChina = "russia-opinion-china";

    /// <summary>Two content analyses of Chinese media coverage of the war (Feb-Mar 2022).</summary>
    public const string ChinaMediaWarCoverage = "china-media-war-coverage";

    /// <summary>Key events for chart markers (date, label, category, notebooks).</summary>
    public const string Events = "events";

    /// <summary>China–Russia trade by product group (published shares and values).</summary>
    public const string ChinaRussiaTradeComposition = "china-russia-trade-composition";
}
