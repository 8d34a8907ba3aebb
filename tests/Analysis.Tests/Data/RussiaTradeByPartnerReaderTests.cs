using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Data;

/// <summary>
/// The reader of Russia's trade by partner on a small fixture: a partner's published share in percent
/// and its trade in USD bn, each by year, and refusals that say which measure or unit the data holds.
/// </summary>
public sealed class RussiaTradeByPartnerReaderTests : IDisposable
{
    // China: shares and USD values, each out of year order. India: USD only. Germany: EUR only.
    // Kazakhstan: a share only.
    private const string Rows = """
        partner,year,measure,value,unit,source_id,source_quote,note
        CHN,2015,share_of_russia_trade,12,percent,SRC,q,
        CHN,2014,share_of_russia_trade,11.3,percent,SRC,q,
        CHN,2023,trade_value,240.1,usd_bn,SRC,q,
        CHN,2022,trade_value,190.3,usd_bn,SRC,q,
        IND,2023,trade_value,65,usd_bn,SRC,q,
        DEU,2022,trade_value,30,eur_bn,SRC,q,
        KAZ,2022,share_of_russia_trade,3.6,percent,SRC,q,
        """;

    private readonly FixtureCatalog _fixture = FixtureCatalog.With((RussiaTradeByPartner.Dataset, Rows));

    private DataCatalog Data => _fixture.Data;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void SharePercent_China_IsItsSharesByYearAscending()
    {
        var share = RussiaTradeByPartner.SharePercent(Data, "CHN");

        Assert.Equal([2014, 2015], share.Keys.ToArray());
        Assert.Equal([11.3, 12.0], share.Values.ToArray());
    }

    [Fact]
    public void TradeUsdBillions_China_IsItsTradeValuesByYearAscending()
    {
        var trade = RussiaTradeByPartner.TradeUsdBillions(Data, "CHN");

        Assert.Equal([2022, 2023], trade.Keys.ToArray());
        Assert.Equal([190.3, 240.1], trade.Values.ToArray());
    }

    [Fact]
    public void TradeUsdBillions_India_IsItsOwnRowOnly()
    {
        var trade = RussiaTradeByPartner.TradeUsdBillions(Data, "IND");

        Assert.Equal([2023], trade.Keys.ToArray());
        Assert.Equal(65.0, trade[2023]);
    }

    [Fact]
    public void TradeUsdBillions_PartnerHeldInEuros_NamesTheUnitItIsHeldIn()
    {
        var e = Assert.Throws<ArgumentException>(() => RussiaTradeByPartner.TradeUsdBillions(Data, "DEU"));

        Assert.Contains("has no rows with partner=DEU, measure=trade_value, unit=usd_bn. For partner=DEU, measure=trade_value it holds unit eur_bn.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharePercent_PartnerWithoutAShare_NamesTheMeasureItHas()
    {
        var e = Assert.Throws<ArgumentException>(() => RussiaTradeByPartner.SharePercent(Data, "IND"));

        Assert.Contains("For partner=IND it holds measure trade_value.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TradeUsdBillions_PartnerWithOnlyAShare_NamesTheMeasureItHas()
    {
        var e = Assert.Throws<ArgumentException>(() => RussiaTradeByPartner.TradeUsdBillions(Data, "KAZ"));

        Assert.Contains("For partner=KAZ it holds measure share_of_russia_trade.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharePercent_UnknownPartner_ListsThePartnersTheDataHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => RussiaTradeByPartner.SharePercent(Data, "TUR"));

        Assert.Contains("has no partner 'TUR'. Known values: CHN, DEU, IND, KAZ.", e.Message, StringComparison.Ordinal);
    }
}
