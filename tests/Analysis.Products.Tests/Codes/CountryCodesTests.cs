using Analysis.Data;
using Analysis.Products.Codes;
using Analysis.Products.Tests.Support;
using Deedle;

namespace Analysis.Products.Tests.Codes;

public sealed class CountryCodesTests
{
    [Fact]
    public void Find_IsoNumericFromCountriesList_GivesIso3AndName()
    {
        var china = TestData.Countries.Find(156)!;
        Assert.Equal("CHN", china.Iso3);
        Assert.Equal("China", china.Name);
        Assert.False(china.BaciSpecific);
        Assert.Equal("RUS", TestData.Countries.Label(643));
    }

    [Theory]
    [InlineData(251, "FRA")]
    [InlineData(842, "USA")]
    [InlineData(699, "IND")]
    [InlineData(757, "CHE")]
    [InlineData(579, "NOR")]
    public void Find_BaciSpecificCode_MapsToIso3(int numeric, string iso3)
    {
        var code = TestData.Countries.Find(numeric)!;
        Assert.Equal(iso3, code.Iso3);
        Assert.True(code.BaciSpecific);
    }

    [Fact]
    public void NumericCodesOf_CountryWithIsoAndBaciCodes_GivesBoth()
    {
        Assert.Equal([250, 251], TestData.Countries.NumericCodesOf("FRA"));
        Assert.Equal([840, 842], TestData.Countries.NumericCodesOf("USA"));
        Assert.Equal([490], TestData.Countries.NumericCodesOf("490"));
    }

    [Fact]
    public void Label_OtherAsiaNes_HasNameButNoIso3()
    {
        var code = TestData.Countries.Find(490)!;
        Assert.Null(code.Iso3);
        Assert.Equal("Other Asia, nes", code.Name);
        Assert.Equal("#490", TestData.Countries.Label(490));
    }

    [Fact]
    public void Find_UnknownCode_IsReportedNotDropped()
    {
        Assert.Null(TestData.Countries.Find(999));
        Assert.Equal("#999", TestData.Countries.Label(999));
        Assert.Equal("unmapped code 999", TestData.Countries.NameOf(999));
    }

    [Fact]
    public void NumericCodesOf_CountryWithoutCode_ThrowsNamingIt()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => TestData.Countries.NumericCodesOf("XYZ"));
        Assert.Contains("'XYZ'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFrame_NoIsoNumericColumn_ThrowsNamingTheColumn()
    {
        var frame = Frame.FromRecords(new[] { new { code = "CHN", name = "China", kind = "country" } });
        var e = Assert.Throws<InvalidOperationException>(() => CountryCodes.FromFrame(frame, "countries.csv"));
        Assert.Contains("countries.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("'iso_numeric'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFrame_NonNumericCode_ThrowsNamingRowAndColumn()
    {
        var frame = Frame.FromRecords(new[] { new { code = "CHN", name = "China", iso_numeric = "156" }, new { code = "RUS", name = "Russia", iso_numeric = "64X" } });
        var e = Assert.Throws<InvalidOperationException>(() => CountryCodes.FromFrame(frame, "countries.csv"));
        Assert.Contains("row 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("iso_numeric", e.Message, StringComparison.Ordinal);
        Assert.Contains("'64X'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_FixtureList_OrderedByNumericCode()
    {
        // The fixture list (156, 643, 840, 250, 276) and the BACI-specific table (251, 579, 699, 757, 842, 490), in number order.
        Assert.Equal([156, 250, 251, 276, 490, 579, 643, 699, 757, 840, 842], TestData.Countries.All.Select(c => c.Numeric));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void NumericCodesOf_NoCountry_ThrowsForTheArgument(string? country)
    {
        // Not a KeyNotFoundException for an unknown country, and not 490 (the code whose ISO3 is null) for null.
        var e = Assert.ThrowsAny<ArgumentException>(() => TestData.Countries.NumericCodesOf(country!));
        Assert.Equal("country", e.ParamName);
    }

    [Fact]
    public void FromCatalog_Bundled_MapsTheIsoNumericColumn()
    {
        var codes = CountryCodes.FromCatalog(DataCatalog.Bundled);

        Assert.Equal("CHN", codes.Label(156));
        Assert.Equal("RUS", codes.Label(643));
        Assert.Equal("FRA", codes.Label(251));
    }

    [Fact]
    public void FromCatalog_Null_ThrowsNamingTheCatalog() =>
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => CountryCodes.FromCatalog(null!)).ParamName);

    [Fact]
    public void FromCatalog_ListWithoutIsoNumeric_ThrowsNamingTheFileAndTheFolder()
    {
        var root = TestData.NewFolder();
        File.WriteAllText(Path.Combine(root, "datapackage.json"), """
            { "resources": [ { "name": "countries", "path": "countries/countries.csv",
              "schema": { "fields": [ { "name": "code" }, { "name": "name" }, { "name": "kind" } ] } } ] }
            """);
        Directory.CreateDirectory(Path.Combine(root, "countries"));
        File.WriteAllText(Path.Combine(root, "countries", "countries.csv"), "code,name,kind\nCHN,China,country\n");

        var e = Assert.Throws<InvalidOperationException>(() => CountryCodes.FromCatalog(DataCatalog.FromDirectory(root)));

        Assert.Equal(
            $"the countries list (countries/countries.csv in the data folder {root}) has no 'iso_numeric' column; " +
            "expected columns code, name and iso_numeric (ISO 3166-1 numeric, three digits such as 156 or 643) to map BACI's numeric country codes.",
            e.Message);
    }
}
