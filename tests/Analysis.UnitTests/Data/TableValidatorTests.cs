using Analysis.Data;

namespace Analysis.UnitTests.Data;

/// <summary>
/// Every rule of the schema validator on a resource built in code: one rule per test, the file
/// text written out, and the exact issue (file, line, column, value, rule) expected.
/// </summary>
public sealed class TableValidatorTests
{
    private const string File = "t/t.csv";

    private static readonly SourceDescriptor Source = new("src-1", "A table", "A publisher", "https://example.org/table", null, null, null, SourceKind.OfficialStatistics);

    private static FieldDescriptor Field(string name, FieldType type = FieldType.String, string? unit = null, bool required = false, double? min = null, double? max = null, string[]? allowed = null, string? pattern = null) =>
        new(name, type, unit, null, new FieldConstraints(required, min, max, allowed, pattern));

    private static ResourceDescriptor Resource(IReadOnlyList<FieldDescriptor> fields, IReadOnlyList<string>? primaryKey = null, IReadOnlyList<ForeignKey>? foreignKeys = null) =>
        new("t", File, null, fields, primaryKey ?? [], foreignKeys ?? [], [Source]);

    /// <summary>code (pattern, required), year (integer 1990–2030), value (number ≥ 0 in USD bn), day (date), source_id; key code+year.</summary>
    private static ResourceDescriptor Standard() => Resource(
        [
            Field("code", required: true, pattern: "[A-Z]{3}"),
            Field("year", FieldType.Integer, required: true, min: 1990, max: 2030),
            Field("value", FieldType.Number, unit: "USD bn", min: 0),
            Field("day", FieldType.Date),
            Field("source_id", required: true),
        ],
        ["code", "year"]);

    private const string StandardHeader = "code,year,value,day,source_id";

    private static (ValidatedTable? Table, List<DataIssue> Issues) Validate(ResourceDescriptor resource, string text, Func<string, string, IReadOnlySet<string>>? referenced = null)
    {
        var issues = new List<DataIssue>();
        var csv = CsvParser.Parse(resource.Path, text, issues);
        var table = TableValidator.Validate(resource, csv, referenced ?? ((_, _) => new HashSet<string>()), issues);
        return (table, issues);
    }

    private static DataIssue OneIssue(string row) => Assert.Single(Validate(Standard(), $"{StandardHeader}\n{row}\n").Issues);

    [Fact]
    public void Validate_GoodRows_TypesEveryColumn()
    {
        var (table, issues) = Validate(Standard(), $"{StandardHeader}\nRUS,2023,111.5,2023-10-18,src-1\nCHN,1990,0,,src-1\n");

        Assert.Empty(issues);
        Assert.NotNull(table);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(new object?[] { "RUS", "CHN" }, table.Columns["code"]);
        Assert.Equal(new object?[] { 2023, 1990 }, table.Columns["year"]);
        Assert.Equal(new object?[] { 111.5, 0.0 }, table.Columns["value"]);
        Assert.Equal(new object?[] { new DateOnly(2023, 10, 18), null }, table.Columns["day"]);
        Assert.Equal((2, 3), (table.Line(0), table.Line(1)));
        Assert.Equal("111.5", table.Raw(0, "value"));
    }

    [Fact]
    public void Validate_ColumnsInAnotherOrder_AreMatchedByName()
    {
        var (table, issues) = Validate(Standard(), "source_id,day,value,year,code\nsrc-1,,5,2020,RUS\n");

        Assert.Empty(issues);
        Assert.Equal(new object?[] { 2020 }, table!.Columns["year"]);
        Assert.Equal("RUS", table.Raw(0, "code"));
    }

    [Fact]
    public void Validate_UnknownColumn_IsNamedAndNothingIsRead()
    {
        var (table, issues) = Validate(Standard(), $"{StandardHeader},extra\nRUS,2023,1,,src-1,x\n");

        Assert.Null(table);
        Assert.Equal(new DataIssue(File, 1, "extra", null, "unknown column: not in the schema in datapackage.json"), Assert.Single(issues));
    }

    [Fact]
    public void Validate_DuplicateColumnName_IsNamedOnce()
    {
        var (table, issues) = Validate(Standard(), $"{StandardHeader},year\nRUS,2023,1,,src-1,2023\n");

        Assert.Null(table);
        Assert.Equal(new DataIssue(File, 1, "year", null, "duplicate column name in the header"), Assert.Single(issues));
    }

    [Fact]
    public void Validate_MissingAndUnknownColumns_AreAllListed()
    {
        var (_, issues) = Validate(Standard(), "code,yr,value,day,source_id\nRUS,2023,1,,src-1\n");

        Assert.Equal(
            [
                new DataIssue(File, 1, "year", null, "missing column: the schema requires it"),
                new DataIssue(File, 1, "yr", null, "unknown column: not in the schema in datapackage.json"),
            ],
            issues);
    }

    [Theory]
    [InlineData(" RUS,2023,1,,src-1", "code", " RUS")]
    [InlineData("RUS,2023 ,1,,src-1", "year", "2023 ")]
    [InlineData("RUS,2023,\t1,,src-1", "value", "\t1")]
    [InlineData("RUS,2023,1,,src-1 ", "source_id", "src-1 ")]
    public void Validate_LeadingOrTrailingWhitespace_IsRejectedNotTrimmed(string row, string column, string value)
    {
        var issue = OneIssue(row);

        Assert.Equal(new DataIssue(File, 2, column, value, "leading or trailing whitespace"), issue);
    }

    [Theory]
    [InlineData("2023-13-01")] // no month 13
    [InlineData("2023-02-29")] // 2023 is not a leap year
    [InlineData("18/10/2023")]
    [InlineData("2023-10-18T00:00")]
    [InlineData("2023-1-5")]
    public void Validate_BadIsoDate_IsRejected(string day)
    {
        var issue = OneIssue($"RUS,2023,1,{day},src-1");

        Assert.Equal(new DataIssue(File, 2, "day", day, "expected an ISO date YYYY-MM-DD"), issue);
    }

    [Fact]
    public void Validate_LeapDay_IsADate()
    {
        var (table, issues) = Validate(Standard(), $"{StandardHeader}\nRUS,2024,1,2024-02-29,src-1\n");

        Assert.Empty(issues);
        Assert.Equal(new DateOnly(2024, 2, 29), table!.Columns["day"][0]);
    }

    [Fact]
    public void Validate_IntegerAboveTheMaximum_NamesTheMaximum()
    {
        var issue = OneIssue("RUS,2031,1,,src-1");

        Assert.Equal(new DataIssue(File, 2, "year", "2031", "above the maximum 2030"), issue);
    }

    [Fact]
    public void Validate_IntegerBelowTheMinimum_NamesTheMinimum()
    {
        var issue = OneIssue("RUS,1989,1,,src-1");

        Assert.Equal(new DataIssue(File, 2, "year", "1989", "below the minimum 1990"), issue);
    }

    [Fact]
    public void Validate_NumberAboveTheMaximum_NamesTheMaximumWithItsUnit()
    {
        var resource = Resource([Field("share", FieldType.Number, unit: "percent", max: 100), Field("source_id")]);

        var (_, issues) = Validate(resource, "share,source_id\n100,src-1\n100.5,src-1\n");

        Assert.Equal(new DataIssue(File, 3, "share", "100.5", "above the maximum 100 percent"), Assert.Single(issues));
    }

    [Fact]
    public void Validate_ValuesOnTheBounds_AreAccepted()
    {
        var (_, issues) = Validate(Standard(), $"{StandardHeader}\nRUS,1990,0,,src-1\nRUS,2030,0,,src-1\n");

        Assert.Empty(issues);
    }

    [Fact]
    public void Validate_NegativeNumberBelowAMinimumOfZero_IsRejected()
    {
        // -0.0001 is below 0 though it rounds to zero.
        var issue = OneIssue("RUS,2023,-0.0001,,src-1");

        Assert.Equal(new DataIssue(File, 2, "value", "-0.0001", "below the minimum 0 USD bn"), issue);
    }

    [Theory]
    [InlineData("RU")]      // too short
    [InlineData("RUSS")]    // too long: the pattern must match the whole value
    [InlineData("rus")]     // lower case
    [InlineData("RU1")]
    public void Validate_ValueBreakingItsPattern_NamesThePattern(string code)
    {
        var issue = OneIssue($"{code},2023,1,,src-1");

        Assert.Equal(new DataIssue(File, 2, "code", code, "does not match the pattern [A-Z]{3}"), issue);
    }

    [Theory]
    [InlineData("AB", true)]
    [InlineData("CD", true)]
    [InlineData("ABX", false)] // "AB|CD" must hold for the whole value, not "^AB" or "CD$"
    [InlineData("XCD", false)]
    public void Validate_PatternWithAlternatives_IsAnchoredAroundTheWholePattern(string value, bool valid)
    {
        var resource = Resource([Field("code", pattern: "AB|CD")]);

        var (_, issues) = Validate(resource, $"code\n{value}\n");

        Assert.Equal(valid, issues.Count == 0);
    }

    [Fact]
    public void Validate_EmptyOptionalValueWithAPattern_IsMissingNotAMismatch()
    {
        var resource = Resource([Field("code", pattern: "[A-Z]{3}"), Field("n")]);

        var (table, issues) = Validate(resource, "code,n\n,1\n");

        Assert.Empty(issues);
        Assert.Null(table!.Columns["code"][0]);
    }

    [Fact]
    public void Validate_EmptyRequiredValue_IsRejected()
    {
        var issue = OneIssue(",2023,1,,src-1");

        Assert.Equal(new DataIssue(File, 2, "code", "", "required value is empty"), issue);
    }

    [Theory]
    [InlineData("2023.0")]
    [InlineData("2,023")]
    [InlineData("2e3")]
    [InlineData("0x7E7")]
    public void Validate_IntegerNotInPlainDigits_IsRejected(string year)
    {
        var issue = OneIssue($"RUS,\"{year}\",1,,src-1");

        Assert.Equal(new DataIssue(File, 2, "year", year, "expected an integer (digits only, no separators)"), issue);
    }

    [Theory]
    [InlineData("-5", -5)]
    [InlineData("+5", 5)]
    public void Validate_SignedInteger_IsRead(string raw, int expected)
    {
        var resource = Resource([Field("n", FieldType.Integer)]);

        var (table, issues) = Validate(resource, $"n\n{raw}\n");

        Assert.Empty(issues);
        Assert.Equal(expected, table!.Columns["n"][0]);
    }

    [Theory]
    [InlineData("1e3", 1000.0)]
    [InlineData("-2.5E-1", -0.25)]
    [InlineData(".5", 0.5)]
    public void Validate_NumberWithExponentOrSign_IsRead(string raw, double expected)
    {
        var resource = Resource([Field("x", FieldType.Number, unit: "t"), Field("source_id")]);

        var (table, issues) = Validate(resource, $"x,source_id\n{raw},src-1\n");

        Assert.Empty(issues);
        Assert.Equal(expected, (double)table!.Columns["x"][0]!, 12);
    }

    [Fact]
    public void Validate_NumberWithoutUnit_SaysNoUnit()
    {
        var resource = Resource([Field("x", FieldType.Number)]);

        var (_, issues) = Validate(resource, "x\nabc\n");

        Assert.Equal("expected a number ('.' as decimal mark, no thousands separators)", Assert.Single(issues).Rule);
    }

    [Fact]
    public void Validate_ResourceWithoutPrimaryKey_AcceptsIdenticalRows()
    {
        var resource = Resource([Field("code"), Field("n", FieldType.Integer)]);

        var (table, issues) = Validate(resource, "code,n\nRUS,1\nRUS,1\nRUS,1\n");

        Assert.Empty(issues);
        Assert.Equal(3, table!.RowCount);
    }

    [Fact]
    public void Validate_DuplicatePrimaryKey_NamesTheKeyAsWrittenAndTheFirstLine()
    {
        var (_, issues) = Validate(Standard(), $"{StandardHeader}\nRUS,2023,1,,src-1\nCHN,2023,1,,src-1\nRUS,2023,2,,src-1\nRUS,2023,3,,src-1\n");

        Assert.Equal(
            [
                new DataIssue(File, 4, "code+year", "code=RUS, year=2023", "duplicate primary key: first seen on line 2"),
                new DataIssue(File, 5, "code+year", "code=RUS, year=2023", "duplicate primary key: first seen on line 2"),
            ],
            issues);
    }

    [Fact]
    public void Validate_PrimaryKeyNumbersWrittenDifferently_AreTheSameKey()
    {
        // 1.50 and 1.5 are one number, so one key.
        var resource = Resource([Field("x", FieldType.Number, unit: "t"), Field("source_id")], ["x"]);

        var (_, issues) = Validate(resource, "x,source_id\n1.5,src-1\n1.50,src-1\n");

        Assert.Equal(new DataIssue(File, 3, "x", "x=1.50", "duplicate primary key: first seen on line 2"), Assert.Single(issues));
    }

    [Fact]
    public void Validate_PrimaryKeyPartsThatJoinAlike_AreDifferentKeys()
    {
        // (A, 12) and (A1, 2) differ though their digits run together; the parts are kept apart.
        var resource = Resource([Field("a"), Field("b")], ["a", "b"]);

        var (_, issues) = Validate(resource, "a,b\nA,12\nA1,2\n");

        Assert.Empty(issues);
    }

    [Fact]
    public void Validate_DatePrimaryKey_ComparesDates()
    {
        var resource = Resource([Field("d", FieldType.Date)], ["d"]);

        var (_, issues) = Validate(resource, "d\n2024-01-02\n2024-02-01\n2024-01-02\n");

        Assert.Equal(new DataIssue(File, 4, "d", "d=2024-01-02", "duplicate primary key: first seen on line 2"), Assert.Single(issues));
    }

    [Fact]
    public void Validate_RowWithABadValue_IsNotCheckedForDuplicateKeys()
    {
        // Line 3 repeats line 2's key but its year is bad: one issue (the year), not a duplicate too.
        var (_, issues) = Validate(Standard(), $"{StandardHeader}\nRUS,2023,1,,src-1\nRUS,2023,x,,src-1\nRUS,2023,2,,src-1\n");

        Assert.Equal(
            [
                new DataIssue(File, 3, "value", "x", "expected a number in USD bn ('.' as decimal mark, no thousands separators)"),
                new DataIssue(File, 4, "code+year", "code=RUS, year=2023", "duplicate primary key: first seen on line 2"),
            ],
            issues);
    }

    [Fact]
    public void Validate_RowWithTooManyFields_IsReportedAndSkipped()
    {
        var (table, issues) = Validate(Standard(), $"{StandardHeader}\nRUS,2023,1,,src-1,extra\nCHN,2023,1,,src-1\n");

        Assert.Equal(new DataIssue(File, 2, null, "RUS,2023,1,,src-1,extra", "expected 5 fields, found 6 (check for an unquoted comma)"), Assert.Single(issues));
        Assert.Equal(new object?[] { null, "CHN" }, table!.Columns["code"]);
    }

    [Fact]
    public void Validate_UnknownSourceId_IsRejected()
    {
        var issue = OneIssue("RUS,2023,1,,src-2");

        Assert.Equal(new DataIssue(File, 2, "source_id", "src-2", "unknown source id: expected one of this resource's sources in datapackage.json"), issue);
    }

    [Fact]
    public void Validate_ResourceWithoutSourceColumn_DoesNotCheckSourceIds()
    {
        var resource = Resource([Field("code")]);

        var (_, issues) = Validate(resource, "code\nsrc-2\n");

        Assert.Empty(issues);
    }

    [Fact]
    public void Validate_UnknownSourceId_KeepsTheRowOutOfTheKeyCheck()
    {
        var (_, issues) = Validate(Standard(), $"{StandardHeader}\nRUS,2023,1,,src-1\nRUS,2023,1,,nope\n");

        Assert.Equal("source_id", Assert.Single(issues).Column);
    }

    [Fact]
    public void Validate_ForeignKey_ChecksPresentValuesOnly()
    {
        var resource = Resource([Field("partner"), Field("n", FieldType.Integer)], foreignKeys: [new ForeignKey("partner", "countries", "code")]);
        IReadOnlySet<string> Codes(string r, string f) => r == "countries" && f == "code" ? new HashSet<string> { "RUS", "CHN" } : new HashSet<string>();

        var (_, issues) = Validate(resource, "partner,n\nRUS,1\n,2\nXXX,3\n", Codes);

        Assert.Equal(new DataIssue(File, 4, "partner", "XXX", "unknown code: expected a value of countries.code"), Assert.Single(issues));
    }

    [Fact]
    public void Validate_EnumValue_IsCaseSensitive()
    {
        var resource = Resource([Field("flow", allowed: ["exports", "imports"])]);

        var (_, issues) = Validate(resource, "flow\nexports\nImports\n");

        Assert.Equal(new DataIssue(File, 3, "flow", "Imports", "expected one of: exports, imports"), Assert.Single(issues));
    }

    [Fact]
    public void Validate_LongBadValue_IsShortenedInTheIssue()
    {
        var longValue = new string('9', 70) + "x";

        var issue = OneIssue($"RUS,2023,{longValue},,src-1");

        Assert.Equal(new string('9', 57) + "...", issue.Value);
    }

    [Fact]
    public void Validate_UnitFromTheUnitColumn_OnlyForFieldsThatPointThere()
    {
        // 'value' takes its unit from the row; 'weight' has its own unit.
        var resource = Resource(
        [
            Field("unit", required: true, allowed: ["bcm", "percent"]),
            Field("value", FieldType.Number, unit: "see unit column", min: 0),
            Field("weight", FieldType.Number, unit: "kg", min: 0),
            Field("source_id"),
        ]);

        var (_, issues) = Validate(resource, "unit,value,weight,source_id\nbcm,-1,-2,src-1\n");

        Assert.Equal(["below the minimum 0 bcm", "below the minimum 0 kg"], issues.Select(i => i.Rule));
    }

    [Fact]
    public void Validate_NumberWithoutUnitAndAnEmptyUnitColumn_HasNoUnitSuffix()
    {
        var resource = Resource([Field("unit"), Field("value", FieldType.Number, min: 0), Field("source_id")]);

        var (_, issues) = Validate(resource, "unit,value,source_id\n,-1,src-1\n");

        Assert.Equal("below the minimum 0", Assert.Single(issues).Rule);
    }

    [Fact]
    public void Validate_HeaderOfOneUnknownName_IsAnUnknownColumnNotADelimiterProblem()
    {
        var resource = Resource([Field("a"), Field("b")]);

        var (_, issues) = Validate(resource, "ab\n1\n");

        Assert.Contains(new DataIssue(File, 1, "ab", null, "unknown column: not in the schema in datapackage.json"), issues);
        Assert.DoesNotContain(issues, i => i.Rule.StartsWith("wrong delimiter", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PipeDelimitedHeader_IsNamed()
    {
        var resource = Resource([Field("a"), Field("b")]);

        var (table, issues) = Validate(resource, "a|b\n1|2\n");

        Assert.Null(table);
        Assert.Equal(new DataIssue(File, 1, null, "a|b", "wrong delimiter: the header looks '|'-delimited; expected comma-delimited 'a,b'"), Assert.Single(issues));
    }

    [Theory]
    [InlineData("a\tb\n1\t2\n", "a\tb", "tab")]
    [InlineData("a;b\n1;2\n", "a;b", "';'")]
    public void Validate_TabOrSemicolonDelimitedHeader_NamesTheDelimiter(string text, string header, string shown)
    {
        var resource = Resource([Field("a"), Field("b")]);

        var (table, issues) = Validate(resource, text);

        Assert.Null(table);
        Assert.Equal(new DataIssue(File, 1, null, header, $"wrong delimiter: the header looks {shown}-delimited; expected comma-delimited 'a,b'"), Assert.Single(issues));
    }

    [Fact]
    public void Validate_EmptyFile_AsksForTheHeader()
    {
        var (table, issues) = Validate(Standard(), "");

        Assert.Null(table);
        Assert.Equal(new DataIssue(File, 1, null, null, $"file is empty: expected a header row '{StandardHeader}'"), Assert.Single(issues));
    }

    [Fact]
    public void Validate_HeaderWithoutRows_IsNoDataOnLineTwo()
    {
        var (table, issues) = Validate(Standard(), $"{StandardHeader}\n");

        Assert.Null(table);
        Assert.Equal(new DataIssue(File, 2, null, null, "no data rows: expected at least one row after the header"), Assert.Single(issues));
    }

    /// <summary>k (key), i (integer 0–10), e (a or b), p (one capital letter), d (date), r (required).</summary>
    private static ResourceDescriptor EveryRule() => Resource(
        [
            Field("k"),
            Field("i", FieldType.Integer, min: 0, max: 10),
            Field("e", allowed: ["a", "b"]),
            Field("p", pattern: "[A-Z]"),
            Field("d", FieldType.Date),
            Field("r", required: true),
        ],
        ["k"]);

    [Theory]
    [InlineData("K,1,a,A,2024-01-01,", "r", "", "required value is empty")]
    [InlineData("K, 1,a,A,2024-01-01,x", "i", " 1", "leading or trailing whitespace")]
    [InlineData("K,1.5,a,A,2024-01-01,x", "i", "1.5", "expected an integer (digits only, no separators)")]
    [InlineData("K,1,a,A,2024-13-01,x", "d", "2024-13-01", "expected an ISO date YYYY-MM-DD")]
    [InlineData("K,-1,a,A,2024-01-01,x", "i", "-1", "below the minimum 0")]
    [InlineData("K,11,a,A,2024-01-01,x", "i", "11", "above the maximum 10")]
    [InlineData("K,1,c,A,2024-01-01,x", "e", "c", "expected one of: a, b")]
    [InlineData("K,1,a,AB,2024-01-01,x", "p", "AB", "does not match the pattern [A-Z]")]
    public void Validate_RowBrokenByAnyRule_IsOneIssueAndStaysOutOfTheKeyCheck(string row, string column, string value, string rule)
    {
        // Line 3 repeats line 2's key; it breaks one rule, so the only issue is that rule (a row with a bad value is not
        // a candidate duplicate: its fix may change the key).
        var (_, issues) = Validate(EveryRule(), $"k,i,e,p,d,r\nK,1,a,A,2024-01-01,x\n{row}\n");

        Assert.Equal(new DataIssue(File, 3, column, value, rule), Assert.Single(issues));
    }

    [Fact]
    public void Validate_HeaderStartingWithAnotherDelimiter_NamesTheDelimiter()
    {
        // A semicolon-delimited file whose first column has no name: the delimiter is the header's first character.
        var resource = Resource([Field("a"), Field("b")]);

        var (table, issues) = Validate(resource, ";a;b\n;1;2\n");

        Assert.Null(table);
        Assert.Equal(new DataIssue(File, 1, null, ";a;b", "wrong delimiter: the header looks ';'-delimited; expected comma-delimited 'a,b'"), Assert.Single(issues));
    }

    [Fact]
    public void Validate_FieldPointingToAnEmptyUnitColumn_HasNoUnitSuffix()
    {
        // The schema says the unit is in the row, and the row gives none: the message names no unit rather than the
        // schema's pointer text.
        var resource = Resource([Field("unit"), Field("value", FieldType.Number, unit: "see unit column", min: 0), Field("source_id")]);

        var (_, issues) = Validate(resource, "unit,value,source_id\n,-1,src-1\n");

        Assert.Equal("below the minimum 0", Assert.Single(issues).Rule);
    }

    [Fact]
    public void Validate_OnlyAMissingColumn_StopsBeforeTheRows()
    {
        // No unknown or duplicate column beside it: the missing column alone must stop the rows being read.
        var resource = Resource([Field("a"), Field("b")]);

        var (table, issues) = Validate(resource, "a\n1\n");

        Assert.Null(table);
        Assert.Equal(new DataIssue(File, 1, "b", null, "missing column: the schema requires it"), Assert.Single(issues));
    }
}
