using System.Globalization;
using System.Text;
using Analysis.Data;
using Analysis.Tests.Support;
using Deedle;

namespace Analysis.Tests.Data;

/// <summary>
/// Loader behaviour on small fixtures (tests/Analysis.Tests/Fixtures/package): good input loads
/// typed; each kind of bad input yields one <see cref="DataValidationException"/> naming file,
/// line, column, value and rule, and listing every problem in the file.
/// </summary>
public sealed class DataCatalogTests : IDisposable
{
    private const string Header = "partner,year,flow,value_usd_bn,source_id,source_quote,note";
    private const string TradeFile = "trade/trade.csv";
    private readonly TempDataPackage _package = new();

    public void Dispose() => _package.Dispose();

    [Fact]
    public void Load_ValidFixture_ReturnsTypedColumns()
    {
        var frame = DataCatalog.FromDirectory(_package.Root).Load("trade");

        Assert.Equal(3, frame.RowCount);
        Assert.Equal(["partner", "year", "flow", "value_usd_bn", "source_id", "source_quote", "note"], frame.ColumnKeys);
        Assert.Equal(111.0, frame.GetColumn<double>("value_usd_bn")[0]);
        Assert.Equal(2023, frame.GetColumn<int>("year")[1]);
        Assert.Equal("a note, with a comma", frame.GetColumn<string>("note")[2]);
    }

    [Fact]
    public void Load_EmptyOptionalValue_IsMissingNotEmptyString()
    {
        var frame = DataCatalog.FromDirectory(_package.Root).Load("trade");

        var note = frame.GetColumn<string>("note");
        Assert.False(note.TryGet(0).HasValue);
        Assert.Equal(1, note.ValueCount);
    }

    [Fact]
    public void Load_MissingColumn_NamesTheColumn()
    {
        _package.WithTrade("partner,year,flow,source_id,source_quote,note\nRUS,2023,exports,wiki-2023,q,\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal(new DataIssue(TradeFile, 1, "value_usd_bn", null, "missing column: the schema requires it"), issue);
    }

    [Fact]
    public void Load_TextInNumberColumn_NamesLineColumnValueAndRule()
    {
        _package.WithTrade($"{Header}\nRUS,2023,exports,111.0,wiki-2023,q,\nRUS,2023,imports,n/a,wiki-2023,q,\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal(TradeFile, issue.File);
        Assert.Equal(3, issue.Line);
        Assert.Equal("value_usd_bn", issue.Column);
        Assert.Equal("n/a", issue.Value);
        Assert.Contains("expected a number in USD bn", issue.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,234.5")] // thousands separator (quoted so the field count is right)
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("12%")]
    public void Load_NumberNotInInvariantForm_IsRejected(string value)
    {
        _package.WithTrade($"{Header}\nRUS,2023,exports,\"{value}\",wiki-2023,q,\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal(("value_usd_bn", value), (issue.Column, issue.Value));
    }

    [Fact]
    public void Load_NegativeTradeValue_ViolatesMinimum()
    {
        _package.WithTrade($"{Header}\nRUS,2023,exports,-5,wiki-2023,q,\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal((2, "value_usd_bn", "-5", "below the minimum 0 USD bn"), (issue.Line, issue.Column, issue.Value, issue.Rule));
    }

    [Fact]
    public void Load_DuplicatePrimaryKey_PointsToFirstOccurrence()
    {
        _package.WithTrade($"{Header}\nRUS,2023,exports,111.0,wiki-2023,q,\nEU,2023,exports,1,wiki-2023,q,\nRUS,2023,exports,112.0,wiki-2023,q,\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal(4, issue.Line);
        Assert.Equal("partner=RUS, year=2023, flow=exports", issue.Value);
        Assert.Equal("duplicate primary key: first seen on line 2", issue.Rule);
    }

    [Fact]
    public void Load_UnknownSourceId_IsRejected()
    {
        _package.WithTrade($"{Header}\nRUS,2023,exports,111.0,my-memory,q,\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal((2, "source_id", "my-memory"), (issue.Line, issue.Column, issue.Value));
        Assert.StartsWith("unknown source id", issue.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownCountryCode_IsRejected()
    {
        _package.WithTrade($"{Header}\nXXX,2023,exports,111.0,wiki-2023,q,\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal((2, "partner", "XXX", "unknown code: expected a value of countries.code"), (issue.Line, issue.Column, issue.Value, issue.Rule));
    }

    [Fact]
    public void Load_ValueOutsideEnum_ListsAllowedValues()
    {
        _package.WithTrade($"{Header}\nRUS,2023,export,111.0,wiki-2023,q,\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal("expected one of: exports, imports, total", issue.Rule);
    }

    [Fact]
    public void Load_EmptyFile_SaysWhatHeaderWasExpected()
    {
        _package.WithTrade("");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal((TradeFile, 1), (issue.File, issue.Line));
        Assert.Equal($"file is empty: expected a header row '{Header}'", issue.Rule);
    }

    [Fact]
    public void Load_HeaderOnly_IsRejected()
    {
        _package.WithTrade(Header + "\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal("no data rows: expected at least one row after the header", issue.Rule);
    }

    [Fact]
    public void Load_ByteOrderMark_IsIgnored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"{Header}\nRUS,2023,exports,111.0,wiki-2023,q,\n")).ToArray();
        _package.WithFile(TradeFile, bytes);

        var frame = DataCatalog.FromDirectory(_package.Root).Load("trade");

        Assert.Equal("RUS", frame.GetColumn<string>("partner")[0]);
    }

    [Fact]
    public void Load_CrlfLineEnds_LoadAndReportTheRightLine()
    {
        _package.WithTrade($"{Header}\r\nRUS,2023,exports,111.0,wiki-2023,q,\r\nRUS,2023,imports,x,wiki-2023,q,\r\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal((3, "x"), (issue.Line, issue.Value));
    }

    [Fact]
    public void Load_QuotedFieldsWithCommasQuotesAndNewlines_AreKeptWhole()
    {
        _package.WithTrade($"{Header}\nRUS,2023,exports,111.0,wiki-2023,\"exports, \"\"111.0\"\"\nnext line\",\nRUS,2023,imports,x,wiki-2023,q,\n");

        var issues = LoadIssues();

        // The quoted field spans lines 2-3, so the bad row is on line 4.
        Assert.Equal(4, Assert.Single(issues).Line);
        _package.WithTrade($"{Header}\nRUS,2023,exports,111.0,wiki-2023,\"exports, \"\"111.0\"\"\nnext line\",\n");
        var quote = DataCatalog.FromDirectory(_package.Root).Load("trade").GetColumn<string>("source_quote")[0];
        Assert.Equal("exports, \"111.0\"\nnext line", quote);
    }

    [Theory]
    [InlineData(';', "';'")]
    [InlineData('\t', "tab")]
    public void Load_WrongDelimiter_IsNamed(char delimiter, string named)
    {
        _package.WithTrade(Header.Replace(',', delimiter) + "\n" + string.Join(delimiter, "RUS", "2023", "exports", "111.0", "wiki-2023", "q", "") + "\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal(1, issue.Line);
        Assert.StartsWith($"wrong delimiter: the header looks {named}-delimited", issue.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RowWithTooFewFields_IsReportedNotDropped()
    {
        _package.WithTrade($"{Header}\nRUS,2023,exports,111.0,wiki-2023,q\n");

        var issue = Assert.Single(LoadIssues());

        Assert.Equal("expected 7 fields, found 6 (check for an unquoted comma)", issue.Rule);
    }

    [Fact]
    public void Load_UnterminatedQuote_IsReported()
    {
        _package.WithTrade($"{Header}\nRUS,2023,exports,111.0,wiki-2023,\"never closed,\n");

        Assert.Contains(LoadIssues(), i => i.Rule.StartsWith("unterminated quoted field", StringComparison.Ordinal) && i.Line == 2);
    }

    [Fact]
    public void Load_InvalidUtf8_ReportsLineAndByteOffset()
    {
        // The header is 58 bytes plus a newline, so line 2 starts at offset 59; 0xFF 0xFE follow its first 29 bytes: offset 88, byte 30 of the line.
        var prefix = Encoding.UTF8.GetBytes(Header + "\nRUS,2023,exports,1,wiki-2023,");
        _package.WithFile(TradeFile, [.. prefix, 0xFF, 0xFE, (byte)'\n']);

        var issue = Assert.Single(LoadIssues());

        Assert.Equal((TradeFile, 2, "0xFF 0xFE"), (issue.File, issue.Line, issue.Value));
        Assert.Equal("not valid UTF-8: 2 byte(s) at byte offset 88 of the file (byte 30 of line 2); save the file as UTF-8", issue.Rule);
        Assert.Equal(88, prefix.Length);
    }

    [Fact]
    public void Load_Latin1Text_ReportsEveryBadByteWithItsLine()
    {
        // "Köln" and "Düsseldorf" saved as Latin-1: one bad byte on each of lines 2 and 3.
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\nRUS,2023,exports,1,wiki-2023,Köln,\nRUS,2023,imports,2,wiki-2023,Düsseldorf,\n");
        _package.WithFile(TradeFile, latin1);

        var issues = LoadIssues();

        Assert.Equal([(2, "0xF6"), (3, "0xFC")], issues.Select(i => (i.Line!.Value, i.Value!)));
    }

    [Fact]
    public void Load_FolderInPlaceOfTheFile_SaysItIsAFolder()
    {
        File.Delete(Path.Combine(_package.Root, TradeFile));
        Directory.CreateDirectory(Path.Combine(_package.Root, TradeFile));

        var issue = Assert.Single(LoadIssues());

        Assert.Equal((TradeFile, "is a folder, not a file: expected the file that datapackage.json lists"), (issue.File, issue.Rule));
    }

    [Fact]
    public void Load_MissingFile_SaysNotFoundAndNamesTheFolderRead()
    {
        File.Delete(Path.Combine(_package.Root, TradeFile));

        var e = Assert.Throws<DataValidationException>(() => DataCatalog.FromDirectory(_package.Root).Load("trade"));

        Assert.Equal("file not found: datapackage.json lists it", Assert.Single(e.Issues).Rule);
        Assert.Equal("the data folder " + _package.Root, e.Origin);
        Assert.StartsWith($"1 problem(s) in {TradeFile}, read from the data folder {_package.Root}:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateDateKey_QuotesTheDatesAsTheFileWritesThem()
    {
        _package.WithResource("""
            {"name": "rates", "path": "rates/rates.csv",
             "schema": {"fields": [
                {"name": "period_start", "type": "date", "constraints": {"required": true}},
                {"name": "rate_percent", "type": "number", "unit": "percent", "constraints": {"required": true}},
                {"name": "source_id", "type": "string", "constraints": {"required": true}}],
              "primaryKey": ["period_start"]},
             "sources": [{"id": "s", "title": "t", "publisher": "p", "path": "https://example.org/", "retrieved": "2026-11-28", "licence": "l", "kind": "official-statistics"}]}
            """, "period_start,rate_percent,source_id\n2020-01-01,6.25,s\n2020-01-01,6.0,s\n");

        var e = Assert.Throws<DataValidationException>(() => DataCatalog.FromDirectory(_package.Root).Load("rates"));

        var issue = Assert.Single(e.Issues);
        Assert.Equal((3, "period_start=2020-01-01", "duplicate primary key: first seen on line 2"), (issue.Line!.Value, issue.Value!, issue.Rule));
    }

    [Theory]
    [InlineData("n/a", "expected a number in percent ('.' as decimal mark, no thousands separators)")]
    [InlineData("-3", "below the minimum 0 percent")]
    public void Load_BadNumberWhoseUnitIsInTheUnitColumn_NamesTheRowsUnit(string value, string rule)
    {
        _package.WithResource("""
            {"name": "shares", "path": "shares/shares.csv",
             "schema": {"fields": [
                {"name": "measure", "type": "string", "constraints": {"required": true}},
                {"name": "value", "type": "number", "unit": "see unit column", "constraints": {"required": true, "minimum": 0}},
                {"name": "unit", "type": "string", "constraints": {"required": true, "enum": ["percent", "usd_bn"]}},
                {"name": "source_id", "type": "string", "constraints": {"required": true}}]},
             "sources": [{"id": "s", "title": "t", "publisher": "p", "path": "https://example.org/", "retrieved": "2026-11-28", "licence": "l", "kind": "official-statistics"}]}
            """, $"measure,value,unit,source_id\ntrade_value,240.1,usd_bn,s\nshare,{value},percent,s\n");

        var e = Assert.Throws<DataValidationException>(() => DataCatalog.FromDirectory(_package.Root).Load("shares"));

        var issue = Assert.Single(e.Issues);
        Assert.Equal((3, "value", value, rule), (issue.Line!.Value, issue.Column!, issue.Value!, issue.Rule));
    }

    [Fact]
    public void Load_SeveralProblems_AllListedInOneException()
    {
        _package.WithTrade(string.Join("\n",
            Header,
            "RUS,2023,exports,-1,wiki-2023,q,",
            "RUS,20x3,imports,5,wiki-2023,q,",
            "XXX,2023,imports,5,nope,q,",
            "RUS,2023,exports,1,wiki-2023,,") + "\n");

        var e = Assert.Throws<DataValidationException>(() => DataCatalog.FromDirectory(_package.Root).Load("trade"));

        Assert.Equal([2, 3, 4, 4, 5], e.Issues.Select(i => i.Line!.Value));
        Assert.Equal(["value_usd_bn", "year", "source_id", "partner", "source_quote"], e.Issues.Select(i => i.Column));
        Assert.StartsWith($"5 problem(s) in trade/trade.csv, read from the data folder {_package.Root}:", e.Message, StringComparison.Ordinal);
        Assert.Contains("trade/trade.csv:3, column 'year', value '20x3': expected an integer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnderCommaDecimalCulture_ParsesInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var frame = DataCatalog.FromDirectory(_package.Root).Load("trade");
            Assert.Equal(129.1, frame.GetColumn<double>("value_usd_bn")[1]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Load_EachCall_ReturnsAnIndependentFrame()
    {
        var catalog = DataCatalog.FromDirectory(_package.Root);
        var first = catalog.Load("trade");
        first.DropColumn("note");

        Assert.Contains("note", catalog.Load("trade").ColumnKeys);
    }

    [Fact]
    public void Parse_NumberFieldWithoutUnit_IsAManifestError()
    {
        var json = File.ReadAllText(Path.Combine(_package.Root, "datapackage.json")).Replace("\"unit\": \"USD bn\", ", "", StringComparison.Ordinal);

        var e = Assert.Throws<DataValidationException>(() => DataPackage.Parse(json));

        Assert.Equal(("datapackage.json", "trade.value_usd_bn", "a number field must state its 'unit' (or the schema needs a 'unit' column)"), (e.Issues[0].File, e.Issues[0].Column, e.Issues[0].Rule));
    }

    [Fact]
    public void Parse_SourceWithoutUrl_IsAManifestError()
    {
        var json = File.ReadAllText(Path.Combine(_package.Root, "datapackage.json")).Replace("https://en.wikipedia.org/wiki/List_of_the_largest_trading_partners_of_China", "somewhere", StringComparison.Ordinal);

        var e = Assert.Throws<DataValidationException>(() => DataPackage.Parse(json));

        Assert.Equal(("trade.sources[wiki-2023].path", "somewhere"), (e.Issues[0].Column, e.Issues[0].Value));
    }

    [Fact]
    public void Load_UnknownResource_NamesTheFolderReadAndWhichExist()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => DataCatalog.FromDirectory(_package.Root).Load("tarde"));

        Assert.StartsWith($"datapackage.json in the data folder {_package.Root} has no resource named 'tarde'. Known: countries, trade. Add it to", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownResourceInEmbeddedCopy_NamesTheCopyAndTheFix()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => DataCatalog.Bundled.Load("no-such-dataset"));

        Assert.StartsWith($"datapackage.json in {DataCatalog.Bundled.Origin} has no resource named 'no-such-dataset'.", e.Message, StringComparison.Ordinal);
        Assert.Contains("rebuild and restart the kernel", e.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet build src/Analysis", e.Message, StringComparison.Ordinal);
        // How old the copy is: the library file's write time, which the build sets.
        var library = typeof(DataCatalog).Assembly.Location;
        var built = File.GetLastWriteTimeUtc(library).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.Contains($"This library ({library}) was built {built} UTC.", e.Message, StringComparison.Ordinal);
        Assert.Contains("dataDirectory = \"../data\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bundled_Origin_NamesTheEmbeddedCopyByFileCountAndTheRepositoryDataFingerprint()
    {
        // The embedded copy is built from data/ (csv files and the manifest): same files, same bytes.
        var files = Directory.EnumerateFiles(RepositoryPaths.Data, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.Data, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Count(p => (p.EndsWith(".csv", StringComparison.Ordinal) || p == "datapackage.json") && !p.StartsWith(".staging/", StringComparison.Ordinal));

        Assert.Equal($"the embedded copy in Analysis.dll: {files} files, content {DataCatalog.ContentFingerprint(RepositoryPaths.Data)}", DataCatalog.Bundled.Origin);
        Assert.DoesNotContain(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, DataCatalog.Bundled.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentFingerprint_TwoFilesHandComputed_IsSha256OfPathZeroBytesZeroInPathOrder()
    {
        var folder = Directory.CreateTempSubdirectory("fingerprint").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "b"));
            File.WriteAllText(Path.Combine(folder, "datapackage.json"), "{}");
            File.WriteAllText(Path.Combine(folder, "b", "x.csv"), "year\n2020\n");
            File.WriteAllText(Path.Combine(folder, "b", "README.md"), "not embedded");
            var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes("b/x.csv\0year\n2020\n\0datapackage.json\0{}\0")))[..12];

            Assert.Equal(expected, DataCatalog.ContentFingerprint(folder));

            File.WriteAllText(Path.Combine(folder, "b", "x.csv"), "year\n2021\n");
            Assert.NotEqual(expected, DataCatalog.ContentFingerprint(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void FromDirectory_MissingRelativeFolder_SaysWhereItLedAndWhatToWrite()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => DataCatalog.FromDirectory("no-such-data-folder"));

        var full = Path.GetFullPath("no-such-data-folder");
        Assert.StartsWith($"Data folder {full} ('no-such-data-folder' resolved against the current directory {Directory.GetCurrentDirectory()}) does not exist.", e.Message, StringComparison.Ordinal);
        Assert.Contains("dataDirectory = \"../data\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDirectory_AFile_SaysItIsAFile()
    {
        var file = Path.Combine(_package.Root, TradeFile);

        var e = Assert.Throws<DirectoryNotFoundException>(() => DataCatalog.FromDirectory(file));

        Assert.StartsWith($"Data folder {file} is a file, not a folder.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutManifest_SaysTheDataFolderWasExpected()
    {
        var e = Assert.Throws<DataValidationException>(() => DataCatalog.FromDirectory(Path.Combine(_package.Root, "trade")).Load("trade"));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(("datapackage.json", "file not found: expected the data folder (the one that holds datapackage.json and one folder per dataset)"), (issue.File, issue.Rule));
        Assert.Contains("read from the data folder " + Path.Combine(_package.Root, "trade"), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "resources", "expected an array 'resources'")]
    [InlineData("{\"resources\": [{\"name\": \"t\", \"path\": \"t.csv\", \"schema\": \"fields\"}]}", "t", "a resource needs 'schema' with a list 'fields'")]
    [InlineData("{\"resources\": [{\"name\": \"t\", \"path\": \"t.csv\", \"schema\": {\"fields\": {}}}]}", "t", "a resource needs 'schema' with a list 'fields'")]
    [InlineData("{\"resources\": [{\"name\": \"t\", \"path\": \"t.csv\", \"schema\": {\"fields\": [{\"name\": \"a\", \"constraints\": {\"enum\": \"x\"}}]}}]}", "t.a.constraints.enum", "expected a list, found string")]
    [InlineData("{\"resources\": [{\"name\": \"t\", \"path\": \"t.csv\", \"schema\": {\"fields\": [], \"foreignKeys\": {}}}]}", "t.foreignKeys", "expected a list, found object")]
    [InlineData("{\"resources\": [{\"name\": \"t\", \"path\": \"t.csv\", \"schema\": {\"fields\": []}, \"sources\": \"none\"}]}", "t.sources", "expected a list, found string")]
    [InlineData("{\"resources\": [{\"name\": \"t\", \"path\": \"t.csv\", \"schema\": {\"fields\": []}, \"checks\": {}}]}", "t.checks", "expected a list, found object")]
    public void Parse_ManifestOfTheWrongShape_IsAManifestIssueNotACrash(string json, string column, string rule)
    {
        var e = Assert.Throws<DataValidationException>(() => DataPackage.Parse(json));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(("datapackage.json", column, rule), (issue.File, issue.Column, issue.Rule));
    }

    [Fact]
    public void Load_FolderWithSpacesAndNonAsciiCharacters_LoadsAndErrorsNameIt()
    {
        var folder = Path.Combine(_package.Root, "données – Россия ü");
        foreach (var file in new[] { "datapackage.json", "countries/countries.csv", TradeFile })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.Copy(Path.Combine(_package.Root, file), Path.Combine(folder, file));
        }

        Assert.Equal(3, DataCatalog.FromDirectory(folder).Load("trade").RowCount);
        File.WriteAllText(Path.Combine(folder, TradeFile), $"{Header}\nRUS,2023,exports,x,wiki-2023,q,\n");
        var e = Assert.Throws<DataValidationException>(() => DataCatalog.FromDirectory(folder).Load("trade"));
        Assert.Equal("the data folder " + folder, e.Origin);
    }

    private List<DataIssue> LoadIssues()
    {
        var e = Assert.Throws<DataValidationException>(() => DataCatalog.FromDirectory(_package.Root).Load("trade"));
        return e.Issues.ToList();
    }
}
