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
    public void Load_InvalidUtf8_IsReported()
    {
        _package.WithFile(TradeFile, [.. Encoding.UTF8.GetBytes(Header + "\nRUS,2023,exports,1,wiki-2023,"), 0xFF, 0xFE, (byte)'\n']);

        Assert.Equal("not valid UTF-8 text", Assert.Single(LoadIssues()).Rule);
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
        Assert.StartsWith("5 problem(s) in trade/trade.csv:", e.Message, StringComparison.Ordinal);
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
    public void Load_UnknownResource_SaysWhichExist()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => DataCatalog.FromDirectory(_package.Root).Load("tarde"));

        Assert.Contains("Known: countries, trade", e.Message, StringComparison.Ordinal);
    }

    private List<DataIssue> LoadIssues()
    {
        var e = Assert.Throws<DataValidationException>(() => DataCatalog.FromDirectory(_package.Root).Load("trade"));
        return e.Issues.ToList();
    }
}
