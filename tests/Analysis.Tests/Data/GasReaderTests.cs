using Analysis.Data;
using Analysis.Tests.Support;
using Deedle;

namespace Analysis.Tests.Data;

/// <summary>
/// The gas readers on small fixtures: Power of Siberia's deliveries, China's gas balance by measure and
/// unit, China's imports by supplier for one full calendar year, and Russia's exports to Europe. Each
/// series holds its own measure in its own unit; partial periods and the world total never slip in.
/// </summary>
public sealed class GasReaderTests : IDisposable
{
    private const string Deliveries = """
        year,deliveries_bcm,source_id,source_quote,note
        2021,10.4,SRC,q,
        2020,4.1,SRC,q,
        """;

    // Consumption in two units, imports in two units, and a measure none of the bcm readers asks for.
    private const string Supply = """
        year,measure,value,unit,source_id,source_quote,note
        2022,consumption,365,bcm,SRC,q,
        2021,consumption,372,bcm,SRC,q,
        2022,consumption,3600,twh,SRC,q,
        2022,production,220,bcm,SRC,q,
        2022,imports,152,bcm,SRC,q,
        2022,imports,109,mt,SRC,q,
        2022,imports_lng,63,mt,SRC,q,
        2022,import_dependence,41,percent,SRC,q,
        """;

    // 2023 pipeline in mt: TKM and RUS count. Left out: the world total, RUS in bcm, LNG, a half year
    // (UZB), a period that ends on 31 Dec but starts in February (MMR), and MMR's 2022 row. 2021 holds
    // only the world total.
    private const string BySupplier = """
        period_start,period_end,supplier,mode,value,unit,source_id,source_quote,note
        2023-01-01,2023-12-31,TKM,pipeline,23,mt,SRC,q,
        2023-01-01,2023-12-31,RUS,pipeline,16.4,mt,SRC,q,
        2023-01-01,2023-12-31,WLD,pipeline,42.1,mt,SRC,q,
        2023-01-01,2023-12-31,RUS,pipeline,22.7,bcm,SRC,q,
        2023-01-01,2023-12-31,AUS,lng,24.2,mt,SRC,q,
        2023-01-01,2023-06-30,UZB,pipeline,1.2,mt,SRC,q,
        2023-02-01,2023-12-31,MMR,pipeline,2.8,mt,SRC,q,
        2022-01-01,2022-12-31,MMR,pipeline,2.9,mt,SRC,q,
        2021-01-01,2021-12-31,WLD,pipeline,40,mt,SRC,q,
        """;

    private const string Exports = """
        year,measure,volume_bcm,source_id,source_quote,note
        2022,pipeline_exports_to_europe,62,SRC,q,
        2021,pipeline_exports_to_europe,137,SRC,q,
        2021,gazprom_exports_non_cis,185.1,SRC,q,
        2022,gazprom_exports_non_cis,100.9,SRC,q,
        """;

    private readonly FixtureCatalog _fixture = FixtureCatalog.With(
        (PowerOfSiberia.Dataset, Deliveries), (ChinaGasSupply.Dataset, Supply),
        (ChinaGasImports.Dataset, BySupplier), (RussiaGasExports.Dataset, Exports));

    private DataCatalog Data => _fixture.Data;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void DeliveriesBcm_Fixture_IsTheDeliveriesByYearAscending()
    {
        var deliveries = PowerOfSiberia.DeliveriesBcm(Data);

        Assert.Equal([2020, 2021], deliveries.Keys.ToArray());
        Assert.Equal([4.1, 10.4], deliveries.Values.ToArray());
    }

    [Theory]
    [InlineData(nameof(ChinaGasSupply.ProductionBcm), 220)]
    [InlineData(nameof(ChinaGasSupply.ImportsBcm), 152)]
    [InlineData(nameof(ChinaGasSupply.PublishedImportDependencePercent), 41)]
    public void SupplyMeasure_2022_IsThatMeasuresOnlyRowInItsUnit(string reader, double expected)
    {
        var series = SupplyReader(reader)(Data);

        Assert.Equal([2022], series.Keys.ToArray());
        Assert.Equal(expected, series[2022]);
    }

    [Fact]
    public void ConsumptionBcm_Fixture_IsTheBcmRowsByYearNotTheTwhRow()
    {
        var consumption = ChinaGasSupply.ConsumptionBcm(Data);

        Assert.Equal([2021, 2022], consumption.Keys.ToArray());
        Assert.Equal([372.0, 365.0], consumption.Values.ToArray());
    }

    [Fact]
    public void Measure_ImportsInMegatonnes_IsTheMtRowOnly()
    {
        var imports = ChinaGasSupply.Measure(Data, "imports", "mt");

        Assert.Equal([2022], imports.Keys.ToArray());
        Assert.Equal(109.0, imports[2022]);
    }

    [Fact]
    public void Measure_ImportDependenceInBcm_SaysItIsHeldInPercent()
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaGasSupply.Measure(Data, "import_dependence", "bcm"));

        Assert.Contains("has no rows with measure=import_dependence, unit=bcm. For measure=import_dependence it holds unit percent.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_ConsumptionInAnUnheldUnit_NamesBothUnitsItIsHeldIn()
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaGasSupply.Measure(Data, "consumption", "mt"));

        Assert.Contains("For measure=consumption it holds unit bcm, twh.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_Unknown_ListsTheMeasuresTheDataHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaGasSupply.Measure(Data, "imports_pipeline", "bcm"));

        Assert.Contains("has no measure 'imports_pipeline'. Known values: consumption, import_dependence, imports, imports_lng, production.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BySupplier_PipelineMegatonnes2023_IsFullYearSupplierRowsOnlyByCode()
    {
        var suppliers = ChinaGasImports.BySupplier(Data, 2023, "pipeline", "mt");

        // TKM comes first in the file; the world total, the bcm and LNG rows, UZB's half year, MMR's
        // February–December 2023 and its 2022 row are all left out.
        Assert.Equal(["RUS", "TKM"], suppliers.Keys.ToArray());
        Assert.Equal([16.4, 23.0], suppliers.Values.ToArray());
    }

    [Fact]
    public void BySupplier_PipelineBcm2023_IsTheBcmRowOnly()
    {
        var suppliers = ChinaGasImports.BySupplier(Data, 2023, "pipeline", "bcm");

        Assert.Equal(["RUS"], suppliers.Keys.ToArray());
        Assert.Equal(22.7, suppliers["RUS"]);
    }

    [Fact]
    public void BySupplier_Lng2023_IsTheLngRowOnly()
    {
        var suppliers = ChinaGasImports.BySupplier(Data, 2023, "lng", "mt");

        Assert.Equal(["AUS"], suppliers.Keys.ToArray());
        Assert.Equal(24.2, suppliers["AUS"]);
    }

    [Theory]
    [InlineData(2021)] // only the world total
    [InlineData(2020)] // nothing at all
    public void BySupplier_YearWithoutFullYearSupplierRows_SaysSo(int year)
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaGasImports.BySupplier(Data, year, "pipeline", "mt"));

        Assert.Equal($"Dataset 'gas-china-imports-by-supplier' has no full-year pipeline supplier rows in mt for {year}. (Parameter 'year')", e.Message);
    }

    [Fact]
    public void BySupplier_ModeInAnUnheldUnit_NamesTheUnitsItIsHeldIn()
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaGasImports.BySupplier(Data, 2023, "lng", "bcm"));

        Assert.Contains("For mode=lng it holds unit mt.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PipelineToEuropeBcm_Fixture_IsThatMeasureByYearAscending()
    {
        var pipeline = RussiaGasExports.PipelineToEuropeBcm(Data);

        Assert.Equal([2021, 2022], pipeline.Keys.ToArray());
        Assert.Equal([137.0, 62.0], pipeline.Values.ToArray());
    }

    [Fact]
    public void GazpromOutsideCisBcm_Fixture_IsThatMeasureByYearAscending()
    {
        var gazprom = RussiaGasExports.GazpromOutsideCisBcm(Data);

        Assert.Equal([2021, 2022], gazprom.Keys.ToArray());
        Assert.Equal([185.1, 100.9], gazprom.Values.ToArray());
    }

    private static Func<DataCatalog, Series<int, double>> SupplyReader(string name) => name switch
    {
        nameof(ChinaGasSupply.ProductionBcm) => ChinaGasSupply.ProductionBcm,
        nameof(ChinaGasSupply.ImportsBcm) => ChinaGasSupply.ImportsBcm,
        nameof(ChinaGasSupply.PublishedImportDependencePercent) => ChinaGasSupply.PublishedImportDependencePercent,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such reader"),
    };
}
