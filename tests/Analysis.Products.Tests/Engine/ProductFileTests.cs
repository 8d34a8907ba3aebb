using System.IO.Compression;
using System.Text;
using Analysis.Products.Engine;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Engine;

/// <summary>
/// Opening product files (<see cref="ProductFile"/>): which format a file is taken for from its first bytes and header,
/// which files of a folder are read, and the exact messages for what is refused.
/// </summary>
public sealed class ProductFileTests
{
    /// <summary>What every refusal of an unreadable file says was expected (ProductFile.Expected).</summary>
    private const string Expected =
        "expected a BACI CSV with the header line 't,i,j,k,v,q' (plain or .gz), a UN Comtrade bulk file with the columns period or refYear, reporterCode, flowCode, partnerCode, cmdCode, primaryValue (and netWgt), or a Parquet file written by ProductTrade.ConvertToParquet";

    private const string BaciLine2021 = "2021,156,643,870323,80,8\n";

    [Fact]
    public void Open_WhitespacePath_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => ProductFile.Open("   "));

    [Fact]
    public void Open_FolderWithoutProductFiles_SaysWhichNamesItReads()
    {
        // Only a BACI country table (skipped by name) and a notes file (not a data extension).
        var folder = TestData.NewFolder();
        File.WriteAllText(Path.Combine(folder, "country_codes_V202401b.csv"), "country_code,country_name\n156,China\n");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "downloaded 2024-02-01\n");

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(folder));

        Assert.Equal($"Folder '{folder}' holds no product file: expected BACI_*.csv, *.csv.gz, *.txt, *.txt.gz or *.parquet files.", e.Message);
    }

    [Fact]
    public void Open_FolderWithTheDownloadedZipAndNotes_ReadsOnlyTheDataFiles()
    {
        // A BACI download extracted in place: the zip stays beside the CSV files, with a readme. Only .csv, .csv.gz,
        // .txt, .txt.gz and .parquet files are read, so the zip and the readme are left alone.
        var folder = TestData.NewFolder();
        var csv = Path.Combine(folder, "BACI_HS22_Y2022_Vtest.csv");
        File.Copy(TestData.BaciFixture, csv);
        var gz = Path.Combine(folder, "BACI_HS22_Y2021_Vtest.csv.gz");
        File.WriteAllBytes(gz, Gzip("t,i,j,k,v,q\n" + BaciLine2021));
        using (var zip = ZipFile.Open(Path.Combine(folder, "BACI_HS22_V202401b.zip"), ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(TestData.BaciFixture, "BACI_HS22_Y2022_V202401b.csv");
        }

        File.WriteAllText(Path.Combine(folder, "Readme.md"), "BACI HS22, version 202401b\n");

        var file = ProductFile.Open(folder);

        Assert.Equal([gz, csv], file.Paths);
        Assert.Equal(ProductFileFormat.BaciCsv, file.Format);
    }

    [Theory]
    [InlineData("BACI_HS22_Y2021_Vtest.csv.gz", true)]
    [InlineData("BACI_HS22_Y2021_Vtest.csv", false)]
    public void HasGzip_FolderOfAPlainFileAndAnother_IsTrueWhenAnyIsGzip(string otherName, bool expected)
    {
        var folder = TestData.NewFolder();
        File.Copy(TestData.BaciFixture, Path.Combine(folder, "BACI_HS22_Y2022_Vtest.csv"));
        var header = "t,i,j,k,v,q\n";
        var other = Path.Combine(folder, otherName);
        if (otherName.EndsWith(".gz", StringComparison.Ordinal))
        {
            File.WriteAllBytes(other, Gzip(header + BaciLine2021));
        }
        else
        {
            File.WriteAllText(other, header + BaciLine2021);
        }

        Assert.Equal(expected, ProductFile.Open(folder).HasGzip);
    }

    [Fact]
    public void Open_FolderOfComtradeFilesWithDifferentColumns_SaysTheyHaveOtherColumns()
    {
        // Two Comtrade downloads of one revision, the 2021 one without netWgt: same format, other columns.
        var folder = TestData.NewFolder();
        File.WriteAllText(Path.Combine(folder, "comtrade-HS22-2021.txt"), "period\treporterCode\tflowCode\tpartnerCode\tcmdCode\tprimaryValue\n2021\t643\tM\t156\t870323\t80000\n");
        File.WriteAllText(Path.Combine(folder, "comtrade-HS22-2022.txt"), "period\treporterCode\tflowCode\tpartnerCode\tcmdCode\tnetWgt\tprimaryValue\n2022\t643\tM\t156\t870323\t10000\t150000\n");

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(folder));

        Assert.Equal(
            $"Folder '{folder}' mixes layouts: 'comtrade-HS22-2021.txt' is ComtradeCsv, 'comtrade-HS22-2022.txt' is ComtradeCsv with other columns; put the files of one edition and one format in a folder.",
            e.Message);
    }

    [Fact]
    public void Open_FolderOfComtradeFilesWithDifferentDelimiters_SaysWhichDelimiterDiffers()
    {
        // The same columns, one file tab-separated (the bulk download) and one comma-separated (saved from a
        // spreadsheet): every file is read with the first file's delimiter, so the folder is refused.
        var folder = TestData.NewFolder();
        File.WriteAllText(Path.Combine(folder, "comtrade-HS22-2021.txt"), "period\treporterCode\tflowCode\tpartnerCode\tcmdCode\tprimaryValue\n2021\t643\tM\t156\t870323\t80000\n");
        File.WriteAllText(Path.Combine(folder, "comtrade-HS22-2022.csv"), "period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue\n2022,643,M,156,870323,150000\n");

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(folder));

        Assert.Equal(
            $"Folder '{folder}' mixes layouts: 'comtrade-HS22-2021.txt' is ComtradeCsv, 'comtrade-HS22-2022.csv' is ComtradeCsv with commas instead of tabs between fields; put the files of one edition and one format in a folder.",
            e.Message);
    }

    [Fact]
    public void Open_NoRevisionInName_AsksForItWithAnExample()
    {
        var path = TestData.WriteFile("trade-2022.csv", File.ReadAllText(TestData.BaciFixture));

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(path));

        Assert.Equal(
            $"Cannot tell the HS revision from the name of '{path}' (BACI names its files BACI_HS22_Y2022_V202401b.csv); pass it, e.g. hsRevision: HsRevision.HS22.",
            e.Message);
    }

    [Theory]
    [InlineData("BACI_HS17_Y2022_Vtest.csv", "BACI_HS22_Y2022_Vtest.csv", "HS17, HS22")]
    [InlineData("BACI_HS22_Y2022_Vtest.csv", "trade-2022.csv", "HS22, none")]
    public void Open_FolderOfSeveralRevisions_NamesEachInNameOrder(string first, string second, string revisions)
    {
        var folder = TestData.NewFolder();
        File.Copy(TestData.BaciFixture, Path.Combine(folder, first));
        File.Copy(TestData.BaciFixture, Path.Combine(folder, second));

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(folder));

        Assert.Equal(
            $"The files in '{folder}' name different HS revisions ({revisions}); a product code means one thing only within one revision: open one edition at a time.",
            e.Message);
    }

    [Theory]
    [InlineData("PK", "is a zip archive; BACI ships each edition as a zip")]                                     // a zip cut after its magic number
    [InlineData("Period,Reporter Code,Partner Code,Value\n2022,643,156,1\n", "is not a file the engine reads:")] // 'P' alone is no zip
    [InlineData("SKU,units\nA1,3\n", "is not a file the engine reads:")]                                         // 'K' second alone is no zip
    [InlineData("\u001F\u008B", "is gzip-compressed but its name does not end in .gz;")]                         // a gzip cut after its magic number
    [InlineData("x\u008By,1\n", "is not a file the engine reads:")]                                              // 0x8B second alone is no gzip
    public void Open_FirstBytes_DecideZipGzipOrText(string latin1Content, string expected)
    {
        // Latin-1 writes each char as the byte of the same value: "\u008B" is the byte 0x8B.
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vfirst.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(latin1Content));

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(path));

        Assert.StartsWith($"'{path}' {expected}", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period,reporterCode,partnerCode,cmdCode,primaryValue")]          // no flowCode
    [InlineData("reporterCode,flowCode,partnerCode,cmdCode,primaryValue,netWgt")] // neither period nor refYear
    public void Open_ComtradeHeaderMissingARequiredColumn_IsRefusedQuotingIt(string header)
    {
        var path = TestData.WriteFile("comtrade-HS22-2022.csv", header + "\n2022,643,M,156,870323,150000\n");

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(path));

        Assert.Equal($"'{path}' is not a file the engine reads: {Expected}; its first line is \"{header}\".", e.Message);
    }

    [Theory]
    [InlineData(120, false)]
    [InlineData(121, true)]
    public void Open_LongFirstLine_IsQuotedUpTo120Characters(int length, bool cut)
    {
        // "c001,c002,…": five characters a column; the last column is cut to fit the length.
        var line = string.Concat(Enumerable.Range(1, 25).Select(n => $"c{n:000},"))[..length];
        var path = TestData.WriteFile("BACI_HS22_Y2022_Vwide.csv", line + "\n1,2\n");

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(path));

        var shown = cut ? line[..120] + "…" : line;
        Assert.Equal($"'{path}' is not a file the engine reads: {Expected}; its first line is \"{shown}\".", e.Message);
    }

    [Fact]
    public void Open_FileStartingWithABlankLine_QuotesTheEmptyFirstLine()
    {
        var path = TestData.WriteFile("BACI_HS22_Y2022_Vblank.csv", "\nt,i,j,k,v,q\n2022,156,643,870323,1,1\n");

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(path));

        Assert.Equal($"'{path}' is not a file the engine reads: {Expected}; its first line is \"\".", e.Message);
    }

    [Fact]
    public void Open_Utf16File_IsRefusedOnOpening()
    {
        // Excel's "Unicode text" is UTF-16 with a byte order mark; the engine (DuckDB) reads UTF-8, where UTF-16's
        // zero high bytes make it binary.
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vutf16.csv");
        File.WriteAllText(path, File.ReadAllText(TestData.BaciFixture), Encoding.Unicode);

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(path));

        Assert.Equal($"'{path}' is a binary file, not CSV text; {Expected}.", e.Message);
    }

    [Fact]
    public void Aggregate_Utf8FileWithByteOrderMark_IsReadAsBaci()
    {
        // The fixture written with a UTF-8 byte order mark: China's 2022 exports to Russia still add up to 175.875.
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vbom.csv");
        File.WriteAllText(path, File.ReadAllText(TestData.BaciFixture), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var trade = ProductTradeTestsAccess.Open(path);
        var frame = trade.Aggregate(new ProductQuery(["CHN"], ["RUS"], [2022], ByImporter: false));

        Assert.Equal(ProductFileFormat.BaciCsv, trade.File.Format);
        Assert.Equal(175.875, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values.Sum(), Tolerance.Places);
    }

    [Fact]
    public void VerifyCompressedFiles_FileCutBelowHeaderAndTrailerAfterOpening_SaysHowShortItIs()
    {
        // Opened whole, then replaced by its first 17 bytes (a download started again): one byte less than a gzip
        // header (10 bytes) and trailer (8 bytes).
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vregot.csv.gz");
        var bytes = Gzip(File.ReadAllText(TestData.BaciFixture));
        File.WriteAllBytes(path, bytes);
        var file = ProductFile.Open(path);
        File.WriteAllBytes(path, bytes[..17]);

        var e = Assert.Throws<ProductDataException>(file.VerifyCompressedFiles);

        Assert.Equal($"Gzip file '{path}' is truncated: 17 bytes is shorter than a gzip header and trailer.", e.Message);
    }

    [Fact]
    public void VerifyCompressedFiles_FileCutToHeaderAndTrailerLength_IsCheckedAgainstItsTrailer()
    {
        // 18 bytes hold a header and a trailer's worth: the file is read and its last four bytes taken as the size.
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vregot.csv.gz");
        var bytes = Gzip(File.ReadAllText(TestData.BaciFixture));
        File.WriteAllBytes(path, bytes);
        var file = ProductFile.Open(path);
        File.WriteAllBytes(path, bytes[..18]);

        var e = Assert.Throws<ProductDataException>(file.VerifyCompressedFiles);

        Assert.StartsWith($"Gzip file '{path}' is truncated or damaged: it decompresses to ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyCompressedFiles_ConcatenatedGzipMembers_FailWithTheAdviceToRecompress()
    {
        // Member 1: "t,i,j,k,v,q\n" (12 bytes) + "2022,156,643,870323,100.5,10\n" (29) = 41 bytes; member 2:
        // "2022,643,156,270900,300,400\n" = 28 bytes. The whole decompresses to 69 bytes; the trailer (of member 2) says 28.
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vcat.csv.gz");
        File.WriteAllBytes(path, [.. Gzip("t,i,j,k,v,q\n2022,156,643,870323,100.5,10\n"), .. Gzip("2022,643,156,270900,300,400\n")]);
        var file = ProductFile.Open(path);

        var e = Assert.Throws<ProductDataException>(file.VerifyCompressedFiles);

        Assert.Equal(
            $"Gzip file '{path}' is truncated or damaged: it decompresses to 69 bytes but its trailer declares 28 (mod 2^32). "
            + "No result is returned from a partial file; download or copy it again. (A file made of several concatenated gzip members also fails this check: recompress it as one.)",
            e.Message);
    }

    [Fact]
    public void Open_SmallGzipWithAWrongChecksum_SaysItIsCorrupt()
    {
        // The fixture fits in the first read, so the checksum in the trailer (bytes -8 to -5) is checked on opening.
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vcrc.csv.gz");
        var bytes = Gzip(File.ReadAllText(TestData.BaciFixture));
        bytes[^8] ^= 0xFF;
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<ProductDataException>(() => ProductFile.Open(path));

        Assert.StartsWith($"Gzip file '{path}' is corrupt: ", e.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidDataException>(e.InnerException);
    }

    [Fact]
    public void VerifyCompressedFiles_LargeGzipWithAWrongChecksum_SaysItIsCorrupt()
    {
        // 20,000 stored (uncompressed) lines, about 480 kB: opening reads only the start, the check reads to the checksum.
        var path = Path.Combine(TestData.NewFolder(), "BACI_HS22_Y2022_Vcrc.csv.gz");
        var text = "t,i,j,k,v,q\n" + string.Concat(Enumerable.Repeat("2022,156,643,870323,1,1\n", 20_000));
        var bytes = Gzip(text, CompressionLevel.NoCompression);
        bytes[^8] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        var file = ProductFile.Open(path);

        var e = Assert.Throws<ProductDataException>(file.VerifyCompressedFiles);

        Assert.StartsWith($"Gzip file '{path}' is corrupt: ", e.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidDataException>(e.InnerException);
    }

    private static byte[] Gzip(string text, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, level, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return memory.ToArray();
    }
}
