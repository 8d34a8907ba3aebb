using Analysis.Products.Codes;
using Analysis.Products.Engine;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Engine;

/// <summary>
/// How the columns of a UN Comtrade bulk file are read as BACI's t, i, j, k, v, q (SourceSql): the year from refYear
/// or period, the quantity from netWgt when there is one.
/// </summary>
public sealed class SourceSqlTests
{
    private static ProductTrade OpenComtrade(string header, params string[] lines) =>
        ProductTrade.Open(TestData.WriteFile("comtrade-HS22.txt", string.Concat(new[] { header }.Concat(lines).Select(l => l + "\n"))), TestData.Countries);

    [Fact]
    public void Aggregate_ComtradeWithRefYearInsteadOfPeriod_ReadsTheYearFromRefYear()
    {
        // Russia's imports of 870323 from China: 80,000 USD and 8,000 kg in 2021, 150,000 USD and 10,000 kg in 2022.
        var trade = OpenComtrade(
            "refYear\treporterCode\tflowCode\tpartnerCode\tcmdCode\tnetWgt\tprimaryValue",
            "2021\t643\tM\t156\t870323\t8000\t80000",
            "2022\t643\tM\t156\t870323\t10000\t150000");

        var frame = trade.Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Product));

        Assert.Equal([2021, 2022], frame.GetColumn<int>(ProductColumns.Year).Values);
        Assert.Equal([80.0, 150.0], frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values);
        Assert.Equal([8.0, 10.0], frame.GetColumn<double>(ProductColumns.QuantityTonnes).Values);
    }

    [Theory]
    [InlineData("period\treporterCode\tflowCode\tpartnerCode\tcmdCode\tprimaryValue", "2022\t643\tM\t156\t870323\t150000")]            // no netWgt column
    [InlineData("period\treporterCode\tflowCode\tpartnerCode\tcmdCode\tnetWgt\tprimaryValue", "2022\t643\tM\t156\t870323\t\t150000")] // netWgt empty on every line
    public void Aggregate_ComtradeWithoutWeights_HasValuesAndMissingQuantities(string header, string line)
    {
        var frame = OpenComtrade(header, line).Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Product, 2022));

        // 150,000 USD = 150 thousand USD, one flow, and no quantity for it.
        Assert.Equal(150, TestData.Cell<double>(frame, ProductColumns.HsCode, "870323", ProductColumns.ValueUsdThousands), Tolerance.Places);
        Assert.False(frame.GetColumn<double>(ProductColumns.QuantityTonnes).TryGet(0).HasValue);
        Assert.Equal(1, TestData.Cell<long>(frame, ProductColumns.HsCode, "870323", ProductColumns.FlowsWithoutQuantity));
    }

    [Theory]
    [InlineData("2100", "0")] // a mode-of-transport breakdown (sea)
    [InlineData("0", "3")]    // a mode-of-supply breakdown
    public void Aggregate_ComtradeTransportOrSupplyBreakdown_ReadsTheTotalOnly(string motCode, string mosCode)
    {
        // The total line (150,000 USD, 10,000 kg) and one breakdown of it (90,000 USD, 6,000 kg), left out.
        var trade = OpenComtrade(
            "period\treporterCode\tflowCode\tpartnerCode\tpartner2Code\tcmdCode\tcustomsCode\tmosCode\tmotCode\tnetWgt\tprimaryValue",
            "2022\t643\tM\t156\t0\t870323\tC00\t0\t0\t10000\t150000",
            $"2022\t643\tM\t156\t0\t870323\tC00\t{mosCode}\t{motCode}\t6000\t90000");

        var frame = trade.Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Product, 2022));

        Assert.Equal(150, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values.Single(), Tolerance.Places);
        Assert.Equal(10, frame.GetColumn<double>(ProductColumns.QuantityTonnes).Values.Single(), Tolerance.Places);
        Assert.Equal(1, frame.GetColumn<long>(ProductColumns.Flows).Values.Single());
    }

    [Theory]
    [InlineData("refYear")]
    [InlineData("partner2Code")]
    [InlineData("motCode")]
    public void Aggregate_ComtradeCodeThatIsNotAWholeNumber_IsAMalformedLine(string column)
    {
        // Codes must be whole numbers: line 3 has "x" in the column, line 2 is a good total line.
        string[] columns = ["refYear", "reporterCode", "flowCode", "partnerCode", "partner2Code", "cmdCode", "motCode", "netWgt", "primaryValue"];
        string[] good = ["2022", "643", "M", "156", "0", "870323", "0", "10000", "150000"];
        var bad = columns.Select((c, n) => c == column ? "x" : good[n]);
        var trade = OpenComtrade(string.Join('\t', columns), string.Join('\t', good), string.Join('\t', bad));

        var e = Assert.Throws<ProductDataException>(() => trade.Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Product)));

        var line = Assert.Single(e.MalformedLines.First);
        Assert.Equal(3, line.Line);
        Assert.Equal(column, line.Column);
    }
}
