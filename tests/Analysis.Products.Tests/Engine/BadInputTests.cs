using System.IO.Compression;
using Analysis.Products.Codes;
using Analysis.Products.Engine;
using Analysis.Products.Generation;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Engine;

/// <summary>Every kind of bad input the issue names: malformed lines, truncated gzip, missing file, wrong format.</summary>
public sealed class BadInputTests
{
    private const string Header = "t,i,j,k,v,q\n";

    private static ProductTrade Open(string path, bool skip = false) =>
        ProductTrade.Open(path, TestData.Countries, options: new ReadOptions(SkipMalformedLines: skip));

    private static ProductQuery ChinaToRussia => ProductQuery.Between("CHN", "RUS", HsLevel.Chapter, 2022);

    private static string Malformed() => TestData.WriteFile("BACI_HS22_Y2022_Vbad.csv",
        Header
        + "2022,156,643,870323,100.5,10\n"   // line 2
        + "2022,156,643,870332,abc,1\n"      // line 3: v not a number
        + "2022,156,643,847130,20,1\n"       // line 4
        + "2022,156,643,850440,5\n"          // line 5: five fields
        + "2022,156,643,850450,5,1,9\n"      // line 6: seven fields
        + "2022,156,643,850460,7,x1\n");     // line 7: q not a number

    [Fact]
    public void Aggregate_MalformedLinesByDefault_FailsListingThemWithLineNumbers()
    {
        var e = Assert.Throws<ProductDataException>(() => Open(Malformed()).Aggregate(ChinaToRussia));
        Assert.Equal(4, e.MalformedLines.Count);
        Assert.Equal([3L, 5L, 6L, 7L], e.MalformedLines.First.Select(l => l.Line));
        Assert.Contains("line 3, column v", e.Message, StringComparison.Ordinal);
        Assert.Contains("2022,156,643,850440,5", e.Message, StringComparison.Ordinal);
        Assert.Contains("SkipMalformedLines", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_MalformedLinesSkipped_ResultExcludesAndReportsThem()
    {
        var trade = Open(Malformed(), skip: true);
        var frame = trade.Aggregate(ChinaToRussia);
        Assert.Equal(20, TestData.Cell<double>(frame, ProductColumns.HsCode, "84", ProductColumns.ValueUsdThousands), Tolerance.Places);
        Assert.Equal(100.5, TestData.Cell<double>(frame, ProductColumns.HsCode, "87", ProductColumns.ValueUsdThousands), Tolerance.Places);
        Assert.Equal(["84", "87"], frame.GetColumn<string>(ProductColumns.HsCode).Values);
        Assert.Equal(4, trade.LastMalformedLines.Count);
        Assert.Equal([3L, 5L, 6L, 7L], trade.LastMalformedLines.First.Select(l => l.Line));
    }

    [Fact]
    public void Aggregate_MoreThanTwentyMalformedLines_ShowsTheFirstTwentyAndCountsAll()
    {
        var lines = Enumerable.Range(0, 25).Select(n => $"2022,156,643,8703{n:00},oops,1\n");
        var trade = Open(TestData.WriteFile("BACI_HS22_Y2022_Vmany.csv", Header + "2022,156,643,870323,1,1\n" + string.Concat(lines)));
        var e = Assert.Throws<ProductDataException>(() => trade.Aggregate(ChinaToRussia));
        Assert.Equal(25, e.MalformedLines.Count);
        Assert.Equal(20, e.MalformedLines.First.Count);
        Assert.Equal(Enumerable.Range(3, 20).Select(n => (long)n), e.MalformedLines.First.Select(l => l.Line));
        Assert.Contains("25 malformed line(s), the first 20", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_MalformedLinesDeepInLargeFile_ReportsExactLineNumbers()
    {
        var generated = BaciGenerator.Write(TestData.NewFolder(), new BaciGeneratorOptions(300_000, Countries: 50, Products: 500));
        var lines = File.ReadAllLines(generated.Path);
        lines[150_000] = "2022,156,643,870323,1.5";       // file line 150,001
        lines[299_999] = "2022,156,643,870323,x,1";       // file line 300,000
        File.WriteAllText(generated.Path, string.Join('\n', lines) + "\n");
        var e = Assert.Throws<ProductDataException>(() => Open(generated.Path).Aggregate(new ProductQuery(Years: [2022], ByExporter: false, ByImporter: false)));
        Assert.Equal([150_001L, 300_000L], e.MalformedLines.First.Select(l => l.Line));
    }

    [Fact]
    public void Aggregate_TruncatedGzip_IsAnErrorNotAPartialResult()
    {
        var bytes = Gzip(BaciGenerator.Write(TestData.NewFolder(), new BaciGeneratorOptions(50_000, Countries: 30, Products: 300)).Path);
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vcut.csv.gz");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var e = Assert.Throws<ProductDataException>(() => Open(path).Aggregate(ChinaToRussia));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_GzipMissingTheEndOfItsTrailer_IsAnError()
    {
        var bytes = Gzip(TestData.BaciFixture);
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vtrailer.csv.gz");
        File.WriteAllBytes(path, bytes[..^4]);
        var e = Assert.Throws<ProductDataException>(() => Open(path).Aggregate(ChinaToRussia));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFile_SaysWhatWasExpected()
    {
        var e = Assert.Throws<ProductDataException>(() => Open("/no/such/BACI_HS22_Y2022_V202401b.csv"));
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
        Assert.Contains("t,i,j,k,v,q", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CsvOfAnotherLayout_QuotesItsFirstLine()
    {
        var e = Assert.Throws<ProductDataException>(() => Open(TestData.WriteFile("BACI_HS22_Y2022_Vother.csv", "year,exporter,importer,value\n2022,CHN,RUS,1\n")));
        Assert.Contains("\"year,exporter,importer,value\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("t,i,j,k,v,q", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ZipArchive_SaysToExtractIt()
    {
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_V202401b.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(TestData.BaciFixture, "BACI_HS22_Y2022_V202401b.csv");
        }

        var e = Assert.Throws<ProductDataException>(() => Open(path));
        Assert.Contains("zip archive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_GzipNamedCsv_SaysToRenameIt()
    {
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vgz.csv");
        File.WriteAllBytes(path, Gzip(TestData.BaciFixture));
        var e = Assert.Throws<ProductDataException>(() => Open(path));
        Assert.Contains("does not end in .gz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_SaysSo()
    {
        var e = Assert.Throws<ProductDataException>(() => Open(TestData.WriteFile("BACI_HS22_Y2022_Vempty.csv", "")));
        Assert.Contains("is empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoRevisionInNameAndNoneGiven_AsksForIt()
    {
        var path = TestData.WriteFile("trade-2022.csv", File.ReadAllText(TestData.BaciFixture));
        var e = Assert.Throws<ProductDataException>(() => Open(path));
        Assert.Contains("HS revision", e.Message, StringComparison.Ordinal);
        Assert.Equal(HsRevision.HS17, ProductTrade.Open(path, TestData.Countries, HsRevision.HS17).HsRevision);
    }

    [Fact]
    public void Open_FolderMixingRevisions_Fails()
    {
        var folder = TestData.NewFolder();
        File.Copy(TestData.BaciFixture, Path.Combine(folder, "BACI_HS22_Y2022_Vtest.csv"));
        File.Copy(TestData.BaciFixture, Path.Combine(folder, "BACI_HS17_Y2022_Vtest.csv"));
        var e = Assert.Throws<ProductDataException>(() => Open(folder));
        Assert.Contains("different HS revisions", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_ParquetWithoutBaciColumns_NamesTheMissingOnes()
    {
        var csv = TestData.WriteFile("BACI_HS22_Y2022_Vx.csv", "t,i,j,k,v,q\n2022,156,643,870323,1,1\n");
        var parquet = ProductTrade.ConvertToParquet(csv)[0];
        var renamed = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vrenamed.parquet");
        using (var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT t AS year, i, j, k, v, q FROM read_parquet('{parquet}')) TO '{renamed}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }

        var e = Assert.Throws<ProductDataException>(() => Open(renamed).Aggregate(ChinaToRussia));
        Assert.Contains("t is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertToParquet_MalformedInput_KeepsTheEarlierGoodOutput()
    {
        var folder = TestData.NewFolder();
        var csv = Path.Combine(folder, "BACI_HS22_Y2022_Vkeep.csv");
        File.WriteAllText(csv, "t,i,j,k,v,q\n2022,156,643,870323,1,1\n");
        var good = ProductTrade.ConvertToParquet(csv)[0];
        var before = File.ReadAllBytes(good);
        File.WriteAllText(csv, "t,i,j,k,v,q\n2022,156,643,870323,oops,1\n");
        Assert.Throws<ProductDataException>(() => ProductTrade.ConvertToParquet(csv));
        Assert.Equal(before, File.ReadAllBytes(good));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    private static byte[] Gzip(string path)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(path));
        }

        return memory.ToArray();
    }

    [Fact]
    public void Open_GzNameButPlainText_SaysItIsNotGzip()
    {
        var path = TestData.WriteFile("BACI_HS22_Y2022_Vplain.csv.gz", File.ReadAllText(TestData.BaciFixture));
        var e = Assert.Throws<ProductDataException>(() => Open(path));
        Assert.Contains("ends in .gz but is not gzip-compressed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_BinaryFile_SaysItIsNotCsvText()
    {
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vbin.csv");
        File.WriteAllBytes(path, [(byte)'t', 0, 1, 2, (byte)'\n']);
        var e = Assert.Throws<ProductDataException>(() => Open(path));
        Assert.Contains("is a binary file, not CSV text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_GzipShorterThanItsHeader_IsRefusedBeforeAnyQuery()
    {
        // Ten bytes: a gzip magic number and header, no data and no trailer. Nothing decompresses, so there is no first
        // line to recognise and the file is refused when it is opened.
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vshort.csv.gz");
        File.WriteAllBytes(path, Gzip(TestData.BaciFixture)[..10]);
        var e = Assert.Throws<ProductDataException>(() => Open(path));
        Assert.Contains("is not a file the engine reads", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderMixingBaciAndComtrade_NamesBothFormats()
    {
        var folder = TestData.NewFolder();
        File.Copy(TestData.BaciFixture, Path.Combine(folder, "BACI_HS22_Y2022_Vtest.csv"));
        File.Copy(TestData.ComtradeFixture, Path.Combine(folder, "comtrade-HS22-2022.txt"));
        var e = Assert.Throws<ProductDataException>(() => Open(folder));
        Assert.Contains("mixes layouts", e.Message, StringComparison.Ordinal);
        Assert.Contains("is BaciCsv", e.Message, StringComparison.Ordinal);
        Assert.Contains("is ComtradeCsv;", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderOfTwoFiles_IsDescribedAsAFolder()
    {
        var folder = TestData.NewFolder();
        File.Copy(TestData.BaciFixture, Path.Combine(folder, "BACI_HS22_Y2021_Vtest.csv"));
        File.Copy(TestData.BaciFixture, Path.Combine(folder, "BACI_HS22_Y2022_Vtest.csv"));
        Assert.Equal($"2 files in {folder} (BaciCsv, HS22)", Open(folder).File.Description);
        Assert.Equal("BACI_HS22_Y2022_Vtest.csv (BaciCsv, HS22)", Open(TestData.BaciFixture).File.Description);
    }

    [Fact]
    public void ConvertToParquet_ParquetInput_SaysItIsAlreadyParquet()
    {
        var parquet = ProductTrade.ConvertToParquet(TestData.BaciFixture, TestData.NewFolder(), options: new ReadOptions());
        var e = Assert.Throws<ProductDataException>(() => ProductTrade.ConvertToParquet(Assert.Single(parquet)));
        Assert.Contains("is already Parquet", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BACI_HS22_Y2022_Vbad.csv", "t,i,j,k,v,q\n2022,156,643,870323,abc,1\n",
        "t,i,j,k as whole numbers, v as a number, q as a number, NA or empty (BACI layout)")]
    [InlineData("comtrade-HS22-bad.txt", "period\treporterCode\tflowCode\tpartnerCode\tcmdCode\tnetWgt\tprimaryValue\n2022\t643\tM\t156\t870323\t10000\tabc\n",
        "the UN Comtrade bulk columns, with whole-number codes and numeric primaryValue and netWgt")]
    public void Aggregate_MalformedLine_MessageSaysWhatALineOfThatLayoutHolds(string name, string text, string expectedPerLine)
    {
        // One malformed line, line 2 (the value is "abc").
        var path = TestData.WriteFile(name, text);
        var trade = Open(path);

        var e = Assert.Throws<ProductDataException>(() => trade.Aggregate(new ProductQuery()));

        Assert.StartsWith($"{trade.File.Description}: 1 malformed line(s):\n  {name}, line 2", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(
            $"\nExpected per line: {expectedPerLine}. Fix the file, or open it with new ReadOptions(SkipMalformedLines: true) to leave these lines out.",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_ParquetMissingTwoBaciColumns_NamesThemAndTheColumnsFound()
    {
        var parquet = WriteParquet("BACI_HS22_Y2022_Vnames.parquet", "2022 AS year, 156 AS exporter, 643 AS j, 870323 AS k, 1.0 AS v, 1.0 AS q");

        var e = Assert.Throws<ProductDataException>(() => Open(parquet).Aggregate(ChinaToRussia));

        Assert.Equal(
            "BACI_HS22_Y2022_Vnames.parquet (Parquet, HS22): expected the BACI columns t, i, j, k, v, q (as written by ProductTrade.ConvertToParquet), but t, i is missing; found year, exporter, j, k, v, q.",
            e.Message);
    }

    [Fact]
    public void Aggregate_ParquetWithTheBaciColumnsButATextValue_SaysTheEngineCouldNotReadIt()
    {
        // Every BACI column is there, but v holds text: the query fails for another reason than a missing column.
        var parquet = WriteParquet("BACI_HS22_Y2022_Vtext.parquet", "2022 AS t, 156 AS i, 643 AS j, 870323 AS k, 'abc' AS v, 1.0 AS q");

        var e = Assert.Throws<ProductDataException>(() => Open(parquet).Aggregate(ChinaToRussia));

        Assert.StartsWith("BACI_HS22_Y2022_Vtext.parquet (Parquet, HS22): the engine could not read it: ", e.Message, StringComparison.Ordinal);
        Assert.IsType<DuckDB.NET.Data.DuckDBException>(e.InnerException);
    }

    [Fact]
    public void Aggregate_TruncatedParquet_SaysTheEngineCouldNotReadIt()
    {
        // The first half of a Parquet file: its magic number is there, its footer (with the column list) is not.
        var bytes = File.ReadAllBytes(ProductTrade.ConvertToParquet(TestData.BaciFixture, TestData.NewFolder())[0]);
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vcut.parquet");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var e = Assert.Throws<ProductDataException>(() => Open(path).Aggregate(ChinaToRussia));

        Assert.StartsWith("BACI_HS22_Y2022_Vcut.parquet (Parquet, HS22): the engine could not read it: ", e.Message, StringComparison.Ordinal);
        Assert.IsType<DuckDB.NET.Data.DuckDBException>(e.InnerException);
    }

    [Fact]
    public void ConvertToParquet_OutputFolderWithAControlCharacter_IsRefusedBeforeAnySql()
    {
        // The COPY target is the one value written into the SQL text; a control character in it is refused.
        var output = Path.Combine(TestData.NewFolder(), "out\u0001put");

        var e = Assert.Throws<ArgumentException>(() => ProductTrade.ConvertToParquet(TestData.BaciFixture, output));

        Assert.StartsWith($"The path '{Path.Combine(output, "BACI_HS22_Y2022_Vtest.parquet")}.", e.Message, StringComparison.Ordinal);
        Assert.Contains("' contains a control character.", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output));
    }

    /// <summary>Writes one row selected by <paramref name="columns"/> to a Parquet file named <paramref name="name"/>.</summary>
    private static string WriteParquet(string name, string columns)
    {
        var path = Path.Combine(TestData.NewFolder(), name);
        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY (SELECT {columns}) TO '{path}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return path;
    }
}
