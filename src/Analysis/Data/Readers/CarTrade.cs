using Deedle;

namespace Analysis.Data;

/// <summary>
/// Reader of dataset <c>china-car-exports-russia</c>: China's passenger-car exports to Russia as
/// China's customs publish them, in units (vehicles) and in USD bn, for full years and for the
/// partial periods reported.
/// </summary>
public static class ChinaCarExports
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.ChinaCarExportsRussia;

    private const string Measure = "passenger_car_exports";

    /// <summary>Full calendar years: vehicles exported, by year.</summary>
    public static Series<int, double> UnitsByYear(DataCatalog data) => View(data).FullYears("value", Filter("units"));

    /// <summary>Full calendar years: value exported, USD bn by year.</summary>
    public static Series<int, double> ValueUsdBillionsByYear(DataCatalog data) => View(data).FullYears("value", Filter("usd_bn"));

    /// <summary>Every reported period (full years and year-to-date figures) in vehicles.</summary>
    public static IReadOnlyList<PeriodValue> UnitsPeriods(DataCatalog data) => View(data).Periods("value", Filter("units"));

    private static DatasetView View(DataCatalog data) => new(data, Dataset);

    private static Where[] Filter(string unit) => [new("measure", Measure), new(DataPackage.UnitField, unit)];
}

/// <summary>
/// Reader of dataset <c>russia-car-market</c>: Russia's new passenger-car market (Autostat and
/// others): sales in units, Chinese brands' sales and share, China's share of car imports.
/// </summary>
public static class RussiaCarMarket
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.RussiaCarMarket;

    /// <summary>Full calendar years: new passenger cars sold in Russia, units by year.</summary>
    public static Series<int, double> NewCarSalesUnits(DataCatalog data) => View(data).FullYears("value", new("measure", "new_car_sales"), new(DataPackage.UnitField, "units"));

    /// <summary>Full calendar years: cars of Chinese brands sold in Russia (imported or assembled there), units by year.</summary>
    public static Series<int, double> ChineseBrandsSalesUnits(DataCatalog data) => View(data).FullYears("value", new("measure", "chinese_brands_sales"), new(DataPackage.UnitField, "units"));

    /// <summary>Full calendar years: Chinese brands' share of new-car sales, percent by year.</summary>
    public static Series<int, double> ChineseBrandsSharePercent(DataCatalog data) => View(data).FullYears("value", new("measure", "chinese_brands_share"), new(DataPackage.UnitField, "percent"));

    /// <summary>China's share of Russia's passenger-car imports, percent, every reported period.</summary>
    public static IReadOnlyList<PeriodValue> ChinaShareOfCarImportsPercent(DataCatalog data) =>
        View(data).Periods("value", new("measure", "china_share_of_car_imports"), new(DataPackage.UnitField, "percent"));

    private static DatasetView View(DataCatalog data) => new(data, Dataset);
}
