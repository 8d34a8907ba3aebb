using System.IO.Compression;
using Analysis.Products.Codes;
using Analysis.Products.Engine;
using Analysis.Products.Tests.Support;
using Deedle;

namespace Analysis.Products.Tests.Engine;

/// <summary>Queries on the hand-made fixture (Fixtures/README.md lists every flow and the totals expected here).</summary>
public sealed class ProductTradeTests
{
    private const string Header = "t,i,j,k,v,q\n";

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
        Assert.All(frame.GetColumn<string>(ProductColumns.ExporterName).Values, n => Assert.Equal("all selected exporters", n));
        Assert.All(frame.GetColumn<int>(ProductColumns.ExporterCode).Values, c => Assert.Equal(0, c));
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
    public void ConvertToParquet_RunAgain_ReplacesTheEarlierOutput()
    {
        // An analyst re-runs the conversion after fixing the source: the second run replaces the first file.
        var output = TestData.NewFolder();
        var first = Assert.Single(ProductTrade.ConvertToParquet(TestData.BaciFixture, output));
        var second = Assert.Single(ProductTrade.ConvertToParquet(TestData.BaciFixture, output));

        Assert.Equal(first, second);
        Assert.Equal(["BACI_HS22_Y2022_Vtest.parquet"], Directory.GetFiles(output).Select(Path.GetFileName));
        AssertSameAsFixture(Fixture(second));
    }

    [Fact]
    public void ConvertToParquet_ApostropheInTheOutputFolder_WritesThere()
    {
        // The COPY target is an SQL string literal, so the quote in "analyst's data" must be doubled, not dropped.
        var output = Path.Combine(TestData.NewFolder(), "analyst's data");
        var parquet = Assert.Single(ProductTrade.ConvertToParquet(TestData.BaciFixture, output));

        Assert.Equal(Path.Combine(output, "BACI_HS22_Y2022_Vtest.parquet"), parquet);
        AssertSameAsFixture(Fixture(parquet));
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
        Assert.All(frame.GetColumn<int>(ProductColumns.ImporterCode).Values, c => Assert.Equal(0, c));
        Assert.All(frame.GetColumn<string>(ProductColumns.Exporter).Values, v => Assert.Equal("CHN", v));
        Assert.Equal(150.75, TestData.Cell<double>(frame, ProductColumns.HsCode, "87", ProductColumns.ValueUsdThousands), Tolerance.Places);
    }

    [Fact]
    public void Open_WithCountries_UsesThoseGiven() =>
        Assert.Same(TestData.Countries, ProductTrade.Open(TestData.BaciFixture, TestData.Countries).Countries);

    [Fact]
    public void Open_WithoutCountries_UsesTheBundledList()
    {
        // Japan (392) is in the project's countries list and not in the fixture's.
        var trade = ProductTrade.Open(TestData.BaciFixture);

        Assert.Equal("Japan", trade.Countries.NameOf(392));
    }

    [Fact]
    public void Aggregate_NullQuery_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("query", () => Fixture().Aggregate(null!));

    [Fact]
    public void Aggregate_NoFilter_AddsUpEveryFlowByYearAndChapter()
    {
        // Fixtures/README.md, every flow: 2021: ch 87 80. 2022: ch 27 300 + 200; ch 30 12 + 2; ch 44 7; ch 84 20;
        // ch 85 5.125; ch 87 100.5 + 50.25 + 1 = 151.75.
        var frame = Fixture().Aggregate(new ProductQuery(ByExporter: false, ByImporter: false));

        Assert.Equal([2021, 2022, 2022, 2022, 2022, 2022, 2022], frame.GetColumn<int>(ProductColumns.Year).Values);
        Assert.Equal(["87", "27", "30", "44", "84", "85", "87"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal([80, 500, 14, 7, 20, 5.125, 151.75], frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values);
        Assert.Equal([1L, 2L, 2L, 1L, 1L, 1L, 3L], frame.GetColumn<long>(ProductColumns.Flows).Values);
    }

    [Theory]
    [InlineData(HsLevel.Chapter, "01", "Animals; live")]
    [InlineData(HsLevel.Heading, "0101", "")]
    [InlineData(HsLevel.Product, "010121", "")]
    public void Aggregate_ChapterOneProduct_KeepsTheLeadingZeroAtEveryLevel(HsLevel level, string code, string title)
    {
        // 010121 (pure-bred breeding horses), chapter 01; titles are bundled for chapters only.
        var frame = Fixture(LiveHorses()).Aggregate(ProductQuery.Between("CHN", "RUS", level, 2022));

        Assert.Equal(code, frame.GetColumn<string>(ProductColumns.HsCode).Values.Single());
        Assert.Equal(title, frame.GetColumn<string>(ProductColumns.HsTitle).Values.Single());
    }

    [Fact]
    public void ImportsByLine_ChapterOneProduct_KeepsTheLeadingZeros()
    {
        var frame = Fixture(LiveHorses()).ImportsByLine("RUS", "CHN", 2022);

        Assert.Equal("010121", frame.GetColumn<string>(ProductColumns.Hs6).Values.Single());
        Assert.Equal("01", frame.GetColumn<string>(ProductColumns.HsChapter).Values.Single());
    }

    [Fact]
    public void Aggregate_ByChapter_TitlesChaptersOutsideTheNomenclature()
    {
        // 98 is no HS chapter; 99 is one, without a section.
        var frame = Fixture(OutsideTheSections()).Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Chapter, 2022));

        Assert.Equal(["87", "98", "99"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal("not an HS chapter", TestData.Cell<string>(frame, ProductColumns.HsCode, "98", ProductColumns.HsTitle));
        Assert.Equal("Commodities not specified according to kind", TestData.Cell<string>(frame, ProductColumns.HsCode, "99", ProductColumns.HsTitle));
    }

    [Fact]
    public void Aggregate_BySection_GroupsChaptersOutsideTheSectionsUnderADash()
    {
        // Chapters 98 (3) and 99 (4) together: 7, two flows; chapter 87 is section XVII: 100.
        var frame = Fixture(OutsideTheSections()).Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Section, 2022));

        Assert.Equal(["—", "XVII"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal(
            ["chapters outside the 21 sections (98, 99, unknown)", "Vehicles, aircraft, vessels and associated transport equipment"],
            frame.GetColumn<string>(ProductColumns.HsTitle).Values);
        Assert.Equal([7.0, 100.0], frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values);
        Assert.Equal([2L, 1L], frame.GetColumn<long>(ProductColumns.Flows).Values);
    }

    [Fact]
    public void Aggregate_BySection_SumsQuantitiesOfEveryChapterAndLeavesMissingWhenNoneHasOne()
    {
        // Section XVI: ch 84 = 847130 (20, 2 t) + 847150 (1, NA); ch 85 = 850440 (5, 3 t) + 850450 (4, NA)
        //   -> value 30, quantity 2 + 3 = 5 t, flows 4, without quantity 1 + 1 = 2.
        // Section I: 010121 (7, NA) -> value 7, quantity missing (not 0), flows 1, without quantity 1.
        var path = TestData.WriteFile("BACI_HS22_Y2022_Vsections.csv", Header
            + "2022,156,643,847130,20,2\n2022,156,643,847150,1,NA\n2022,156,643,850440,5,3\n2022,156,643,850450,4,NA\n2022,156,643,010121,7,NA\n");

        var frame = Fixture(path).Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Section, 2022));

        Assert.Equal(["I", "XVI"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal([7.0, 30.0], frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values);
        Assert.False(frame.GetColumn<double>(ProductColumns.QuantityTonnes).TryGet(0).HasValue);
        Assert.Equal(5, frame.GetColumn<double>(ProductColumns.QuantityTonnes).Get(1), Tolerance.Places);
        Assert.Equal([1L, 4L], frame.GetColumn<long>(ProductColumns.Flows).Values);
        Assert.Equal([1L, 2L], frame.GetColumn<long>(ProductColumns.FlowsWithoutQuantity).Values);
    }

    [Fact]
    public void Aggregate_BySection_OrdersRowsByYearExporterImporterAndSection()
    {
        // Lines given out of order; expected: 2021 156->643 (4), 2022 156->251 (2), 2022 156->643 (1), 2022 643->156 (3).
        var path = TestData.WriteFile("BACI_HS22_Y2022_Vorder.csv", Header
            + "2022,156,643,870323,1,1\n2022,156,251,870323,2,1\n2022,643,156,270900,3,1\n2021,156,643,870323,4,1\n");

        var frame = Fixture(path).Aggregate(new ProductQuery(Level: HsLevel.Section));

        Assert.Equal([2021, 2022, 2022, 2022], frame.GetColumn<int>(ProductColumns.Year).Values);
        Assert.Equal([156, 156, 156, 643], frame.GetColumn<int>(ProductColumns.ExporterCode).Values);
        Assert.Equal([643, 251, 643, 156], frame.GetColumn<int>(ProductColumns.ImporterCode).Values);
        Assert.Equal([4.0, 2.0, 1.0, 3.0], frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values);
    }

    [Fact]
    public void CountryCodesInFile_UnmappedCode_HasNoCountryAndIsNamedUnmapped()
    {
        // 999 exports once (300490 to China) and is in neither the fixture countries nor the BACI-specific table.
        var frame = Fixture().CountryCodesInFile();
        var row = frame.GetColumn<int>("code_numeric").Observations.Single(o => o.Value == 999).Key;

        Assert.Equal("", frame.GetColumn<string>("country").Get(row));
        Assert.Equal("unmapped code 999", frame.GetColumn<string>("name").Get(row));
        Assert.Equal(1, frame.GetColumn<long>("flows_as_exporter").Get(row));
    }

    [Fact]
    public void ImportsByLine_SupplierUnderTwoCodes_SumsThemAndMissesTheQuantityWhenOneFlowHasNone()
    {
        // France is 250 (ISO) and 251 (BACI). China's imports from France:
        //   300410: 2 (0.5 t) + 3 (0.25 t) -> 5, 0.75 t; 300490: 5 (1 t) + 12 (NA) -> 17, quantity missing (a flow has none).
        // Germany (276) sells 300490 for 7: the others.
        var path = TestData.WriteFile("BACI_HS22_Y2022_Vfrance.csv", Header
            + "2022,250,156,300490,5,1\n2022,251,156,300490,12,NA\n2022,250,156,300410,2,0.5\n2022,251,156,300410,3,0.25\n2022,276,156,300490,7,1\n");

        var frame = Fixture(path).ImportsByLine("CHN", "FRA", 2022);

        Assert.Equal(["300410", "300490"], frame.GetColumn<string>(ProductColumns.Hs6).Values);
        Assert.Equal([5.0, 17.0], frame.GetColumn<double>(ProductColumns.ImportsFromSupplierUsdThousands).Values);
        Assert.Equal(0.75, frame.GetColumn<double>(ProductColumns.QuantityFromSupplierTonnes).Get(0), Tolerance.Places);
        Assert.False(frame.GetColumn<double>(ProductColumns.QuantityFromSupplierTonnes).TryGet(1).HasValue);
        Assert.Equal([0.0, 7.0], frame.GetColumn<double>(ProductColumns.ImportsFromOthersUsdThousands).Values);
    }

    [Fact]
    public void Aggregate_FileWithoutMalformedLines_ReportsNone()
    {
        var trade = Fixture();

        trade.Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Chapter, 2022));

        Assert.Equal(MalformedLineReport.None, trade.LastMalformedLines);
    }

    [Theory]
    [InlineData("BACI_HS22_Y2022_Vtest.csv.gz", "BACI_HS22_Y2022_Vtest.parquet")]
    [InlineData("comtrade-HS22-2022.txt", "comtrade-HS22-2022.parquet")]
    public void ConvertToParquet_CompressedOrTxtInput_DropsEveryDataExtensionFromTheName(string input, string output)
    {
        var path = Path.Combine(TestData.NewFolder(), input);
        if (input.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
            gzip.Write(File.ReadAllBytes(TestData.BaciFixture));
        }
        else
        {
            File.Copy(TestData.ComtradeFixture, path);
        }

        var written = ProductTrade.ConvertToParquet(path);

        Assert.Equal(output, Path.GetFileName(Assert.Single(written)));
    }

    [Fact]
    public void ConvertToParquet_OutputFolderNotYetThere_IsCreated()
    {
        var output = Path.Combine(TestData.NewFolder(), "parquet", "HS22");

        var written = ProductTrade.ConvertToParquet(TestData.BaciFixture, output);

        Assert.Equal(Path.Combine(output, "BACI_HS22_Y2022_Vtest.parquet"), Assert.Single(written));
        Assert.True(File.Exists(written[0]));
    }

    [Fact]
    public void ConvertToParquet_SkippingMalformedLines_WritesTheOtherLines()
    {
        // Line 3 (v = "abc") is left out; line 2 (870323, 100.5) is written.
        var csv = TestData.WriteFile("BACI_HS22_Y2022_Vskip.csv", Header + "2022,156,643,870323,100.5,10\n2022,156,643,870332,abc,1\n");

        var parquet = Assert.Single(ProductTrade.ConvertToParquet(csv, options: new ReadOptions(SkipMalformedLines: true)));

        var frame = ChinaToRussia(Fixture(parquet), HsLevel.Product);
        Assert.Equal(["870323"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal(100.5, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values.Single(), Tolerance.Places);
    }

    /// <summary>China -> Russia 2022: 010121 (pure-bred breeding horses), 7 thousand USD, 2 t.</summary>
    private static string LiveHorses() => TestData.WriteFile("BACI_HS22_Y2022_Vhorses.csv", Header + "2022,156,643,010121,7,2\n");

    /// <summary>China -> Russia 2022: 870323 (100, 10 t), 980100 (3, NA) and 999999 (4, NA).</summary>
    private static string OutsideTheSections() =>
        TestData.WriteFile("BACI_HS22_Y2022_Voutside.csv", Header + "2022,156,643,870323,100,10\n2022,156,643,980100,3,NA\n2022,156,643,999999,4,NA\n");
}
