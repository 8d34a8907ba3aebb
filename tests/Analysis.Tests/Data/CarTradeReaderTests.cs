using Analysis.Data;
using Analysis.Tests.Support;
using Deedle;

namespace Analysis.Tests.Data;

/// <summary>
/// The car readers on small fixtures: China's car exports to Russia in vehicles and in USD bn, and
/// Russia's new-car market by measure. Full-year series leave out the partial periods; each series is
/// one measure in one unit.
/// </summary>
public sealed class CarTradeReaderTests : IDisposable
{
    // Passenger cars: two full years in units (2023 first), a January–August 2023 figure, USD bn for
    // 2023 and for January–June 2022; all vehicle exports, another measure.
    private const string Exports = """
        period_start,period_end,measure,value,unit,source_id,source_quote,note
        2023-01-01,2023-12-31,passenger_car_exports,900000,units,SRC,q,
        2022-01-01,2022-12-31,passenger_car_exports,160000,units,SRC,q,
        2023-01-01,2023-08-31,passenger_car_exports,480000,units,SRC,q,
        2023-01-01,2023-12-31,passenger_car_exports,20,usd_bn,SRC,q,
        2022-01-01,2022-06-30,passenger_car_exports,1.8,usd_bn,SRC,q,
        2023-01-01,2023-12-31,vehicle_exports,1000000,units,SRC,q,
        """;

    // Sales in two full years (2023 first) and a half year; Chinese brands' sales and share; China's
    // share of car imports for 2023 and for the first quarter of 2024.
    private const string Market = """
        period_start,period_end,measure,value,unit,source_id,source_quote,note
        2023-01-01,2023-12-31,new_car_sales,1060000,units,SRC,q,
        2022-01-01,2022-12-31,new_car_sales,626000,units,SRC,q,
        2023-01-01,2023-06-30,new_car_sales,430000,units,SRC,q,
        2023-01-01,2023-12-31,chinese_brands_sales,552000,units,SRC,q,
        2023-01-01,2023-12-31,chinese_brands_share,52,percent,SRC,q,
        2024-01-01,2024-03-31,china_share_of_car_imports,90,percent,SRC,q,
        2023-01-01,2023-12-31,china_share_of_car_imports,80,percent,SRC,q,
        """;

    private readonly FixtureCatalog _fixture = FixtureCatalog.With((ChinaCarExports.Dataset, Exports), (RussiaCarMarket.Dataset, Market));

    private DataCatalog Data => _fixture.Data;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void UnitsByYear_Fixture_IsPassengerCarFullYearsInUnitsAscending()
    {
        var units = ChinaCarExports.UnitsByYear(Data);

        // The January–August row, the USD rows and all vehicle exports are left out.
        Assert.Equal([2022, 2023], units.Keys.ToArray());
        Assert.Equal([160000.0, 900000.0], units.Values.ToArray());
    }

    [Fact]
    public void ValueUsdBillionsByYear_Fixture_IsTheFullYearUsdRowOnly()
    {
        var value = ChinaCarExports.ValueUsdBillionsByYear(Data);

        // January–June 2022 is a partial period; the unit rows are another unit.
        Assert.Equal([2023], value.Keys.ToArray());
        Assert.Equal(20.0, value[2023]);
    }

    [Fact]
    public void UnitsPeriods_Fixture_IsEveryPassengerCarPeriodInUnitsByStartThenEnd()
    {
        var periods = ChinaCarExports.UnitsPeriods(Data);

        Assert.Equal(["2022", "Jan–Aug 2023", "2023"], periods.Select(p => p.Label).ToArray());
        Assert.Equal([160000.0, 480000.0, 900000.0], periods.Select(p => p.Value).ToArray());
        Assert.All(periods, p => Assert.Equal("units", p.Unit));
    }

    [Fact]
    public void NewCarSalesUnits_Fixture_IsTheFullYearsAscending()
    {
        var sales = RussiaCarMarket.NewCarSalesUnits(Data);

        // The half year is left out.
        Assert.Equal([2022, 2023], sales.Keys.ToArray());
        Assert.Equal([626000.0, 1060000.0], sales.Values.ToArray());
    }

    [Theory]
    [InlineData(nameof(RussiaCarMarket.ChineseBrandsSalesUnits), 552000)]
    [InlineData(nameof(RussiaCarMarket.ChineseBrandsSharePercent), 52)]
    public void ChineseBrands_Fixture_IsThatMeasuresFullYear(string reader, double expected)
    {
        var series = MarketReader(reader)(Data);

        Assert.Equal([2023], series.Keys.ToArray());
        Assert.Equal(expected, series[2023]);
    }

    [Fact]
    public void ChinaShareOfCarImportsPercent_Fixture_IsEveryReportedPeriodInPercentByStart()
    {
        var share = RussiaCarMarket.ChinaShareOfCarImportsPercent(Data);

        Assert.Equal(["2023", "Jan–Mar 2024"], share.Select(p => p.Label).ToArray());
        Assert.Equal([80.0, 90.0], share.Select(p => p.Value).ToArray());
        Assert.All(share, p => Assert.Equal("percent", p.Unit));
    }

    private static Func<DataCatalog, Series<int, double>> MarketReader(string name) => name switch
    {
        nameof(RussiaCarMarket.ChineseBrandsSalesUnits) => RussiaCarMarket.ChineseBrandsSalesUnits,
        nameof(RussiaCarMarket.ChineseBrandsSharePercent) => RussiaCarMarket.ChineseBrandsSharePercent,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such reader"),
    };
}
