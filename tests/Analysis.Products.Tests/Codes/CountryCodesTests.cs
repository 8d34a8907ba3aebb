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
}
