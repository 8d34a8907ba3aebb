using Analysis.Calculations;
using Analysis.Charts;
using Analysis.Data;
using Analysis.Domain;
using Deedle;
using Plotly.NET;

namespace Analysis.Story;

/// <summary>
/// Notebook 04, gas: the Power of Siberia ramp-up against its design capacity, China's import
/// dependency and supplier concentration, and how much of Russia's lost European pipeline sales
/// China replaces.
/// </summary>
public static class GasStory
{
    private const string PosSource = "Gazprom via TASS and Reuters; datasets gas-power-of-siberia, facility-capacity";

    /// <summary>Power of Siberia design capacity, bcm per year, from the data.</summary>
    public static double CapacityBcmPerYear(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Rows.One(catalog.Load(Datasets.FacilityCapacity), "value", new Where("facility", "power_of_siberia"), new Where("measure", "design_capacity"));
    }

    /// <summary>Deliveries through Power of Siberia, bcm by year.</summary>
    public static Series<int, double> Deliveries(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Rows.ByYear(catalog.Load(Datasets.GasPowerOfSiberia), "deliveries_bcm");
    }

    /// <summary>Deliveries, capacity and utilisation (deliveries ÷ capacity) by year.</summary>
    public static Frame<int, string> Utilisation(DataCatalog catalog)
    {
        var deliveries = Deliveries(catalog);
        var capacity = CapacityBcmPerYear(catalog);
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("deliveries_bcm", deliveries);
        b.Add("capacity_bcm", deliveries.Select(_ => capacity));
        b.Add("utilisation", deliveries.Select(kv => GasDependency.Utilisation(kv.Value, capacity)));
        return b.Frame;
    }

    /// <summary>Deliveries as columns with the design capacity as a reference line.</summary>
    public static GenericChart DeliveriesChart(DataCatalog catalog) =>
        HouseCharts.YearColumns("Russian gas to China through Power of Siberia (bcm per year)", "bcm per year", PosSource,
            [ChartSeries.FromYears("RUS", "Deliveries", Deliveries(catalog))],
            referenceLines: [new ReferenceLine(CapacityBcmPerYear(catalog), $"design capacity {Format.N0(CapacityBcmPerYear(catalog))} bcm")]);

    /// <summary>
    /// China's gas import dependency by year, on two definitions: imports ÷ consumption (Eurostat's
    /// import dependency with exports taken as zero) and imports ÷ (production + imports), the share
    /// of supply (EIA's wording); and the dependency the sources publish, for comparison. Only years
    /// where the inputs are all in bcm are computed.
    /// </summary>
    public static Frame<int, string> ImportDependency(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var supply = catalog.Load(Datasets.GasChinaSupply);
        Series<int, double> Bcm(string measure) => Rows.ByYear(supply, "value", new Where("measure", measure), new Where("unit", "bcm"));
        var imports = Bcm("imports");
        var consumption = Bcm("consumption");
        var production = Bcm("production");
        var published = Rows.ByYear(supply, "value", new Where("measure", "import_dependence"), new Where("unit", "percent")) / 100.0;
        var byConsumption = imports.ZipInner(consumption).Select(kv => GasDependency.ImportDependency(kv.Value.Item1, 0, kv.Value.Item2));
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("imports_bcm", imports);
        b.Add("consumption_bcm", consumption);
        b.Add("production_bcm", production);
        b.Add("imports_over_consumption", byConsumption);
        b.Add("imports_share_of_supply", Trade.Share(imports, imports + production));
        b.Add("published_import_dependence", published);
        return b.Frame.SortRowsByKey();
    }

    /// <summary>
    /// Supplier shares and concentration of one mode in one calendar year: shares of each listed
    /// supplier (in the unit given), the Herfindahl–Hirschman index (Σ s², 0–1) and Russia's share.
    /// </summary>
    /// <exception cref="ArgumentException">No supplier rows for that year, mode and unit.</exception>
    public static (IReadOnlyDictionary<string, double> Shares, double Hhi, double RussiaShare) Concentration(DataCatalog catalog, int year, string mode, string unit)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var suppliers = catalog.Load(Datasets.GasChinaImportsBySupplier);
        var starts = suppliers.GetColumn<DateOnly>("period_start");
        var ends = suppliers.GetColumn<DateOnly>("period_end");
        var names = suppliers.GetColumn<string>("supplier");
        var values = suppliers.GetColumn<double>("value");
        var volumes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in Rows.Matching(suppliers, new Where("mode", mode), new Where("unit", unit)))
        {
            if (starts[r] == new DateOnly(year, 1, 1) && ends[r] == new DateOnly(year, 12, 31) && names[r] != "WLD")
            {
                volumes[names[r]] = values[r];
            }
        }

        if (volumes.Count == 0)
        {
            throw new ArgumentException($"No {mode} supplier rows in {unit} for {year}.", nameof(year));
        }

        var shares = GasDependency.SupplierShares(volumes);
        return (shares, GasDependency.Hhi(shares.Values), GasDependency.RussiaShare(shares));
    }

    /// <summary>
    /// Concentration of China's pipeline imports (by USD value) and LNG imports (by tonnes): suppliers
    /// listed, HHI and Russia's share, all over the suppliers the data lists. The pipeline table is
    /// complete (five suppliers); the LNG table lacks the smaller suppliers, so its HHI and shares
    /// overstate concentration (Russia's share of all LNG is lower than its share of the listed).
    /// </summary>
    public static Frame<string, string> ConcentrationTable(DataCatalog catalog, int pipelineYear, int lngYear)
    {
        var rows = new[] { ($"pipeline {pipelineYear} (USD value)", Concentration(catalog, pipelineYear, "pipeline", "usd_bn")), ($"LNG {lngYear} (tonnes)", Concentration(catalog, lngYear, "lng", "mt")) };
        var keys = rows.Select(r => r.Item1).ToArray();
        var b = new FrameBuilder.Columns<string, string>();
        b.Add("suppliers_listed", new Series<string, int>(keys, rows.Select(r => r.Item2.Shares.Count)));
        b.Add("largest_supplier", new Series<string, string>(keys, rows.Select(r => r.Item2.Shares.MaxBy(kv => kv.Value).Key)));
        b.Add("hhi", new Series<string, double>(keys, rows.Select(r => r.Item2.Hhi)));
        b.Add("russia_share_of_listed", new Series<string, double>(keys, rows.Select(r => r.Item2.RussiaShare)));
        return b.Frame;
    }

    /// <summary>Supplier shares of China's pipeline imports (by value) and LNG imports (by tonnes) for two years, as bars in percent.</summary>
    public static GenericChart SupplierSharesChart(DataCatalog catalog, int pipelineYear, int lngYear)
    {
        var pipe = Concentration(catalog, pipelineYear, "pipeline", "usd_bn");
        var lng = Concentration(catalog, lngYear, "lng", "mt");
        var suppliers = pipe.Shares.Keys.Union(lng.Shares.Keys).OrderByDescending(s => s == "RUS").ThenBy(s => s, StringComparer.Ordinal).ToList();
        return HouseCharts.CategoryBars("Who supplies China's gas imports (% of listed suppliers)", "% of the mode's listed imports",
            "China customs (GACC) via TASS, RIA and SCMP; dataset gas-china-imports-by-supplier",
            suppliers.Select(s => Countries.Name(catalog, s)).ToList(),
            [
                ("TKM", $"Pipeline {pipelineYear} (by USD value)", suppliers.Select(s => pipe.Shares.TryGetValue(s, out var v) ? v * 100 : double.NaN).ToList()),
                ("AUS", $"LNG {lngYear} (by tonnes)", suppliers.Select(s => lng.Shares.TryGetValue(s, out var v) ? v * 100 : double.NaN).ToList()),
            ]);
    }

    /// <summary>How much of Russia's lost pipeline sales to Europe (between two years) Power of Siberia deliveries replace.</summary>
    public static ExportReplacement Replacement(DataCatalog catalog, int baseYear, int laterYear)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var europe = Rows.ByYear(catalog.Load(Datasets.GasRussiaExportsEurope), "volume_bcm", new Where("measure", "pipeline_exports_to_europe"));
        var china = Deliveries(catalog);
        foreach (var (series, name) in new[] { (europe, "Russian pipeline exports to Europe"), (china, "Power of Siberia deliveries") })
        {
            if (!series.TryGet(baseYear).HasValue || !series.TryGet(laterYear).HasValue)
            {
                throw new ArgumentException($"{name} are needed for {baseYear} and {laterYear}.", nameof(baseYear));
            }
        }

        return GasDependency.ReplacementOfLostEuropeanExports(baseYear, laterYear, europe[baseYear], europe[laterYear], china[baseYear], china[laterYear]);
    }

    /// <summary>Russian pipeline gas to Europe against Power of Siberia deliveries to China, bcm by year.</summary>
    public static GenericChart EuropeVersusChinaChart(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var flows = catalog.Load(Datasets.GasRussiaExportsEurope);
        return HouseCharts.YearLines("Russian pipeline gas: Europe against China (bcm per year)", "bcm per year",
            "Gazprom and Reuters calculations via Reuters, TASS and others; datasets gas-russia-exports-europe, gas-power-of-siberia",
            [
                ChartSeries.FromYears("EU", "Pipeline exports to Europe", Rows.ByYear(flows, "volume_bcm", new Where("measure", "pipeline_exports_to_europe"))),
                ChartSeries.FromYears("EUROPE", "Gazprom exports outside the CIS (incl. Turkey, China)", Rows.ByYear(flows, "volume_bcm", new Where("measure", "gazprom_exports_non_cis"))),
                ChartSeries.FromYears("RUS", "Power of Siberia to China", Deliveries(catalog)),
            ]);
    }

    /// <summary>Assesses "China buys more Russian gas" (and how far that goes) between two years.</summary>
    public static ClaimAssessment Assess(DataCatalog catalog, int baseYear, int laterYear)
    {
        var deliveries = Deliveries(catalog);
        var capacity = CapacityBcmPerYear(catalog);
        var replaced = Replacement(catalog, baseYear, laterYear);
        var first = deliveries.Keys.Where(y => deliveries[y] > 1).Min();
        var last = deliveries.Keys.Max();
        var growth = deliveries[last] / deliveries[first];
        var verdict = deliveries[last] > deliveries[first] ? Verdict.Supported : Verdict.NotSupported;
        var evidence = new List<string>
        {
            $"Power of Siberia deliveries rose from {Format.N1(deliveries[first])} bcm in {first} to {Format.N1(deliveries[last])} bcm in {last} ({Format.Times(growth)}), {Format.Percent(GasDependency.Utilisation(deliveries[last], capacity))} of the {Format.N0(capacity)} bcm design capacity.",
            $"Between {baseYear} and {laterYear} Russia lost {Format.N1(replaced.LostEuropeanVolumeBcm)} bcm a year of pipeline sales to Europe and added {Format.N1(replaced.AddedChineseVolumeBcm)} bcm to China: {Format.Percent(replaced.FractionReplaced)} replaced.",
        };
        try
        {
            var pipe = Concentration(catalog, laterYear, "pipeline", "usd_bn");
            evidence.Add($"Russia was {Format.Percent(pipe.RussiaShare)} of China's pipeline gas imports by value in {laterYear} (supplier HHI {Format.N2(pipe.Hhi)}).");
        }
        catch (ArgumentException)
        {
            // No complete supplier table for that year: the evidence line is left out.
        }

        return new ClaimAssessment(
            "gas-more", "04-gas",
            "China supports Russia by buying more Russian natural gas (delivered into Heilongjiang through Power of Siberia).",
            verdict,
            $"Power of Siberia: {Format.N1(deliveries[first])} → {Format.N1(deliveries[last])} bcm ({first}–{last}); it replaces {Format.Percent(replaced.FractionReplaced)} of Europe's lost volume",
            evidence,
            [
                $"The European figure for {baseYear} is a rounded Reuters figure for the EU only; later years are pipeline exports to all of Europe (see data/gas-russia-exports-europe/README.md).",
                "Prices in China are lower than Europe's were, so the revenue replaced is smaller than the volume replaced.",
                "No sourced figure for Heilongjiang's own gas use was found; the pipeline crosses there but serves nine provinces.",
            ],
            [Datasets.GasPowerOfSiberia, Datasets.FacilityCapacity, Datasets.GasRussiaExportsEurope, Datasets.GasChinaImportsBySupplier]);
    }
}
