using Analysis.Data;
using Analysis.Testing;
using Analysis.Tests.Support;

namespace Analysis.Tests.Data;

/// <summary>
/// The typed readers on small fixtures (hand-written rows; the expected values are those rows):
/// year- and date-keyed series in one unit, errors that list what the data holds, and no mixing of
/// units, flows or partial periods.
/// </summary>
public sealed class ReadersTests : IDisposable
{
    private const string Trade = """
        partner,partner_scope,year,flow,value_usd_bn,source_id,source_quote,note
        RUS,,2022,exports,76.12,SRC,q,
        RUS,,2022,imports,114.15,SRC,q,
        RUS,,2022,total,190.3,SRC,q,
        RUS,,2023,total,240.1,SRC,q,
        USA,,2022,exports,10,SRC,q,
        USA,,2022,imports,5,SRC,q,
        USA,,2021,exports,9,SRC,q,
        EU,EU28,2019,total,700,SRC,q,
        EU,EU27_2020,2020,total,650,SRC,q,
        """;

    private const string Macro = """
        year,indicator,value,unit,source_id,source_quote,note
        2022,usd_rub_avg,68.5,rub_per_usd,SRC,q,
        2023,usd_rub_avg,85.2,rub_per_usd,SRC,q,
        2022,poverty_rate,9.8,percent,SRC,q,
        """;

    private const string Fees = """
        effective_date,category,fee_rub,source_id,source_quote,note
        2020-01-01,passenger_new_1000_2000cc_commercial,100,SRC,q,
        2023-08-01,passenger_new_1000_2000cc_commercial,200,SRC,q,
        2025-01-01,passenger_new_1000_2000cc_commercial,300,SRC,q,
        2023-08-01,passenger_new_personal,3,SRC,q,
        """;

    private const string Cars = """
        period_start,period_end,measure,value,unit,source_id,source_quote,note
        2023-01-01,2023-12-31,passenger_car_exports,900000,units,SRC,q,
        2023-01-01,2023-08-31,passenger_car_exports,480000,units,SRC,q,
        2023-01-01,2023-12-31,passenger_car_exports,20,usd_bn,SRC,q,
        """;

    private const string Tourism = """
        period_start,period_end,origin,destination,measure,agency,value,unit,qualifier,source_id,source_quote,note
        2019-01-01,2019-12-31,RUS,CHN,visitors,ministry_economic_development,2000000,persons,about,SRC,q,
        2019-01-01,2019-12-31,RUS,CHN,visitors,russian_mfa,2300000,person_times,,SRC,q,
        2023-01-01,2023-12-31,RUS,CHN,visitors,russian_mfa,300000,persons,about,SRC,q,
        2023-01-01,2023-06-30,RUS,CHN,visitors,russian_mfa,100000,persons,,SRC,q,
        """;

    private const string Nato = """
        country,year,status,share_of_gdp_percent,spending_usd_mn_2021,source_id,source_quote,note
        POL,2021,reported,2.2,13000,SRC,q,
        POL,2024,reported,4.1,30000,SRC,q,
        DEU,2024,estimate,2.1,80000,SRC,q,
        """;

    private readonly FixtureCatalog _fixture = FixtureCatalog.With(
        (ChinaGoodsTrade.Dataset, Trade), (RussiaMacro.Dataset, Macro), (RecyclingFee.Dataset, Fees),
        (ChinaCarExports.Dataset, Cars), (RussiaChinaTourism.Dataset, Tourism), (NatoDefenceSpending.Dataset, Nato));

    private DataCatalog Data => _fixture.Data;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void ExportsUsdBillions_Partner_IsYearKeyedSeriesOfThatFlowOnly()
    {
        var exports = ChinaGoodsTrade.ExportsUsdBillions(Data, "USA");

        Assert.Equal([2021, 2022], exports.Keys.ToArray());
        Assert.Equal([9.0, 10.0], exports.Values.ToArray());
    }

    [Fact]
    public void TurnoverUsdBillions_Russia_IsExportsPlusImportsOrThePublishedTotalWhereNoSplit()
    {
        var turnover = ChinaGoodsTrade.TurnoverUsdBillions(Data, "RUS");

        // 2022: 76.12 + 114.15 = 190.27 (the published 190.3 is not used where both flows exist); 2023: total only.
        Assert.Equal([2022, 2023], turnover.Keys.ToArray());
        Assert.Equal(190.27, turnover[2022], Tolerance.Absolute);
        Assert.Equal(240.1, turnover[2023], Tolerance.Absolute);
    }

    [Fact]
    public void TurnoverFromFlows_Russia_LeavesOutYearsWithoutBothFlows()
    {
        Assert.Equal([2022], ChinaGoodsTrade.TurnoverFromFlows(Data, "RUS").Keys.ToArray());
    }

    [Fact]
    public void TurnoverUsdBillions_SeveralPartners_IsAFrameWithOneColumnEach()
    {
        var frame = ChinaGoodsTrade.TurnoverUsdBillions(Data, ["USA", "RUS"]);

        Assert.Equal(["USA", "RUS"], frame.ColumnKeys.ToArray());
        Assert.Equal([2022, 2023], frame.RowKeys.ToArray());
        Assert.Equal(15.0, frame.GetColumn<double>("USA")[2022], Tolerance.Absolute);
        Assert.False(frame.GetColumn<double>("USA").TryGet(2023).HasValue);
    }

    [Fact]
    public void ExportsUsdBillions_UnknownPartner_ListsThePartnersTheDataHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaGoodsTrade.ExportsUsdBillions(Data, "XYZ"));

        Assert.Contains("no partner 'XYZ'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Known values: EU, RUS, USA", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedTotalUsdBillions_PartnerWithoutTotals_SaysWhichFlowsItHas()
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaGoodsTrade.PublishedTotalUsdBillions(Data, "USA"));

        Assert.Contains("holds flow exports, imports", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedTotalCheck_OnePartnerYearWithAllThree_ListsSumTotalAndDifference()
    {
        var check = ChinaGoodsTrade.PublishedTotalCheck(Data);

        // RUS 2022: 190.27 − 190.3 = −0.03; USA has no total, so it is not listed.
        Assert.Equal(1, check.RowCount);
        Assert.Equal("RUS", check.GetColumn<string>("partner")[0]);
        Assert.Equal(-0.03, check.GetColumn<double>("difference_usd_bn")[0], 1e-6);
    }

    [Fact]
    public void Indicator_AskedInAUnitTheDataDoesNotHold_NamesTheUnitsItHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => RussiaMacro.Indicator(Data, "usd_rub_avg", "percent"));

        Assert.Contains("holds unit rub_per_usd", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RubPerUsdAverage_Fixture_IsTheRatesByYear()
    {
        var rate = RussiaMacro.RubPerUsdAverage(Data);

        Assert.Equal([68.5, 85.2], rate.Values.ToArray());
    }

    [Theory]
    [InlineData("2023-07-31", "2020-01-01", 100)]
    [InlineData("2023-08-01", "2023-08-01", 200)]
    [InlineData("2024-06-30", "2023-08-01", 200)]
    [InlineData("2030-01-01", "2025-01-01", 300)]
    public void InForceOn_Date_IsTheLastStepOnOrBeforeIt(string date, string effective, double fee)
    {
        var (effectiveDate, feeRub) = RecyclingFee.InForceOn(Data, "passenger_new_1000_2000cc_commercial", date);

        Assert.Equal(DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture), effectiveDate);
        Assert.Equal(fee, feeRub);
    }

    [Fact]
    public void InForceOn_DateBeforeTheSchedule_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => RecyclingFee.InForceOn(Data, "passenger_new_1000_2000cc_commercial", "2019-12-31"));

        Assert.Contains("starts 2020-01-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InForceOn_DateNotIso_ThrowsFormatExceptionNamingTheParameter()
    {
        var e = Assert.Throws<FormatException>(() => RecyclingFee.InForceOn(Data, "passenger_new_1000_2000cc_commercial", "01/08/2023"));

        Assert.Contains("isoDate must be a date written YYYY-MM-DD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScheduleRub_UnknownCategory_ListsTheCategoriesTheDataHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => RecyclingFee.ScheduleRub(Data, "trucks"));

        Assert.Contains("Known values: passenger_new_1000_2000cc_commercial, passenger_new_personal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitsByYear_CarExports_KeepsFullYearsOnlyAndOneUnit()
    {
        var units = ChinaCarExports.UnitsByYear(Data);

        // The January–August row and the USD row are left out.
        Assert.Equal([2023], units.Keys.ToArray());
        Assert.Equal(900000.0, units[2023]);
    }

    [Fact]
    public void FullYears_TourismOneAgencyAndUnit_NeverMixesInAnotherAgencyOrUnit()
    {
        var persons = RussiaChinaTourism.FullYears(Data, "RUS", "CHN", "visitors", "russian_mfa", "persons");

        // The MFA's 2019 figure is in person-times, so only its 2023 count in persons belongs to this series.
        Assert.Equal([2023], persons.Keys.ToArray());
        Assert.Equal(300000.0, persons[2023]);
    }

    [Fact]
    public void FullYears_TourismUnitTheAgencyDoesNotUse_NamesTheUnitsItDoes()
    {
        var e = Assert.Throws<ArgumentException>(() => RussiaChinaTourism.FullYears(Data, "RUS", "CHN", "visitors", "ministry_economic_development", "person_times"));

        Assert.Contains("holds unit persons", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FullYearCounts_Direction_ListsEveryFullYearCountWithItsSeriesAndQualifier()
    {
        var counts = RussiaChinaTourism.FullYearCounts(Data, "RUS", "CHN");

        // The half-year row is left out.
        Assert.Equal(3, counts.Count);
        Assert.Equal("about 2,000,000", counts[0].Published);
        Assert.True(counts[2].IsLikeFor(new TravellerCount(2024, "visitors", "russian_mfa", "persons", 1, "")));
        Assert.False(counts[1].IsLikeFor(counts[2]));
    }

    [Fact]
    public void Selections_Tourism_ListsEachDirectionMeasureAgencyAndUnitWithItsYears()
    {
        var s = RussiaChinaTourism.Selections(Data);

        // Ordered by origin, destination, measure, agency, unit.
        Assert.Equal(["ministry_economic_development", "russian_mfa", "russian_mfa"], s.GetColumn<string>("agency").Values.ToArray());
        Assert.Equal(["2019", "2019", "2023"], s.GetColumn<string>("full_years").Values.ToArray());
    }

    [Fact]
    public void ScopeByYear_Eu_GivesEachYearsScope()
    {
        var scopes = ChinaGoodsTrade.ScopeByYear(Data, "EU");

        Assert.Equal("EU28", scopes[2019]);
        Assert.Equal("EU27_2020", scopes[2020]);
        Assert.Empty(ChinaGoodsTrade.ScopeByYear(Data, "RUS"));
    }

    [Fact]
    public void SharePercentByAllyAndYear_Nato_RowsAlliesColumnsYears()
    {
        var f = NatoDefenceSpending.SharePercentByAllyAndYear(Data);

        Assert.Equal(["DEU", "POL"], f.RowKeys.ToArray());
        Assert.Equal([2021, 2024], f.ColumnKeys.ToArray());
        Assert.Equal(4.1, f.GetColumn<double>(2024)["POL"]);
    }

    [Fact]
    public void SharePercentByAlly_YearWithoutData_ListsTheYearsHeld()
    {
        var e = Assert.Throws<ArgumentException>(() => NatoDefenceSpending.SharePercentByAlly(Data, 2014));

        Assert.Contains("Years held: 2021, 2024", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_UnknownCode_SaysWhereToAddIt()
    {
        var e = Assert.Throws<ArgumentException>(() => Countries.Name(Data, "ZZZ"));

        Assert.Contains("data/countries/countries.csv", e.Message, StringComparison.Ordinal);
        Assert.Equal("Russia", Countries.Name(Data, "RUS"));
    }

    [Fact]
    public void For_OneDataset_NamesItsTitlePublisherAndFolder()
    {
        var resource = Data.Package.Resource(ChinaGoodsTrade.Dataset);

        var line = Citation.For(Data, ChinaGoodsTrade.Dataset);

        // Every fixture row cites the first source, so it is the only publisher named.
        Assert.StartsWith($"{resource.Title}: {resource.Sources[0].Publisher},", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" more", line, StringComparison.Ordinal);
        Assert.EndsWith("(data/china-goods-trade)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NoDataset_Throws()
    {
        Assert.Throws<ArgumentException>(() => Citation.For(Data));
    }
}
