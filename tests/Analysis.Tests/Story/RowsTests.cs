using Analysis.Data;
using Analysis.Tests.Calculations;
using Analysis.Tests.Support;

namespace Analysis.Tests.Story;

/// <summary>Row selection on the bundled frames the stories read (never merging rows silently).</summary>
public sealed class RowsTests
{
    [Fact]
    public void ByYear_FilterMatchingThreeFlowsPerYear_ThrowsArgumentException()
    {
        var trade = BundledCatalog.Instance.Load(Datasets.ChinaGoodsTrade);

        // RUS 2023 has a total, an exports and an imports row: without a 'flow' filter they would merge.
        var ex = Assert.Throws<ArgumentException>(() => Rows.ByYear(trade, "value_usd_bn", new Where("partner", "RUS")));

        Assert.Contains("partner=RUS", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByYear_FullFilter_OneValuePerYear()
    {
        var trade = BundledCatalog.Instance.Load(Datasets.ChinaGoodsTrade);

        var exports = Rows.ByYear(trade, "value_usd_bn", new Where("partner", "RUS"), new Where("flow", "exports"));

        Assert.Equal(111.0, exports[2023], Tolerance.Absolute);
        Assert.False(exports.TryGet(2013).HasValue);
    }

    [Fact]
    public void ByDate_FeeCategory_IsTheScheduleInDateOrder()
    {
        var fees = BundledCatalog.Instance.Load(Datasets.RussiaRecyclingFee);

        var schedule = Rows.ByDate(fees, "effective_date", "fee_rub", new Where("category", "passenger_new_1000_2000cc_commercial"));

        Assert.Equal(26800, schedule.GetAt(0));
        Assert.Equal(667400, schedule[new DateOnly(2025, 1, 1)]);
        Assert.Equal(schedule.Keys.Order(), schedule.Keys);
    }

    [Fact]
    public void ByDate_TwoRowsOnOneDate_ThrowsArgumentException()
    {
        var fees = BundledCatalog.Instance.Load(Datasets.RussiaRecyclingFee);

        // 2012-09-01 has a row for every category: without a category filter they would merge.
        var ex = Assert.Throws<ArgumentException>(() => Rows.ByDate(fees, "effective_date", "fee_rub"));

        Assert.Contains("2012-09-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByYear_UnknownColumn_ThrowsArgumentException()
    {
        var trade = BundledCatalog.Instance.Load(Datasets.ChinaGoodsTrade);

        Assert.Throws<ArgumentException>(() => Rows.ByYear(trade, "value_usd_bn", new Where("no_such_column", "RUS")));
    }

    [Fact]
    public void One_NoMatchingRow_ThrowsArgumentException()
    {
        var capacity = BundledCatalog.Instance.Load(Datasets.FacilityCapacity);

        var ex = Assert.Throws<ArgumentException>(() => Rows.One(capacity, "value", new Where("facility", "nowhere"), new Where("measure", "design_capacity")));

        Assert.Contains("No row", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_SeveralMatchingRows_ThrowsArgumentException()
    {
        var capacity = BundledCatalog.Instance.Load(Datasets.FacilityCapacity);

        Assert.Throws<ArgumentException>(() => Rows.One(capacity, "value", new Where("facility", BorderFacility)));
    }

    [Fact]
    public void One_SingleMatchingRow_ReturnsItsValue()
    {
        var capacity = BundledCatalog.Instance.Load(Datasets.FacilityCapacity);

        Assert.Equal(630.0, Rows.One(capacity, "value", new Where("facility", BorderFacility), new Where("measure", "trucks_per_day")), Tolerance.Absolute);
    }

    private const string BorderFacility = "blagoveshchensk_heihe_bridge";
}
