using System.Text.Json.Nodes;
using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Data;

/// <summary>
/// Sum checks declared in datapackage.json (exports + imports = total): a mismatch beyond the
/// stated tolerance fails the load with one issue naming the rows and the values as written; a
/// documented conflict loads and is listed first by <see cref="DataCatalog.Consistency"/>.
/// </summary>
public sealed class ConsistencyCheckTests : IDisposable
{
    private const string Header = "partner,year,flow,value_usd_bn,source_id,source_quote,note";
    private static readonly string[] Flows = ["exports", "imports", "total"];
    private readonly TempDataPackage _package = new();

    public void Dispose() => _package.Dispose();

    private const string Check = """
        {"type": "sum", "groupBy": ["partner", "year"], "field": "flow", "parts": ["exports", "imports"], "total": "total", "value": "value_usd_bn", "tolerance": {"relative": 0.005}}
        """;

    private TempDataPackage WithCheck(string check = Check, string? conflicts = null) => _package.EditManifest(m =>
    {
        var c = (JsonObject)JsonNode.Parse(check)!;
        if (conflicts is not null)
        {
            c["conflicts"] = JsonNode.Parse(conflicts);
        }

        TempDataPackage.ResourceOf(m, "trade")["checks"] = new JsonArray(c);
    });

    private TempDataPackage WithRussia2023(string exports, string imports, string total) => _package.WithTrade(string.Join("\n",
        Header,
        $"RUS,2023,total,{total},wiki-2023,q,",
        $"RUS,2023,exports,{exports},wiki-2023,q,",
        $"RUS,2023,imports,{imports},wiki-2023,q,",
        "EU,2023,exports,501.2,wiki-2023,q,",
        "EU,2023,imports,281.7,wiki-2023,q,",
        "EU,2023,total,783.0,wiki-2023,q,") + "\n");

    private DataCatalog Catalog => DataCatalog.FromDirectory(_package.Root);

    [Fact]
    public void Load_PartsAddUpToTotal_LoadsAndConsistencyListsEveryGroup()
    {
        WithCheck();
        WithRussia2023("111.0", "129.1", "240.1");

        var check = Catalog.Consistency("trade");

        Assert.Equal(6, Catalog.Load("trade").RowCount);
        Assert.Equal(["partner", "year", "parts", "sum_of_parts", "total", "difference", "allowed_difference", "unit", "status", "reason"], check.ColumnKeys);
        // EU: 501.2 + 281.7 = 782.9 against 783.0 → −0.1; RUS: 111.0 + 129.1 = 240.1 → 0. Larger difference first.
        Assert.Equal(["EU", "RUS"], check.GetColumn<string>("partner").Values);
        Assert.Equal([-0.1, 0.0], check.GetColumn<double>("difference").Values);
        Assert.Equal(782.9, check.GetColumn<double>("sum_of_parts")[0], 9);
        Assert.Equal(0.005 * 783.0, check.GetColumn<double>("allowed_difference")[0], 9);
        Assert.All(check.GetColumn<string>("status").Values, s => Assert.Equal("ok", s));
    }

    [Fact]
    public void Load_EditedPartBeyondTolerance_FailsWithOneIssueOnTheTotalRow()
    {
        WithCheck();
        WithRussia2023("150.0", "129.1", "240.1");

        var e = Assert.Throws<DataValidationException>(() => Catalog.Load("trade"));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(("trade/trade.csv", 2, "value_usd_bn", "240.1"), (issue.File, issue.Line!.Value, issue.Column!, issue.Value!));
        // 150.0 + 129.1 = 279.1; 279.1 − 240.1 = 39.0; 0.5 % of 240.1 = 1.2005 → 1.2.
        Assert.Equal(
            "partner=RUS, year=2023: exports + imports = 150.0 + 129.1 = 279.1 (lines 3, 4), but total = 240.1: they differ by 39.0 USD bn, " +
            "more than the tolerance (0.5% of the total = 1.2 USD bn) declared in datapackage.json. " +
            "Correct the value, or, if the sources really disagree, declare the conflict with its reason in the check's 'conflicts' (data/CONVENTIONS.md)",
            issue.Rule);
    }

    [Theory]
    // allowed = max(absolute, relative × |total|)
    [InlineData("240.9", """{"relative": 0.005}""", true)]    // |240.1 − 240.9| = 0.8 ≤ 1.2045
    [InlineData("241.4", """{"relative": 0.005}""", false)]   // 1.3 > 1.207
    [InlineData("241.0", """{"absolute": 1.0, "relative": 0.001}""", true)]    // 0.9 ≤ max(1.0, 0.241)
    [InlineData("241.2", """{"absolute": 1.0, "relative": 0.001}""", false)]   // 1.1 > max(1.0, 0.2412)
    [InlineData("240.2", """{"absolute": 0.1}""", true)]      // 0.1 ≤ 0.1: the bound itself passes
    public void Load_Tolerance_IsTheLargerOfAbsoluteAndRelative(string total, string tolerance, bool loads)
    {
        WithCheck(Check.Replace("""{"relative": 0.005}""", tolerance, StringComparison.Ordinal));
        WithRussia2023("111.0", "129.1", total);

        var issues = Catalog.Validate("trade");

        Assert.Equal(loads, issues.Count == 0);
    }

    [Fact]
    public void AllowedDifference_AbsoluteAndRelative_TakesTheLarger()
    {
        var check = new SumCheck(["partner"], "flow", ["exports", "imports"], "total", "value_usd_bn", 1.0, 0.005, []);

        Assert.Equal(1.0, check.AllowedDifference(100.0), 12);   // 0.5 % of 100 = 0.5 < 1.0
        Assert.Equal(3.0, check.AllowedDifference(-600.0), 12);  // 0.5 % of 600 = 3.0
        Assert.Equal("1 or 0.5% of the total", check.DescribeTolerance());
    }

    [Fact]
    public void Load_DeclaredConflict_LoadsAndIsListedFirstWithItsReason()
    {
        WithCheck(conflicts: """[{"where": {"partner": "RUS", "year": 2023}, "reason": "two sources disagree; see README"}]""");
        WithRussia2023("150.0", "129.1", "240.1");

        var check = Catalog.Consistency("trade");

        Assert.Equal(["RUS", "EU"], check.GetColumn<string>("partner").Values);
        Assert.Equal(["documented conflict", "ok"], check.GetColumn<string>("status").Values);
        Assert.Equal("two sources disagree; see README", check.GetColumn<string>("reason")[0]);
        Assert.Equal(39.0, check.GetColumn<double>("difference")[0], 9);
    }

    [Fact]
    public void Load_DeclaredConflictWithinTolerance_AsksToRemoveIt()
    {
        WithCheck(conflicts: """[{"where": {"partner": "RUS", "year": "2023"}, "reason": "was fixed since"}]""");
        WithRussia2023("111.0", "129.1", "240.1");

        var issue = Assert.Single(Catalog.Validate("trade"));

        Assert.Equal(("datapackage.json", "trade.checks", "partner=RUS, year=2023"), (issue.File, issue.Column!, issue.Value!));
        Assert.Equal("declared conflict is within the tolerance (240.1 vs 240.1): remove it from 'conflicts'", issue.Rule);
    }

    [Fact]
    public void Load_DeclaredConflictForNoGroup_IsAManifestIssue()
    {
        WithCheck(conflicts: """[{"where": {"partner": "RUS", "year": 2022}, "reason": "r"}]""");
        WithRussia2023("111.0", "129.1", "240.1");

        var issue = Assert.Single(Catalog.Validate("trade"));

        Assert.Equal("declared conflict names no group that has all of exports, imports, total: remove it or correct 'where'", issue.Rule);
    }

    [Fact]
    public void Load_GroupWithoutTotal_IsNotChecked()
    {
        WithCheck();
        _package.WithTrade($"{Header}\nRUS,2023,exports,150.0,wiki-2023,q,\nRUS,2023,imports,129.1,wiki-2023,q,\nRUS,2022,total,190.27,wiki-2023,q,\n");

        Assert.Equal(0, Catalog.Consistency("trade").RowCount);
    }

    [Theory]
    [InlineData("""{"type": "sum", "groupBy": ["partner", "yaer"], "field": "flow", "parts": ["exports", "imports"], "total": "total", "value": "value_usd_bn", "tolerance": {"relative": 0.005}}""", "yaer", "a sum check names a field that is not in the schema")]
    [InlineData("""{"type": "sum", "groupBy": ["partner", "year"], "field": "flow", "parts": ["exports", "import"], "total": "total", "value": "value_usd_bn", "tolerance": {"relative": 0.005}}""", "import", "not a value of field 'flow' (expected one of: exports, imports, total)")]
    [InlineData("""{"type": "sum", "groupBy": ["partner", "year"], "field": "flow", "parts": ["exports", "imports"], "total": "total", "value": "value_usd_bn"}""", null, "a sum check needs a 'tolerance' with 'absolute' (in the value's unit) and/or 'relative' (fraction of the total), not negative")]
    [InlineData("""{"type": "sum", "groupBy": ["partner", "year"], "field": "flow", "parts": ["exports", "imports"], "total": "total", "value": "year", "tolerance": {"relative": 0.005}}""", "year", "a sum check's 'value' must be a number field")]
    [InlineData("""{"type": "ratio"}""", "ratio", "a check's 'type' must be 'sum'")]
    public void Parse_BadCheck_IsAManifestError(string check, string? value, string rule)
    {
        WithCheck(check);

        var e = Assert.Throws<DataValidationException>(() => Catalog.Package);

        var issue = Assert.Single(e.Issues);
        Assert.Equal(("datapackage.json", "trade.checks", value, rule), (issue.File, issue.Column, issue.Value, issue.Rule));
        Assert.Contains("read from the data folder " + _package.Root, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BundledChinaTradeWithChinasExportsToRussiaEdited_FailsNamingTheRowsAndTheFolder()
    {
        // The edit from the issue: China's 2023 exports to Russia 111.0 → 150.0 raised turnover to
        // 279.1 against the published 240.1, and loaded without a word.
        using var copy = DataFolderCopy.Create();
        var csv = Path.Combine(copy.Root, "china-goods-trade", "china-goods-trade.csv");
        var lines = File.ReadAllLines(csv);
        int LineOf(string start) => Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal)) + 1;
        var (total, exports, imports) = (LineOf("RUS,,2023,total,240.1,"), LineOf("RUS,,2023,exports,111.0,"), LineOf("RUS,,2023,imports,129.1,"));
        lines[exports - 1] = lines[exports - 1].Replace("RUS,,2023,exports,111.0,", "RUS,,2023,exports,150.0,", StringComparison.Ordinal);
        File.WriteAllText(csv, string.Join("\n", lines) + "\n");

        var e = Assert.Throws<DataValidationException>(() => DataCatalog.FromDirectory(copy.Root).Load(Datasets.ChinaGoodsTrade));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(total, issue.Line);
        Assert.StartsWith($"partner=RUS, year=2023: exports + imports = 150.0 + 129.1 = 279.1 (lines {exports}, {imports}), but total = 240.1: they differ by 39.0 USD bn", issue.Rule, StringComparison.Ordinal);
        Assert.StartsWith($"1 problem(s) in china-goods-trade/china-goods-trade.csv, read from the data folder {copy.Root}:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Consistency_BundledChinaTrade_ListsEveryCompleteGroupWithTheDocumentedConflictFirst()
    {
        // Independently of the library: partner-years that have exports, imports and total in the CSV.
        var complete = File.ReadAllLines(Path.Combine(RepositoryPaths.Data, "china-goods-trade", "china-goods-trade.csv")).Skip(1)
            .Select(l => l.Split(','))
            .GroupBy(f => (f[0], f[2]))
            .Count(g => Flows.All(flow => g.Any(f => f[3] == flow)));

        var check = BundledCatalog.Instance.Consistency(Datasets.ChinaGoodsTrade);

        Assert.Equal(complete, check.RowCount);
        Assert.Equal(("WLD", "2025", "documented conflict"), (check.GetColumn<string>("partner")[0], check.GetColumn<string>("year")[0], check.GetColumn<string>("status")[0]));
        // 3770 + 2580 − 6480 = −130
        Assert.Equal(-130.0, check.GetColumn<double>("difference")[0], 9);
        var differences = check.GetColumn<double>("difference");
        var allowed = check.GetColumn<double>("allowed_difference");
        Assert.All(check.RowKeys.Skip(1), r => Assert.True(Math.Abs(differences[r]) <= allowed[r], $"row {r}: {differences[r]} beyond {allowed[r]}"));
    }

    [Fact]
    public void Checks_ChinaGoodsTrade_DeclaresExportsPlusImportsEqualsTotal()
    {
        var check = Assert.Single(BundledCatalog.Instance.Package.Resource(Datasets.ChinaGoodsTrade).Checks);

        Assert.Equal(["partner", "year"], check.GroupBy);
        Assert.Equal(["exports", "imports"], check.Parts);
        Assert.Equal(("flow", "total", "value_usd_bn"), (check.CategoryField, check.Total, check.ValueField));
        Assert.Equal(0.005, check.RelativeTolerance);
    }
}
