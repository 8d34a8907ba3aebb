using Analysis.Render;

namespace Analysis.Tests.Render;

/// <summary>Papermill-style parameters: reading the parameters cell and writing the injected cell.</summary>
public sealed class ParametersTests
{
    private const string Header = "// Parameters injected by the render command (overrides of the cell above)\n";

    private const string Cell = """
        // Parameters (override with the render command's -p)
        var firstYear = 2013;
        var eta = -1.0;
        var dataDirectory = "";
        bool x = true;
        """;

    private static IReadOnlyList<ParameterDeclaration> Declared() => Parameters.Parse(Cell);

    private static Dictionary<string, string> One(string name, string value) => new(StringComparer.Ordinal) { [name] = value };

    [Fact]
    public void Parse_TypicalCell_ReadsNamesKindsAndDefaults()
    {
        var declared = Declared();

        Assert.Equal(
            [
                new ParameterDeclaration("firstYear", ParameterKind.WholeNumber, "2013"),
                new ParameterDeclaration("eta", ParameterKind.RealNumber, "-1.0"),
                new ParameterDeclaration("dataDirectory", ParameterKind.Text, "\"\""),
                new ParameterDeclaration("x", ParameterKind.Boolean, "true"),
            ],
            declared);
    }

    [Theory]
    [InlineData("var a = 1;", ParameterKind.WholeNumber)]
    [InlineData("var a = -7;", ParameterKind.WholeNumber)]
    [InlineData("var a = 1.5;", ParameterKind.RealNumber)]
    [InlineData("var a = \"text\";", ParameterKind.Text)]
    [InlineData("var a = false;", ParameterKind.Boolean)]
    [InlineData("double a = 2;", ParameterKind.RealNumber)]
    [InlineData("string a = \"2\";", ParameterKind.Text)]
    [InlineData("int a = 2;", ParameterKind.WholeNumber)]
    public void Parse_Declaration_InfersKind(string source, ParameterKind expected)
    {
        var d = Assert.Single(Parameters.Parse(source));

        Assert.Equal("a", d.Name);
        Assert.Equal(expected, d.Kind);
    }

    [Fact]
    public void Parse_CommentsAndCalls_AreNotDeclarations()
    {
        Assert.Empty(Parameters.Parse("// var a = 1;\nConsole.WriteLine(1);\n"));
    }

    [Theory]
    [InlineData("firstYear", "2015", "var firstYear = 2015;")]
    [InlineData("firstYear", "-3", "var firstYear = -3;")]
    [InlineData("eta", "-1.5", "var eta = -1.5;")]
    // a whole number given for a double keeps its decimal point, so the variable stays a double
    [InlineData("eta", "2", "var eta = 2.0;")]
    [InlineData("eta", "1e-5", "var eta = 1E-05;")]
    [InlineData("dataDirectory", "/tmp/data", "var dataDirectory = \"/tmp/data\";")]
    // C:\my "data" → "C:\\my \"data\""
    [InlineData("dataDirectory", "C:\\my \"data\"", "var dataDirectory = \"C:\\\\my \\\"data\\\"\";")]
    [InlineData("dataDirectory", "", "var dataDirectory = \"\";")]
    [InlineData("x", "false", "var x = false;")]
    [InlineData("x", "True", "var x = true;")]
    public void InjectedCell_OneOverride_IsExactSource(string name, string value, string expectedLine)
    {
        var source = Parameters.InjectedCell(Declared(), One(name, value));

        Assert.Equal(Header + expectedLine, source);
    }

    [Fact]
    public void InjectedCell_SeveralOverrides_OneLinePerOverrideInNameOrder()
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal) { ["x"] = "false", ["firstYear"] = "2020", ["eta"] = "-0.5" };

        var source = Parameters.InjectedCell(Declared(), overrides);

        Assert.Equal(Header + "var eta = -0.5;\nvar firstYear = 2020;\nvar x = false;", source);
    }

    [Fact]
    public void InjectedCell_UnknownParameter_ThrowsArgumentExceptionNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => Parameters.InjectedCell(Declared(), One("lastYear", "2024")));

        Assert.Contains("'lastYear'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("firstYear", "abc")]
    [InlineData("firstYear", "2013.5")]
    [InlineData("eta", "minus one")]
    [InlineData("eta", "NaN")]
    [InlineData("x", "yes")]
    public void InjectedCell_WrongKind_ThrowsArgumentExceptionNamingParameter(string name, string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => Parameters.InjectedCell(Declared(), One(name, value)));

        Assert.Contains("'" + name + "'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePairs_NameEqualsValue_SplitsAtFirstEquals()
    {
        var pairs = Parameters.ParsePairs(["firstYear=2015", "dataDirectory=a=b", "empty="]);

        Assert.Equal("2015", pairs["firstYear"]);
        Assert.Equal("a=b", pairs["dataDirectory"]);
        Assert.Equal("", pairs["empty"]);
    }

    [Theory]
    [InlineData("novalue")]
    [InlineData("=2015")]
    public void ParsePairs_WithoutNameOrEquals_ThrowsArgumentException(string pair)
    {
        Assert.Throws<ArgumentException>(() => Parameters.ParsePairs([pair]));
    }

    [Fact]
    public void ParsePairs_NameGivenTwice_ThrowsNamingBothValues()
    {
        var e = Assert.Throws<ArgumentException>(() => Parameters.ParsePairs(["lastYear=2021", "lastYear=2022"]));

        Assert.Equal("Parameter 'lastYear' is given twice ('2021' and '2022'); give each parameter once.", Parameters.Plain(e));
    }
}

/// <summary>List parameters (papermill takes lists too): declared as C# arrays, overridden as comma-separated text.</summary>
public sealed class ListParametersTests
{
    private const string Cell = """
        var partners = new[] { "USA", "EU" };
        var sigmas = new[] { 0.5, 1.5 };
        """;

    [Fact]
    public void Parse_ArrayLiterals_AreTextAndNumberLists()
    {
        var declared = Parameters.Parse(Cell);

        Assert.Equal([ParameterKind.TextList, ParameterKind.NumberList], declared.Select(d => d.Kind));
        Assert.Equal("new[] { \"USA\", \"EU\" }", declared[0].DefaultLiteral);
    }

    [Fact]
    public void InjectedCell_CommaSeparatedOverrides_BecomeArrays()
    {
        var cell = Parameters.InjectedCell(Parameters.Parse(Cell), new Dictionary<string, string>(StringComparer.Ordinal) { ["partners"] = "USA, EU ,DEU", ["sigmas"] = "0.5,3" });

        Assert.Contains("var partners = new[] { \"USA\", \"EU\", \"DEU\" };", cell, StringComparison.Ordinal);
        Assert.Contains("var sigmas = new[] { 0.5, 3.0 };", cell, StringComparison.Ordinal);
    }

    [Fact]
    public void InjectedCell_NumberListWithText_IsRefusedNamingTheKind()
    {
        var e = Assert.Throws<ArgumentException>(() => Parameters.InjectedCell(Parameters.Parse(Cell), new Dictionary<string, string>(StringComparer.Ordinal) { ["sigmas"] = "0.5,high" }));

        Assert.Contains("comma-separated list of numbers", e.Message, StringComparison.Ordinal);
    }
}
