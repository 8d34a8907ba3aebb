using Analysis.Products.Codes;
using Analysis.Products.Engine;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Engine;

/// <summary>What a <see cref="ProductQuery"/> selects: its years and its product codes, read as ranges of HS6 codes.</summary>
public sealed class ProductQueryTests
{
    [Fact]
    public void Between_NoYears_AggregatesEveryYearInTheFile()
    {
        // Fixtures/README.md: China -> Russia has 870323 in 2021 (80) and chapters 84, 85, 87 in 2022.
        var query = ProductQuery.Between("CHN", "RUS");

        var frame = ProductTradeTestsAccess.Open(TestData.BaciFixture).Aggregate(query);

        Assert.Null(query.Years);
        Assert.Equal([2021, 2022, 2022, 2022], frame.GetColumn<int>(ProductColumns.Year).Values);
        Assert.Equal(80, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values.First(), Tolerance.Places);
    }

    [Theory]
    [InlineData("87x3")]   // four characters, one not a digit
    [InlineData("8703 1")] // six characters, one a space
    public void Aggregate_ProductCodeWithANonDigit_ThrowsArgumentExceptionNamingIt(string code)
    {
        var trade = ProductTradeTestsAccess.Open(TestData.BaciFixture);

        var e = Assert.Throws<ArgumentException>(() => trade.Aggregate(new ProductQuery(Products: [code])));

        Assert.Equal($"Product code '{code}' must be an HS chapter, heading or product of 2, 4 or 6 digits (e.g. \"27\", \"8703\", \"271111\"). (Parameter 'products')", e.Message);
    }

    [Theory]
    [InlineData("27", "270000,279999")]
    [InlineData("8703", "870300,870323,870324,870399")]
    [InlineData("870323", "870323")]
    [InlineData("27|870323", "270000,279999,870323")]
    public void Aggregate_ProductCodes_KeepExactlyTheHs6CodesTheyCover(string products, string expected)
    {
        // One flow for each code on either side of the chapter 27, heading 8703 and product 870323 boundaries.
        int[] codes = [269999, 270000, 279999, 280000, 870299, 870300, 870323, 870324, 870399, 870400];
        var path = TestData.WriteFile("BACI_HS22_Y2022_Vedges.csv", "t,i,j,k,v,q\n" + string.Concat(codes.Select(k => $"2022,156,643,{k},1,1\n")));

        var frame = ProductTradeTestsAccess.Open(path).Aggregate(new ProductQuery(Products: products.Split('|'), Level: HsLevel.Product));

        Assert.Equal(expected.Split(','), frame.GetColumn<string>(ProductColumns.HsCode).Values);
    }
}
