using Analysis.Data;
using Analysis.Testing;
using Analysis.Tests.Support;

namespace Analysis.Tests.Data;

/// <summary>
/// The China goods-trade reader on a fixture with partners of every shape: both flows and a total,
/// flows without a total, a total without flows, one flow and a total. Turnover takes exports + imports
/// where both exist, else the published total; the published-total check lists only partner-years with
/// all three, largest difference first.
/// </summary>
public sealed class ChinaGoodsTradeReaderTests : IDisposable
{
    // RUS: all three in 2021 and 2022 (2022 first), a total only in 2023 and (listed last) 2020. USA: all three in 2022, flows
    // only in 2021. JPN: all three in 2021 and 2022 (2022 first), KOR: all three in 2022; both add up
    // exactly. DEU: flows, no total. ASEAN: exports and a total, no imports. WLD: a total only.
    private const string Rows = """
        partner,partner_scope,year,flow,value_usd_bn,source_id,source_quote,note
        RUS,,2022,exports,76.12,SRC,q,
        RUS,,2022,imports,114.15,SRC,q,
        RUS,,2022,total,190.3,SRC,q,
        RUS,,2021,imports,79.32,SRC,q,
        RUS,,2021,exports,67.57,SRC,q,
        RUS,,2021,total,146.9,SRC,q,
        RUS,,2023,total,240.1,SRC,q,
        RUS,,2020,total,107.8,SRC,q,
        USA,,2022,exports,582,SRC,q,
        USA,,2022,imports,154,SRC,q,
        USA,,2022,total,736.5,SRC,q,
        USA,,2021,exports,577,SRC,q,
        USA,,2021,imports,179,SRC,q,
        KOR,,2022,exports,160,SRC,q,
        KOR,,2022,imports,200,SRC,q,
        KOR,,2022,total,360,SRC,q,
        JPN,,2022,exports,170,SRC,q,
        JPN,,2022,imports,180,SRC,q,
        JPN,,2022,total,350,SRC,q,
        JPN,,2021,exports,165,SRC,q,
        JPN,,2021,imports,185,SRC,q,
        JPN,,2021,total,350,SRC,q,
        DEU,,2022,exports,116,SRC,q,
        DEU,,2022,imports,111,SRC,q,
        ASEAN,,2022,exports,567,SRC,q,
        ASEAN,,2022,total,975,SRC,q,
        WLD,,2022,total,6300,SRC,q,
        """;

    private readonly FixtureCatalog _fixture = FixtureCatalog.With((ChinaGoodsTrade.Dataset, Rows));

    private DataCatalog Data => _fixture.Data;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Partners_Fixture_IsEachPartnerOnceInOrdinalOrder()
    {
        Assert.Equal(["ASEAN", "DEU", "JPN", "KOR", "RUS", "USA", "WLD"], ChinaGoodsTrade.Partners(Data));
    }

    [Fact]
    public void ImportsUsdBillions_Russia_IsTheImportsRowsByYearAscending()
    {
        var imports = ChinaGoodsTrade.ImportsUsdBillions(Data, "RUS");

        Assert.Equal([2021, 2022], imports.Keys.ToArray());
        Assert.Equal([79.32, 114.15], imports.Values.ToArray());
    }

    [Fact]
    public void ImportsUsdBillions_PartnerWithATotalOnly_SaysWhichFlowItHas()
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaGoodsTrade.ImportsUsdBillions(Data, "WLD"));

        Assert.Contains("has no rows with partner=WLD, flow=imports. For partner=WLD it holds flow total.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedTotalUsdBillions_Russia_IsEveryPublishedTotal()
    {
        var total = ChinaGoodsTrade.PublishedTotalUsdBillions(Data, "RUS");

        Assert.Equal([2020, 2021, 2022, 2023], total.Keys.ToArray());
        Assert.Equal([107.8, 146.9, 190.3, 240.1], total.Values.ToArray());
    }

    [Fact]
    public void TurnoverUsdBillions_PartnerWithFlowsButNoTotal_IsExportsPlusImports()
    {
        var turnover = ChinaGoodsTrade.TurnoverUsdBillions(Data, "DEU");

        // 116 + 111 = 227.
        Assert.Equal([2022], turnover.Keys.ToArray());
        Assert.Equal(227.0, turnover[2022], Tolerance.Absolute);
    }

    [Fact]
    public void TurnoverUsdBillions_PartnerWithOneFlowAndATotal_IsThePublishedTotal()
    {
        var turnover = ChinaGoodsTrade.TurnoverUsdBillions(Data, "ASEAN");

        Assert.Equal([2022], turnover.Keys.ToArray());
        Assert.Equal(975.0, turnover[2022]);
    }

    [Fact]
    public void TurnoverUsdBillions_Russia_IsFlowsWhereBothExistElseTheTotal()
    {
        var turnover = ChinaGoodsTrade.TurnoverUsdBillions(Data, "RUS");

        // 2020: the published 107.8; 2021: 67.57 + 79.32 = 146.89; 2022: 76.12 + 114.15 = 190.27; 2023: the published 240.1.
        Assert.Equal([2020, 2021, 2022, 2023], turnover.Keys.ToArray());
        Assert.Equal(107.8, turnover[2020], Tolerance.Absolute);
        Assert.Equal(146.89, turnover[2021], Tolerance.Absolute);
        Assert.Equal(190.27, turnover[2022], Tolerance.Absolute);
        Assert.Equal(240.1, turnover[2023], Tolerance.Absolute);
    }

    [Fact]
    public void TurnoverUsdBillions_NullPartner_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ChinaGoodsTrade.TurnoverUsdBillions(Data, (string)null!));
        Assert.Throws<ArgumentNullException>(() => ChinaGoodsTrade.ExportsUsdBillions(Data, null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void TurnoverUsdBillions_BlankPartner_NamesTheParameter(string partner)
    {
        Assert.Equal("partner", Assert.Throws<ArgumentException>(() => ChinaGoodsTrade.TurnoverUsdBillions(Data, partner)).ParamName);
        Assert.Equal("partner", Assert.Throws<ArgumentException>(() => ChinaGoodsTrade.ImportsUsdBillions(Data, partner)).ParamName);
    }

    [Fact]
    public void TurnoverUsdBillions_NullPartners_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ChinaGoodsTrade.TurnoverUsdBillions(Data, (IEnumerable<string>)null!));
    }

    [Fact]
    public void PublishedTotalCheck_Fixture_ListsPartnerYearsWithAllThreeLargestDifferenceFirst()
    {
        var check = ChinaGoodsTrade.PublishedTotalCheck(Data);

        // USA 2022: 582 + 154 − 736.5 = −0.5; RUS 2022: 190.27 − 190.3 = −0.03; RUS 2021: 146.89 − 146.9 = −0.01;
        // JPN and KOR add up exactly, so they follow by partner, then year. USA 2021 (no total), DEU, ASEAN
        // and WLD lack a flow or the total.
        Assert.Equal(["USA", "RUS", "RUS", "JPN", "JPN", "KOR"], check.GetColumn<string>("partner").Values.ToArray());
        Assert.Equal([2022, 2022, 2021, 2021, 2022, 2022], check.GetColumn<int>("year").Values.ToArray());
        double[] differences = [-0.5, -0.03, -0.01, 0.0, 0.0, 0.0];
        var actual = check.GetColumn<double>("difference_usd_bn").Values.ToArray();
        Assert.Equal(differences.Length, actual.Length);
        for (var i = 0; i < differences.Length; i++)
        {
            Assert.Equal(differences[i], actual[i], Tolerance.Absolute);
        }
    }

    [Fact]
    public void PublishedTotalCheck_Fixture_GivesTheSumAndTheTotalOfEachRow()
    {
        var check = ChinaGoodsTrade.PublishedTotalCheck(Data);

        Assert.Equal(736.0, check.GetColumn<double>("exports_plus_imports_usd_bn")[0], Tolerance.Absolute);
        Assert.Equal(736.5, check.GetColumn<double>("published_total_usd_bn")[0]);
        Assert.Equal(146.89, check.GetColumn<double>("exports_plus_imports_usd_bn")[2], Tolerance.Absolute);
        Assert.Equal(146.9, check.GetColumn<double>("published_total_usd_bn")[2]);
    }
}
