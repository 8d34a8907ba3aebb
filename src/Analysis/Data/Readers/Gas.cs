using Deedle;

namespace Analysis.Data;

/// <summary>Reader of dataset <c>gas-power-of-siberia</c>: Gazprom's deliveries to China through Power of Siberia.</summary>
public static class PowerOfSiberia
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.GasPowerOfSiberia;

    /// <summary>Deliveries, bcm by year.</summary>
    public static Series<int, double> DeliveriesBcm(DataCatalog data) => new DatasetView(data, Dataset).ByYear("deliveries_bcm");
}

/// <summary>
/// Reader of dataset <c>gas-china-supply</c>: China's natural-gas balance (consumption, production,
/// imports) and the import dependence its sources publish. Figures come in bcm, Mt of LNG or
/// percent; each series is read in one unit only.
/// </summary>
public static class ChinaGasSupply
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.GasChinaSupply;

    /// <summary>One measure (<c>consumption</c>, <c>production</c>, <c>imports</c> …) in the unit asked for, by year.</summary>
    /// <exception cref="ArgumentException">Unknown measure, or it is held only in other units (the message names them).</exception>
    public static Series<int, double> Measure(DataCatalog data, string measure, string unit) =>
        new DatasetView(data, Dataset).ByYear("value", new("measure", measure), new(DataPackage.UnitField, unit));

    /// <summary>China's gas consumption, bcm by year.</summary>
    public static Series<int, double> ConsumptionBcm(DataCatalog data) => Measure(data, "consumption", "bcm");

    /// <summary>China's gas production, bcm by year.</summary>
    public static Series<int, double> ProductionBcm(DataCatalog data) => Measure(data, "production", "bcm");

    /// <summary>China's gas imports (pipeline + LNG), bcm by year.</summary>
    public static Series<int, double> ImportsBcm(DataCatalog data) => Measure(data, "imports", "bcm");

    /// <summary>Import dependence as the sources publish it, percent by year.</summary>
    public static Series<int, double> PublishedImportDependencePercent(DataCatalog data) => Measure(data, "import_dependence", "percent");
}

/// <summary>
/// Reader of dataset <c>gas-china-imports-by-supplier</c>: China's gas imports by supplier, mode
/// (pipeline, LNG) and unit, for full years and partial periods.
/// </summary>
public static class ChinaGasImports
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.GasChinaImportsBySupplier;

    /// <summary>Code of the all-suppliers total rows.</summary>
    public const string WorldTotal = "WLD";

    /// <summary>
    /// Imports of one mode in one calendar year by supplier (the world total excluded), in the unit
    /// asked for, keyed by supplier code. Only the suppliers the sources list are present.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown mode, the mode is held in other units, or no supplier has a full-year row for that year.</exception>
    public static Series<string, double> BySupplier(DataCatalog data, int year, string mode, string unit)
    {
        var view = new DatasetView(data, Dataset);
        var suppliers = view.Column<string>("supplier");
        var starts = view.Column<DateOnly>("period_start");
        var ends = view.Column<DateOnly>("period_end");
        var values = view.Column<double>("value");
        var rows = view.Matching(new("mode", mode), new(DataPackage.UnitField, unit))
            .Where(r => starts[r] == new DateOnly(year, 1, 1) && ends[r] == new DateOnly(year, 12, 31) && suppliers[r] != WorldTotal && values.ContainsKey(r))
            .OrderBy(r => suppliers[r], StringComparer.Ordinal)
            .ToList();
        return rows.Count > 0
            ? new Series<string, double>(rows.Select(r => suppliers[r]), rows.Select(r => values[r]))
            : throw new ArgumentException($"Dataset '{Dataset}' has no full-year {mode} supplier rows in {unit} for {year}.", nameof(year));
    }
}

/// <summary>
/// Reader of dataset <c>gas-russia-exports-europe</c>: Russian pipeline gas to Europe and Gazprom's
/// exports outside the former Soviet Union, bcm by year.
/// </summary>
public static class RussiaGasExports
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.GasRussiaExportsEurope;

    /// <summary>Russian pipeline gas exports to Europe, bcm by year.</summary>
    public static Series<int, double> PipelineToEuropeBcm(DataCatalog data) => new DatasetView(data, Dataset).ByYear("volume_bcm", new Where("measure", "pipeline_exports_to_europe"));

    /// <summary>Gazprom's exports to countries outside the CIS (Europe, Turkey, China …), bcm by year.</summary>
    public static Series<int, double> GazpromOutsideCisBcm(DataCatalog data) => new DatasetView(data, Dataset).ByYear("volume_bcm", new Where("measure", "gazprom_exports_non_cis"));
}
