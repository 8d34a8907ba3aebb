using Analysis.Data;
using Analysis.Tests.Support;
using Deedle;

namespace Analysis.Tests.Data;

/// <summary>
/// The economy readers (World Bank, Russia's macro indicators and key-rate decisions, the Kiel tracker,
/// NATO spending, totals and membership) on small fixtures: each series holds only its own rows, in one
/// unit, ordered by year or date whatever the file order, and a question the data cannot answer is
/// refused with what the data holds.
/// </summary>
public sealed class EconomyReaderTests : IDisposable
{
    // Rows out of year order, and a second country that must be left out.
    private const string Gdp = """
        country,year,gdp_current_usd,source_id,source_quote,note
        RUS,2021,1800,SRC,q,
        CHN,2021,17000,SRC,q,
        RUS,2020,1500,SRC,q,
        """;

    private const string Population = """
        country,year,population,source_id,source_quote,note
        CHN,2021,1412,SRC,q,
        RUS,2021,146,SRC,q,
        CHN,2020,1411,SRC,q,
        """;

    // One value per indicator, each different, so a reader that asks for the wrong indicator gets the wrong number.
    private const string Macro = """
        year,indicator,value,unit,source_id,source_quote,note
        2022,gdp_growth,-1.2,percent,SRC,q,
        2021,gdp_growth,5.9,percent,SRC,q,
        2022,cpi_dec_dec,11.9,percent,SRC,q,
        2022,cpi_annual_avg,13.8,percent,SRC,q,
        2022,key_rate_end,7.5,percent,SRC,q,
        2022,usd_rub_avg,68.5,rub_per_usd,SRC,q,
        2022,poverty_rate,9.8,percent,SRC,q,
        """;

    private const string KeyRate = """
        decision_date,key_rate_percent,source_id,source_quote,note
        2022-04-08,17,SRC,q,
        2022-02-28,20,SRC,q,
        2022-05-26,11,SRC,q,
        """;

    private const string Support = """
        cutoff_date,donor,measure,aid_type,value_eur_bn,source_id,source_quote,note
        2023-01-15,USA,committed,total,73.2,SRC,q,
        2022-03-27,USA,committed,total,7.6,SRC,q,
        2023-01-15,USA,committed,military,44.3,SRC,q,
        2023-01-15,USA,allocated,total,50,SRC,q,
        2023-01-15,DEU,committed,total,6.2,SRC,q,
        2022-03-27,DEU,committed,total,0.5,SRC,q,
        """;

    // Years and allies out of order.
    private const string Spending = """
        country,year,status,share_of_gdp_percent,spending_usd_mn_2021,source_id,source_quote,note
        POL,2024,reported,4.1,30000,SRC,q,
        POL,2021,reported,2.2,13000,SRC,q,
        DEU,2024,estimate,2.1,80000,SRC,q,
        """;

    private const string Aggregates = """
        group,year,status,share_of_gdp_percent,spending_usd_mn_2021,source_id,source_quote,note
        nato_total,2024,estimate,2.71,1300000,SRC,q,
        nato_total,2023,reported,2.5,1200000,SRC,q,
        nato_europe_canada,2024,estimate,2.02,480000,SRC,q,
        """;

    private const string Membership = """
        country,accession_date,members_after,source_id,source_quote,note
        MKD,2020-03-27,30,SRC,q,
        MNE,2017-06-05,29,SRC,q,
        FIN,2023-04-04,31,SRC,q,
        """;

    private readonly FixtureCatalog _fixture = FixtureCatalog.With(
        (Datasets.WorldBankGdp, Gdp), (Datasets.WorldBankPopulation, Population), (RussiaMacro.Dataset, Macro),
        (Datasets.RussiaKeyRate, KeyRate), (UkraineSupport.Dataset, Support), (NatoDefenceSpending.Dataset, Spending),
        (NatoDefenceAggregates.Dataset, Aggregates), (NatoMembership.Dataset, Membership));

    private DataCatalog Data => _fixture.Data;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void GdpCurrentUsd_Russia_IsItsRowsOnlyByYearAscending()
    {
        var gdp = WorldBank.GdpCurrentUsd(Data, "RUS");

        Assert.Equal([2020, 2021], gdp.Keys.ToArray());
        Assert.Equal([1500.0, 1800.0], gdp.Values.ToArray());
    }

    [Fact]
    public void GdpCurrentUsd_UnknownCountry_ListsTheCountriesTheDataHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => WorldBank.GdpCurrentUsd(Data, "USA"));

        Assert.Contains("Dataset 'worldbank-gdp' has no country 'USA'. Known values: CHN, RUS.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Population_China_IsItsRowsOnlyByYearAscending()
    {
        var population = WorldBank.Population(Data, "CHN");

        Assert.Equal([2020, 2021], population.Keys.ToArray());
        Assert.Equal([1411.0, 1412.0], population.Values.ToArray());
    }

    [Fact]
    public void Population_UnknownCountry_ListsTheCountriesTheDataHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => WorldBank.Population(Data, "DEU"));

        Assert.Contains("Dataset 'worldbank-population' has no country 'DEU'. Known values: CHN, RUS.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(RussiaMacro.GdpGrowthPercent), -1.2)]
    [InlineData(nameof(RussiaMacro.InflationDecemberPercent), 11.9)]
    [InlineData(nameof(RussiaMacro.KeyRateYearEndPercent), 7.5)]
    [InlineData(nameof(RussiaMacro.RubPerUsdAverage), 68.5)]
    [InlineData(nameof(RussiaMacro.PovertyRatePercent), 9.8)]
    public void MacroIndicator_2022_IsThatIndicatorsRow(string reader, double expected)
    {
        var series = MacroReader(reader)(Data);

        Assert.Equal(expected, series[2022]);
    }

    [Fact]
    public void GdpGrowthPercent_TwoYears_IsByYearAscending()
    {
        var growth = RussiaMacro.GdpGrowthPercent(Data);

        // The file lists 2022 before 2021; no other indicator's rows come in.
        Assert.Equal([2021, 2022], growth.Keys.ToArray());
        Assert.Equal([5.9, -1.2], growth.Values.ToArray());
    }

    [Fact]
    public void Indicator_UnknownIndicator_ListsTheIndicatorsTheDataHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => RussiaMacro.Indicator(Data, "gdp", "percent"));

        Assert.Contains("has no indicator 'gdp'. Known values: cpi_annual_avg, cpi_dec_dec, gdp_growth, key_rate_end, poverty_rate, usd_rub_avg.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_InflationInRoubles_SaysItIsHeldInPercent()
    {
        var e = Assert.Throws<ArgumentException>(() => RussiaMacro.Indicator(Data, "cpi_dec_dec", "rub_per_usd"));

        Assert.Contains("has no rows with indicator=cpi_dec_dec, unit=rub_per_usd. For indicator=cpi_dec_dec it holds unit percent.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionsPercent_Fixture_IsTheRateByDecisionDateAscending()
    {
        var decisions = RussiaKeyRate.DecisionsPercent(Data);

        Assert.Equal([new DateOnly(2022, 2, 28), new DateOnly(2022, 4, 8), new DateOnly(2022, 5, 26)], decisions.Keys.ToArray());
        Assert.Equal([20.0, 17.0, 11.0], decisions.Values.ToArray());
    }

    [Fact]
    public void CumulativeEurBillions_DonorMeasureAndType_IsThatSeriesOnlyByCutOffDate()
    {
        var usa = UkraineSupport.CumulativeEurBillions(Data, "USA", "committed", "total");

        // The military, allocated and German rows are left out.
        Assert.Equal([new DateOnly(2022, 3, 27), new DateOnly(2023, 1, 15)], usa.Keys.ToArray());
        Assert.Equal([7.6, 73.2], usa.Values.ToArray());
    }

    [Fact]
    public void CumulativeEurBillions_MilitaryAid_IsTheMilitaryRowOnly()
    {
        var military = UkraineSupport.CumulativeEurBillions(Data, "USA", "committed", "military");

        Assert.Equal([new DateOnly(2023, 1, 15)], military.Keys.ToArray());
        Assert.Equal(44.3, military[new DateOnly(2023, 1, 15)]);
    }

    [Fact]
    public void CumulativeEurBillions_SeveralDonors_IsOneSeriesPerDonorKeyedByCode()
    {
        var byDonor = UkraineSupport.CumulativeEurBillions(Data, ["DEU", "USA"], "committed", "total");

        Assert.Equal(["DEU", "USA"], byDonor.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal([0.5, 6.2], byDonor["DEU"].Values.ToArray());
        Assert.Equal([7.6, 73.2], byDonor["USA"].Values.ToArray());
    }

    [Fact]
    public void CumulativeEurBillions_NullDonors_NamesTheParameter()
    {
        var e = Assert.Throws<ArgumentNullException>(() => UkraineSupport.CumulativeEurBillions(Data, (IEnumerable<string>)null!, "committed", "total"));

        Assert.Equal("donors", e.ParamName);
    }

    [Fact]
    public void CumulativeEurBillions_AidTypeNotHeld_ListsTheTypesTheDataHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => UkraineSupport.CumulativeEurBillions(Data, "USA", "committed", "humanitarian"));

        Assert.Contains("has no aid_type 'humanitarian'. Known values: military, total.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CumulativeEurBillions_MeasureTheDonorLacks_NamesTheMeasuresItHas()
    {
        var e = Assert.Throws<ArgumentException>(() => UkraineSupport.CumulativeEurBillions(Data, "DEU", "allocated", "total"));

        Assert.Contains("has no rows with donor=DEU, measure=allocated. For donor=DEU it holds measure committed.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharePercentByAlly_2024_IsEveryAllyWithAValueThatYearByCode()
    {
        var shares = NatoDefenceSpending.SharePercentByAlly(Data, 2024);

        // The file lists POL before DEU, and POL's 2021 row belongs to another year.
        Assert.Equal(["DEU", "POL"], shares.Keys.ToArray());
        Assert.Equal([2.1, 4.1], shares.Values.ToArray());
    }

    [Fact]
    public void SharePercentByAlly_YearWithoutData_ListsEachYearHeldOnceInOrder()
    {
        var e = Assert.Throws<ArgumentException>(() => NatoDefenceSpending.SharePercentByAlly(Data, 2022));

        Assert.Equal("Dataset 'nato-defence-spending' has no ally with a value for 2022. Years held: 2021, 2024. (Parameter 'year')", e.Message);
    }

    [Fact]
    public void SharePercentByAllyAndYear_YearsOutOfOrder_ColumnsAreYearsAscending()
    {
        var frame = NatoDefenceSpending.SharePercentByAllyAndYear(Data);

        Assert.Equal([2021, 2024], frame.ColumnKeys.ToArray());
        Assert.Equal(2.2, frame.GetColumn<double>(2021)["POL"]);
        Assert.False(frame.GetColumn<double>(2021).TryGet("DEU").HasValue);
    }

    [Fact]
    public void SpendingUsdMillions2021Prices_AllAllies_IsThatGroupByYear()
    {
        var spending = NatoDefenceAggregates.SpendingUsdMillions2021Prices(Data, NatoDefenceAggregates.AllAllies);

        Assert.Equal([2023, 2024], spending.Keys.ToArray());
        Assert.Equal([1200000.0, 1300000.0], spending.Values.ToArray());
    }

    [Fact]
    public void SharePercent_EuropeAndCanada_IsThatGroupsShareNotItsSpending()
    {
        var share = NatoDefenceAggregates.SharePercent(Data, NatoDefenceAggregates.EuropeAndCanada);

        Assert.Equal([2024], share.Keys.ToArray());
        Assert.Equal(2.02, share[2024]);
    }

    [Fact]
    public void SharePercent_AllAllies_IsByYearAscending()
    {
        Assert.Equal([2.5, 2.71], NatoDefenceAggregates.SharePercent(Data, NatoDefenceAggregates.AllAllies).Values.ToArray());
    }

    [Fact]
    public void SharePercent_UnknownGroup_ListsTheGroups()
    {
        var e = Assert.Throws<ArgumentException>(() => NatoDefenceAggregates.SharePercent(Data, "nato_europe"));

        Assert.Contains("has no group 'nato_europe'. Known values: nato_europe_canada, nato_total.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accessions_Fixture_AreEveryAccessionByDateWithTheAlliesAfterIt()
    {
        var accessions = NatoMembership.Accessions(Data);

        Assert.Equal(
            [
                new Accession("MNE", new DateOnly(2017, 6, 5), 29),
                new Accession("MKD", new DateOnly(2020, 3, 27), 30),
                new Accession("FIN", new DateOnly(2023, 4, 4), 31),
            ],
            accessions);
    }

    [Theory]
    [InlineData("2017-06-05", 29)]
    [InlineData("2020-03-26", 29)]
    [InlineData("2020-03-27", 30)]
    [InlineData("2023-04-03", 30)]
    [InlineData("2030-01-01", 31)]
    public void MembersOn_Date_IsTheCountAfterTheLastAccessionOnOrBeforeIt(string date, int members)
    {
        Assert.Equal(members, NatoMembership.MembersOn(Data, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void MembersOn_DateBeforeTheFirstAccession_SaysWhereTheDataStarts()
    {
        var e = Assert.Throws<ArgumentException>(() => NatoMembership.MembersOn(Data, new DateOnly(2017, 6, 4)));

        Assert.Equal("Dataset 'nato-membership' starts at 2017-06-05; the number of allies before it is not held. (Parameter 'date')", e.Message);
    }

    private static Func<DataCatalog, Series<int, double>> MacroReader(string name) => name switch
    {
        nameof(RussiaMacro.GdpGrowthPercent) => RussiaMacro.GdpGrowthPercent,
        nameof(RussiaMacro.InflationDecemberPercent) => RussiaMacro.InflationDecemberPercent,
        nameof(RussiaMacro.KeyRateYearEndPercent) => RussiaMacro.KeyRateYearEndPercent,
        nameof(RussiaMacro.RubPerUsdAverage) => RussiaMacro.RubPerUsdAverage,
        nameof(RussiaMacro.PovertyRatePercent) => RussiaMacro.PovertyRatePercent,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such reader"),
    };
}
