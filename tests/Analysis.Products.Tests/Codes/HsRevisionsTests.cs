using Analysis.Products.Codes;

namespace Analysis.Products.Tests.Codes;

public sealed class HsRevisionsTests
{
    [Theory]
    [InlineData("BACI_HS22_Y2022_V202401b.csv", HsRevision.HS22)]
    [InlineData("/data/baci/BACI_HS92_Y1995_V202301.csv.gz", HsRevision.HS92)]
    [InlineData("BACI_HS17_Y2019_V202401b.parquet", HsRevision.HS17)]
    [InlineData("comtrade_HS12_2015.txt", HsRevision.HS12)]
    public void FromFileName_BaciAndOtherNames_ReadsRevision(string name, HsRevision expected) =>
        Assert.Equal(expected, HsRevisions.FromFileName(name));

    [Theory]
    [InlineData("trade-2022.csv")]
    [InlineData("BACI_HS222_Y2022.csv")]
    [InlineData("HS92_to_HS22.csv")]
    public void FromFileName_NoneOrTwoRevisions_ReturnsNull(string name) =>
        Assert.Null(HsRevisions.FromFileName(name));

    [Fact]
    public void FromFileName_Null_ThrowsNamingTheArgument() =>
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => HsRevisions.FromFileName(null!)).ParamName);
}
