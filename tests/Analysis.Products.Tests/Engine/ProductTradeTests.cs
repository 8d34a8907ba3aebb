using System.IO.Compression;
using Analysis.Products.Codes;
using Analysis.Products.Engine;
using Analysis.Products.Tests.Support;
using Deedle;

namespace Analysis.Products.Tests.Engine;

/// <summary>Queries on the hand-made fixture (Fixtures/README.md lists every flow and the totals expected here).</summary>
public sealed class ProductTradeTests
{
    private static ProductTrade Fixture(string? path = null, ReadOptions? options = null) =>
        ProductTrade.Open(path ?? TestData.BaciFixture, TestData.Countries, options: options);

    private static Frame<int, string> ChinaToRussia(ProductTrade trade, HsLevel level = HsLevel.Chapter) =>
        trade.Aggregate(ProductQuery.Between("CHN", "RUS", level, 2022));

    [Fact]
    public void Aggregate_ChinaToRussiaByChapter_MatchesHandTotals()
    {
        var frame = ChinaToRussia(Fixture());
        Assert.Equal(["84", "85", "87"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal(20, TestData.Cell<double>(frame, ProductColumns.HsCode, "84", ProductColumns.ValueUsdThousands), Tolerance.Places);
        Assert.Equal(5.125, TestData.Cell<double>(frame, ProductColumns.HsCode, "85", ProductColumns.ValueUsdThousands), Tolerance.Places);
        Assert.Equal(150.75, TestData.Cell<double>(frame, ProductColumns.HsCode, "87", ProductColumns.ValueUsdThousands), Tolerance.Places);
        Assert.Equal(10, TestData.Cell<double>(frame, ProductColumns.HsCode, "87", ProductColumns.QuantityTonnes), Tolerance.Places);
        Assert.Equal(2, TestData.Cell<long>(frame, ProductColumns.HsCode, "87", ProductColumns.Flows));
        Assert.Equal(1, TestData.Cell<long>(frame, ProductColumns.HsCode, "87", ProductColumns.FlowsWithoutQuantity));
    }

    [Fact]
    public void Aggregate_Columns_AreTheDocumentedOnesInOrder()
    {
        string[] expected =
        [
            ProductColumns.Year, ProductColumns.Exporter, ProductColumns.ExporterName, ProductColumns.ExporterCode, ProductColumns.Importer,
            ProductColumns.ImporterName, ProductColumns.ImporterCode, ProductColumns.HsLevel, ProductColumns.HsCode, ProductColumns.HsTitle,
            ProductColumns.ValueUsdThousands, ProductColumns.QuantityTonnes, ProductColumns.Flows, ProductColumns.FlowsWithoutQuantity, ProductColumns.HsRevision,
        ];
        Assert.Equal(expected, ChinaToRussia(Fixture()).ColumnKeys);
    }

    [Fact]
    public void Aggregate_ChapterWhoseFlowsAllLackQuantity_HasMissingQuantityNotZero()
    {
        var frame = ChinaToRussia(Fixture());
        var row = frame.GetColumn<string>(ProductColumns.HsCode).Observations.Single(o => o.Value == "84").Key;
        Assert.False(frame.GetColumn<double>(ProductColumns.QuantityTonnes).TryGet(row).HasValue);
    }

    [Fact]
    public void Aggregate_Result_StatesNamesTitlesAndRevision()
    {
        var frame = ChinaToRussia(Fixture());
        Assert.All(frame.GetColumn<string>(ProductColumns.Exporter).Values, e => Assert.Equal("CHN", e));
        Assert.All(frame.GetColumn<string>(ProductColumns.ImporterName).Values, n => Assert.Equal("Russia", n));
        Assert.All(frame.GetColumn<string>(ProductColumns.HsRevision).Values, r => Assert.Equal("HS22", r));
        Assert.Equal(HsNomenclature.Chapter(87)!.Title, TestData.Cell<string>(frame, ProductColumns.HsCode, "87", ProductColumns.HsTitle));
    }

    [Fact]
    public void Aggregate_BySection_RollsChaptersUp()
    {
        var frame = ChinaToRussia(Fixture(), HsLevel.Section);
        Assert.Equal(["XVI", "XVII"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal(25.125, TestData.Cell<double>(frame, ProductColumns.HsCode, "XVI", ProductColumns.ValueUsdThousands), Tolerance.Places);
        Assert.Equal(1, TestData.Cell<double>(frame, ProductColumns.HsCode, "XVI", ProductColumns.QuantityTonnes), Tolerance.Places);
        Assert.Equal(2, TestData.Cell<long>(frame, ProductColumns.HsCode, "XVI", ProductColumns.Flows));
    }

    [Fact]
    public void Aggregate_ByHeadingWithProductFilter_KeepsOnlyThoseProducts()
    {
        var frame = Fixture().Aggregate(new ProductQuery(["CHN"], ["RUS"], [2022], ["87"], HsLevel.Heading));
        Assert.Equal(["8703"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal(150.75, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values.Single(), Tolerance.Places);
    }

    [Fact]
    public void Aggregate_OtherYear_ReadsOnlyThatYear()
    {
        var frame = Fixture().Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Product, 2021));
        Assert.Equal(["870323"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal(80, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values.Single(), Tolerance.Places);
    }

    [Fact]
    public void Aggregate_ExporterByBaciSpecificCode_IsFound()
    {
        var frame = Fixture().Aggregate(new ProductQuery(["FRA"], ["CHN"], [2022]));
        Assert.Equal(12, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values.Single(), Tolerance.Places);
        Assert.Equal(251, frame.GetColumn<int>(ProductColumns.ExporterCode).Values.Single());
    }

    [Fact]
    public void Aggregate_AllExportersToChina_ReportsUnmappedCodeInsteadOfDroppingIt()
    {
        var frame = Fixture().Aggregate(new ProductQuery(Importers: ["CHN"], Years: [2022]));
        var exporters = frame.GetColumn<string>(ProductColumns.Exporter).Values.ToList();
        Assert.Contains("#999", exporters);
        Assert.Contains("unmapped code 999", frame.GetColumn<string>(ProductColumns.ExporterName).Values);
        Assert.Equal(12 + 2 + 507, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values.Sum(), Tolerance.Places);
    }

    [Fact]
    public void Aggregate_ExportersAddedTogether_SumsOverThem()
    {
        var frame = Fixture().Aggregate(new ProductQuery(Importers: ["CHN"], Years: [2022], ByExporter: false));
        Assert.All(frame.GetColumn<string>(ProductColumns.Exporter).Values, e => Assert.Equal("ALL", e));
        Assert.Equal(14, TestData.Cell<double>(frame, ProductColumns.HsCode, "30", ProductColumns.ValueUsdThousands), Tolerance.Places);
        Assert.Equal(500, TestData.Cell<double>(frame, ProductColumns.HsCode, "27", ProductColumns.ValueUsdThousands), Tolerance.Places);
    }

    [Fact]
    public void CountryCodesInFile_EveryCode_IsListedWithItsMapping()
    {
        var frame = Fixture().CountryCodesInFile();
        Assert.Equal([156, 251, 643, 842, 999], frame.GetColumn<int>("code_numeric").Values);
        Assert.Equal([true, true, true, true, false], frame.GetColumn<bool>("mapped").Values);
        Assert.Equal(5, TestData.Cell<long>(frame, "country", "CHN", "flows_as_exporter"));
    }

    [Fact]
    public void Aggregate_UnknownProductCode_ThrowsWithExample()
    {
        var e = Assert.Throws<ArgumentException>(() => Fixture().Aggregate(new ProductQuery(Products: ["870"])));
        Assert.Contains("2, 4 or 6 digits", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportsByLine_RussiaFromChina_SplitsSupplierAndOthers()
    {
        var frame = Fixture().ImportsByLine("RUS", "CHN", 2022);
        Assert.Equal(["847130", "850440", "870323", "870332"], frame.GetColumn<string>(ProductColumns.Hs6).Values);
        Assert.Equal(100.5, TestData.Cell<double>(frame, ProductColumns.Hs6, "870323", ProductColumns.ImportsFromSupplierUsdThousands), Tolerance.Places);
        Assert.Equal(1, TestData.Cell<double>(frame, ProductColumns.Hs6, "870323", ProductColumns.ImportsFromOthersUsdThousands), Tolerance.Places);
        Assert.Equal(10, TestData.Cell<double>(frame, ProductColumns.Hs6, "870323", ProductColumns.QuantityFromSupplierTonnes), Tolerance.Places);
        var row = frame.GetColumn<string>(ProductColumns.Hs6).Observations.Single(o => o.Value == "870332").Key;
        Assert.False(frame.GetColumn<double>(ProductColumns.QuantityFromSupplierTonnes).TryGet(row).HasValue);
    }

    [Fact]
    public void Aggregate_GzipFile_GivesTheSameResult()
    {
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vtest.csv.gz");
        using (var output = new GZipStream(File.Create(path), CompressionLevel.Optimal))
        {
            output.Write(File.ReadAllBytes(TestData.BaciFixture));
        }

        AssertSameAsFixture(Fixture(path));
    }

    [Fact]
    public void Aggregate_PaddedNaQuantities_GiveTheSameResult()
    {
        var text = File.ReadAllText(TestData.BaciFixture).Replace(",NA\n", ",          NA\n", StringComparison.Ordinal);
        AssertSameAsFixture(Fixture(TestData.WriteFile("BACI_HS22_Y2022_Vpadded.csv", text)));
    }

    [Fact]
    public void ConvertToParquet_Fixture_QueriesGiveTheSameResult()
    {
        var output = TestData.NewFolder();
        var written = ProductTrade.ConvertToParquet(TestData.BaciFixture, output);
        var parquet = Assert.Single(written);
        Assert.Equal("BACI_HS22_Y2022_Vtest.parquet", Path.GetFileName(parquet));
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        var trade = Fixture(parquet);
        Assert.Equal(ProductFileFormat.Parquet, trade.File.Format);
        AssertSameAsFixture(trade);
    }

    [Fact]
    public void ConvertToParquet_PaddedNaQuantities_KeepsEveryRow()
    {
        var text = File.ReadAllText(TestData.BaciFixture).Replace(",NA\n", ",          NA\n", StringComparison.Ordinal);
        var parquet = ProductTrade.ConvertToParquet(TestData.WriteFile("BACI_HS22_Y2022_Vpadded.csv", text))[0];
        AssertSameAsFixture(Fixture(parquet));
    }

    [Fact]
    public void ConvertToParquet_Folder_ConvertsEveryYearAndSkipsCodeTables()
    {
        var folder = TestData.NewFolder();
        File.Copy(TestData.BaciFixture, Path.Combine(folder, "BACI_HS22_Y2022_Vtest.csv"));
        File.WriteAllText(Path.Combine(folder, "BACI_HS22_Y2021_Vtest.csv"), "t,i,j,k,v,q\n2021,156,643,870323,80,8\n");
        File.WriteAllText(Path.Combine(folder, "country_codes_Vtest.csv"), "country_code,country_name,country_iso2,country_iso3\n156,China,CN,CHN\n");
        var output = TestData.NewFolder();
        var written = ProductTrade.ConvertToParquet(folder, output);
        Assert.Equal(["BACI_HS22_Y2021_Vtest.parquet", "BACI_HS22_Y2022_Vtest.parquet"], written.Select(Path.GetFileName));
        var both = Fixture(output);
        Assert.Equal(ProductFileFormat.Parquet, both.File.Format);
        var frame = both.Aggregate(new ProductQuery(["CHN"], ["RUS"], Level: HsLevel.Product, Products: ["870323"]));
        Assert.Equal([2021, 2022], frame.GetColumn<int>(ProductColumns.Year).Values);
        Assert.Equal([80.0 + 80.0, 100.5], frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values);
    }

    [Fact]
    public void Aggregate_ComtradeBulkImports_ReadsTotalsOfSixDigitFlowsOnly()
    {
        var trade = ProductTrade.Open(TestData.ComtradeFixture, TestData.Countries, HsRevision.HS22);
        Assert.Equal(ProductFileFormat.ComtradeCsv, trade.File.Format);
        var frame = trade.Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Product, 2022));
        Assert.Equal(["847130", "870323"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal(150, TestData.Cell<double>(frame, ProductColumns.HsCode, "870323", ProductColumns.ValueUsdThousands), Tolerance.Places);
        Assert.Equal(10, TestData.Cell<double>(frame, ProductColumns.HsCode, "870323", ProductColumns.QuantityTonnes), Tolerance.Places);
        Assert.Equal(1, TestData.Cell<long>(frame, ProductColumns.HsCode, "847130", ProductColumns.FlowsWithoutQuantity));
    }

    [Fact]
    public void Aggregate_ComtradeBulkExports_ReadsTheReportersExports()
    {
        var trade = ProductTrade.Open(TestData.ComtradeFixture, TestData.Countries, HsRevision.HS22, new ReadOptions(ComtradeFlow: ComtradeFlow.Exports));
        var frame = trade.Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Product, 2022));
        Assert.Equal(140, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values.Single(), Tolerance.Places);
    }

    private static void AssertSameAsFixture(ProductTrade trade)
    {
        var expected = ChinaToRussia(Fixture());
        var actual = ChinaToRussia(trade);
        Assert.Equal(expected.GetColumn<string>(ProductColumns.HsCode).Values, actual.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal(expected.GetColumn<double>(ProductColumns.ValueUsdThousands).Values, actual.GetColumn<double>(ProductColumns.ValueUsdThousands).Values);
        Assert.Equal(expected.GetColumn<double>(ProductColumns.QuantityTonnes).Observations, actual.GetColumn<double>(ProductColumns.QuantityTonnes).Observations);
        Assert.Equal(expected.GetColumn<long>(ProductColumns.FlowsWithoutQuantity).Values, actual.GetColumn<long>(ProductColumns.FlowsWithoutQuantity).Values);
    }

    [Fact]
    public void ImportsByLine_EveryColumn_NamesChapterAndRevision()
    {
        // Fixtures/README.md: Russia's 2022 imports from China; 847130's quantity is empty, 870332's is NA.
        var frame = Fixture().ImportsByLine("RUS", "CHN", 2022);

        Assert.Equal(["84", "85", "87", "87"], frame.GetColumn<string>(ProductColumns.HsChapter).Values);
        Assert.All(frame.GetColumn<string>(ProductColumns.HsRevision).Values, r => Assert.Equal("HS22", r));
        Assert.Equal(1, TestData.Cell<double>(frame, ProductColumns.Hs6, "850440", ProductColumns.QuantityFromSupplierTonnes), Tolerance.Places);
        var row = frame.GetColumn<string>(ProductColumns.Hs6).Observations.Single(o => o.Value == "847130").Key;
        Assert.False(frame.GetColumn<double>(ProductColumns.QuantityFromSupplierTonnes).TryGet(row).HasValue);
    }

    [Fact]
    public void CountryCodesInFile_China_CountsBothDirectionsAndNamesIt()
    {
        // China (156) exports on five lines (four in 2022, one in 2021) and imports on five (643, 251 and 999 to 156).
        var frame = Fixture().CountryCodesInFile();

        Assert.Equal("China", TestData.Cell<string>(frame, "country", "CHN", "name"));
        Assert.Equal(5, TestData.Cell<long>(frame, "country", "CHN", "flows_as_importer"));
        Assert.Equal(0, TestData.Cell<long>(frame, "country", "USA", "flows_as_importer"));
    }

    [Fact]
    public void Aggregate_ImportersTogether_AreLabelledAllAndSummed()
    {
        // China's 2022 exports by chapter to every importer in the file together: only Russia buys from China here,
        // so chapter 87 is 100.5 + 50.25.
        var frame = Fixture().Aggregate(new ProductQuery(Exporters: ["CHN"], Years: [2022], ByImporter: false));

        Assert.All(frame.GetColumn<string>(ProductColumns.Importer).Values, v => Assert.Equal("ALL", v));
        Assert.All(frame.GetColumn<string>(ProductColumns.ImporterName).Values, v => Assert.Equal("all selected importers", v));
        Assert.All(frame.GetColumn<string>(ProductColumns.Exporter).Values, v => Assert.Equal("CHN", v));
        Assert.Equal(150.75, TestData.Cell<double>(frame, ProductColumns.HsCode, "87", ProductColumns.ValueUsdThousands), Tolerance.Places);
    }
}
