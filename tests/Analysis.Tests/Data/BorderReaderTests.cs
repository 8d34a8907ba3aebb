using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Data;

/// <summary>
/// The border readers on small fixtures: design capacities in the unit asked for, the bridge's observed
/// totals beside its design figures, passenger totals at the other crossings, and traveller counts
/// between Russia and China by direction, measure, agency and unit, never mixed.
/// </summary>
public sealed class BorderReaderTests : IDisposable
{
    private const string Bridge = FacilityCapacity.Bridge;

    private const string Capacity = """
        facility,measure,value,unit,source_id,source_quote,note
        blagoveshchensk_heihe_bridge,passengers_per_year,3000000,persons_per_year,SRC,q,
        blagoveshchensk_heihe_bridge,cargo_per_year,6000000,t_per_year,SRC,q,
        blagoveshchensk_heihe_bridge,vehicles_per_year,300000,vehicles_per_year,SRC,q,
        blagoveshchensk_heihe_bridge,trucks_per_day,630,vehicles_per_day,SRC,q,
        blagoveshchensk_heihe_bridge,passengers_per_day,5500,persons_per_day,SRC,q,
        power_of_siberia,design_capacity,38,bcm_per_year,SRC,q,
        power_of_siberia,length_russia,3000,km,SRC,q,
        """;

    // The bridge: trucks in two years (2024 first), all vehicles, cargo, a half year of passengers and a
    // daily average no bridge measure reads. Passengers at two other crossings; cargo at the port.
    private const string Traffic = """
        facility,period_start,period_end,measure,value,unit,qualifier,source_id,source_quote,note
        blagoveshchensk_heihe_bridge,2024-01-01,2024-12-31,trucks,50000,vehicles,,SRC,q,
        blagoveshchensk_heihe_bridge,2023-01-01,2023-12-31,trucks,40000,vehicles,more_than,SRC,q,
        blagoveshchensk_heihe_bridge,2024-01-01,2024-12-31,vehicles,90000,vehicles,,SRC,q,
        blagoveshchensk_heihe_bridge,2024-01-01,2024-12-31,cargo_t,1200000,t,about,SRC,q,
        blagoveshchensk_heihe_bridge,2024-01-01,2024-06-30,passengers,100000,persons,,SRC,q,
        blagoveshchensk_heihe_bridge,2024-01-01,2024-12-31,vehicles_per_day_avg,250,vehicles_per_day,,SRC,q,
        heihe_river_checkpoint,2024-01-01,2024-12-31,passengers,700000,persons,,SRC,q,
        blagoveshchensk_checkpoint,2024-01-01,2024-12-31,passengers,760000,persons,,SRC,q,
        blagoveshchensk_checkpoint,2024-01-01,2024-06-30,passengers,290000,persons,more_than,SRC,q,
        heihe_port,2024-01-01,2024-12-31,cargo_t,80000,t,,SRC,q,
        """;

    // Russia → China: the MFA's visitors in persons (two full years, a half year, a February–December
    // period), in person-times (2019); Rosstat's tourist and all trips; the ministry's visitors.
    // China → Russia: Rosturizm's visitors.
    private const string Tourism = """
        period_start,period_end,origin,destination,measure,agency,value,unit,qualifier,source_id,source_quote,note
        2023-01-01,2023-12-31,RUS,CHN,visitors,russian_mfa,300000,persons,about,SRC,q,
        2024-01-01,2024-12-31,RUS,CHN,visitors,russian_mfa,400000,persons,,SRC,q,
        2019-01-01,2019-12-31,RUS,CHN,visitors,russian_mfa,2300000,person_times,,SRC,q,
        2019-01-01,2019-12-31,RUS,CHN,tourist_trips,rosstat,1900000,trips,,SRC,q,
        2019-01-01,2019-12-31,RUS,CHN,all_trips,rosstat,2600000,trips,,SRC,q,
        2019-01-01,2019-12-31,RUS,CHN,visitors,ministry_economic_development,2000000,persons,about,SRC,q,
        2023-01-01,2023-06-30,RUS,CHN,visitors,russian_mfa,100000,persons,,SRC,q,
        2023-02-01,2023-12-31,RUS,CHN,visitors,russian_mfa,250000,persons,,SRC,q,
        2019-01-01,2019-12-31,CHN,RUS,visitors,rosturizm,1500000,persons,,SRC,q,
        """;

    private readonly FixtureCatalog _fixture = FixtureCatalog.With(
        (FacilityCapacity.Dataset, Capacity), (BorderTraffic.Dataset, Traffic), (RussiaChinaTourism.Dataset, Tourism));

    private DataCatalog Data => _fixture.Data;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Value_FacilityMeasureAndUnit_IsThatRowsFigure()
    {
        Assert.Equal(3000.0, FacilityCapacity.Value(Data, FacilityCapacity.PowerOfSiberia, "length_russia", "km"));
        Assert.Equal(5500.0, FacilityCapacity.Value(Data, Bridge, "passengers_per_day", "persons_per_day"));
    }

    [Fact]
    public void Value_AnotherUnit_NamesTheUnitTheFigureIsHeldIn()
    {
        var e = Assert.Throws<ArgumentException>(() => FacilityCapacity.Value(Data, Bridge, "trucks_per_day", "vehicles_per_year"));

        Assert.Contains(
            "has no rows with facility=blagoveshchensk_heihe_bridge, measure=trucks_per_day, unit=vehicles_per_year. For facility=blagoveshchensk_heihe_bridge, measure=trucks_per_day it holds unit vehicles_per_day.",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Value_MeasureTheFacilityLacks_NamesTheMeasuresItHas()
    {
        var e = Assert.Throws<ArgumentException>(() => FacilityCapacity.Value(Data, FacilityCapacity.PowerOfSiberia, "trucks_per_day", "vehicles_per_day"));

        Assert.Contains("For facility=power_of_siberia it holds measure design_capacity, length_russia.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PowerOfSiberiaBcmPerYear_Fixture_IsThePipelinesDesignCapacity()
    {
        Assert.Equal(38.0, FacilityCapacity.PowerOfSiberiaBcmPerYear(Data));
    }

    [Fact]
    public void BridgeDesign_Fixture_IsEachBridgeMeasuresDesignFigureUnitAndDays()
    {
        var design = FacilityCapacity.BridgeDesign(Data);

        // A daily figure covers 1 day, a yearly one 365; passengers_per_day is not one of the four.
        string[] labels = ["Trucks", "All vehicles", "Cargo (tonnes)", "Passengers"];
        Assert.Equal(labels, design.RowKeys.ToArray());
        Assert.Equal([630.0, 300000.0, 6000000.0, 3000000.0], design.GetColumn<double>("design").Values.ToArray());
        Assert.Equal(["vehicles_per_day", "vehicles_per_year", "t_per_year", "persons_per_year"], design.GetColumn<string>("design_unit").Values.ToArray());
        Assert.Equal([1, 365, 365, 365], design.GetColumn<int>("design_days").Values.ToArray());
    }

    [Fact]
    public void All_BridgeMeasures_PairEachObservedMeasureWithItsDesignMeasure()
    {
        Assert.Equal(
            [
                new BridgeMeasure("Trucks", "trucks", "vehicles", "trucks_per_day", "vehicles_per_day", false),
                new BridgeMeasure("All vehicles", "vehicles", "vehicles", "vehicles_per_year", "vehicles_per_year", true),
                new BridgeMeasure("Cargo (tonnes)", "cargo_t", "t", "cargo_per_year", "t_per_year", true),
                new BridgeMeasure("Passengers", "passengers", "persons", "passengers_per_year", "persons_per_year", true),
            ],
            BridgeMeasure.All);
    }

    [Fact]
    public void Facilities_Fixture_IsEachFacilityOnceInOrdinalOrder()
    {
        Assert.Equal(
            ["blagoveshchensk_checkpoint", "blagoveshchensk_heihe_bridge", "heihe_port", "heihe_river_checkpoint"],
            BorderTraffic.Facilities(Data));
    }

    [Fact]
    public void Periods_BridgeTrucks_AreItsRowsByPeriodWithUnitAndQualifier()
    {
        var trucks = BorderTraffic.Periods(Data, Bridge, "trucks", "vehicles");

        Assert.Equal(
            [
                new PeriodValue(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), 40000, "vehicles", SourceOf(BorderTraffic.Dataset), "", "more_than"),
                new PeriodValue(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 50000, "vehicles", SourceOf(BorderTraffic.Dataset), "", ""),
            ],
            trucks);
    }

    [Fact]
    public void Periods_PortCargo_IsThePortsRowNotTheBridges()
    {
        var cargo = BorderTraffic.Periods(Data, "heihe_port", "cargo_t", "t");

        Assert.Equal(80000.0, Assert.Single(cargo).Value);
    }

    [Fact]
    public void Periods_DailyAverageInVehicles_NamesTheUnitItIsHeldIn()
    {
        var e = Assert.Throws<ArgumentException>(() => BorderTraffic.Periods(Data, Bridge, "vehicles_per_day_avg", "vehicles"));

        Assert.Contains("it holds unit vehicles_per_day.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PassengerCrossings_Fixture_AreTheOtherCrossingsByReadableNameEachByPeriod()
    {
        var crossings = BorderTraffic.PassengerCrossings(Data);

        // The bridge's passengers and the port (cargo only) are left out.
        Assert.Equal(["Blagoveshchensk checkpoint", "Heihe river checkpoint"], crossings.Keys.ToArray());
        Assert.Equal([290000.0, 760000.0], crossings["Blagoveshchensk checkpoint"].Select(p => p.Value).ToArray());
        Assert.Equal(["more_than", ""], crossings["Blagoveshchensk checkpoint"].Select(p => p.Qualifier).ToArray());
        Assert.Equal(700000.0, Assert.Single(crossings["Heihe river checkpoint"]).Value);
    }

    [Fact]
    public void BridgeTotals_Fixture_IsOneRowPerBridgeMeasureAndPeriodInMeasureOrder()
    {
        var totals = BorderTraffic.BridgeTotals(Data);

        // Trucks (two years), all vehicles, cargo, passengers (Jan–Jun 2024); the daily average is not a bridge measure.
        Assert.Equal(["Trucks", "Trucks", "All vehicles", "Cargo (tonnes)", "Passengers"], totals.GetColumn<string>("measure").Values.ToArray());
        Assert.Equal(["2023", "2024", "2024", "2024", "Jan–Jun 2024"], totals.GetColumn<string>("period").Values.ToArray());
        Assert.Equal([40000.0, 50000.0, 90000.0, 1200000.0, 100000.0], totals.GetColumn<double>("total").Values.ToArray());
        Assert.Equal(["vehicles", "vehicles", "vehicles", "t", "persons"], totals.GetColumn<string>("unit").Values.ToArray());
    }

    [Fact]
    public void BridgeTotals_Fixture_GivesEachPeriodsFirstAndLastDayAndItsDays()
    {
        var totals = BorderTraffic.BridgeTotals(Data);

        // 2023: 365 days; 2024 is a leap year: 366; Jan–Jun 2024: 31 + 29 + 31 + 30 + 31 + 30 = 182.
        Assert.Equal([365, 366, 366, 366, 182], totals.GetColumn<int>("days").Values.ToArray());
        Assert.Equal(new DateOnly(2023, 1, 1), totals.GetColumn<DateOnly>("period_start")[0]);
        Assert.Equal(new DateOnly(2024, 6, 30), totals.GetColumn<DateOnly>("period_end")[4]);
    }

    [Fact]
    public void Periods_TourismSeries_IsEveryPeriodOfThatSeriesByStartThenEnd()
    {
        var periods = RussiaChinaTourism.Periods(Data, "RUS", "CHN", "visitors", "russian_mfa", "persons");

        // The person-times row is another series; the half year sorts before the full year that starts the same day.
        Assert.Equal([100000.0, 300000.0, 250000.0, 400000.0], periods.Select(p => p.Value).ToArray());
        Assert.Equal(["Jan–Jun 2023", "2023", "Feb–Dec 2023", "2024"], periods.Select(p => p.Label).ToArray());
        Assert.Equal("about", periods[1].Qualifier);
    }

    [Fact]
    public void Periods_TourismAgencyTheDirectionLacks_NamesTheAgenciesItHas()
    {
        var e = Assert.Throws<ArgumentException>(() => RussiaChinaTourism.Periods(Data, "CHN", "RUS", "visitors", "russian_mfa", "persons"));

        Assert.Contains("For origin=CHN, destination=RUS, measure=visitors it holds agency rosturizm.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FullYears_TourismSeries_KeepsOnlyCalendarYears()
    {
        var years = RussiaChinaTourism.FullYears(Data, "RUS", "CHN", "visitors", "russian_mfa", "persons");

        Assert.Equal([2023, 2024], years.Keys.ToArray());
        Assert.Equal([300000.0, 400000.0], years.Values.ToArray());
    }

    [Fact]
    public void Selections_Fixture_IsOneRowPerDirectionMeasureAgencyAndUnitInThatOrder()
    {
        var s = RussiaChinaTourism.Selections(Data);

        Assert.Equal(["CHN", "RUS", "RUS", "RUS", "RUS", "RUS"], s.GetColumn<string>("origin").Values.ToArray());
        Assert.Equal(["RUS", "CHN", "CHN", "CHN", "CHN", "CHN"], s.GetColumn<string>("destination").Values.ToArray());
        Assert.Equal(["visitors", "all_trips", "tourist_trips", "visitors", "visitors", "visitors"], s.GetColumn<string>("measure").Values.ToArray());
        Assert.Equal(["rosturizm", "rosstat", "rosstat", "ministry_economic_development", "russian_mfa", "russian_mfa"], s.GetColumn<string>("agency").Values.ToArray());
        Assert.Equal(["persons", "trips", "trips", "persons", "person_times", "persons"], s.GetColumn<string>("unit").Values.ToArray());
    }

    [Fact]
    public void Selections_Fixture_CountsEachSelectionsRowsAndListsItsFullYears()
    {
        var s = RussiaChinaTourism.Selections(Data);

        // The MFA's persons series has four rows: 2023, 2024, a half year and a February–December period.
        Assert.Equal([1, 1, 1, 1, 1, 4], s.GetColumn<int>("rows").Values.ToArray());
        Assert.Equal(["2019", "2019", "2019", "2019", "2019", "2023, 2024"], s.GetColumn<string>("full_years").Values.ToArray());
    }

    [Fact]
    public void FullYearCounts_RussiaToChina_AreCalendarYearCountsByYearAgencyThenMeasure()
    {
        var counts = RussiaChinaTourism.FullYearCounts(Data, "RUS", "CHN");

        // China → Russia, the half year and the February–December period are left out.
        Assert.Equal(
            [
                new TravellerCount(2019, "visitors", "ministry_economic_development", "persons", 2000000, "about"),
                new TravellerCount(2019, "all_trips", "rosstat", "trips", 2600000, ""),
                new TravellerCount(2019, "tourist_trips", "rosstat", "trips", 1900000, ""),
                new TravellerCount(2019, "visitors", "russian_mfa", "person_times", 2300000, ""),
                new TravellerCount(2023, "visitors", "russian_mfa", "persons", 300000, "about"),
                new TravellerCount(2024, "visitors", "russian_mfa", "persons", 400000, ""),
            ],
            counts);
    }

    [Fact]
    public void Published_Count_IsTheFigureWithThousandsSeparatorsAndItsQualifierInWords()
    {
        var counts = RussiaChinaTourism.FullYearCounts(Data, "RUS", "CHN");

        Assert.Equal("about 2,000,000", counts[0].Published);
        Assert.Equal("2,600,000", counts[1].Published);
    }

    [Fact]
    public void Series_Count_NamesMeasureAgencyAndUnitInWords()
    {
        var count = new TravellerCount(2019, "tourist_trips", "russian_mfa", "person_times", 1, "");

        Assert.Equal("tourist trips counted by russian mfa (person times)", count.Series);
    }

    [Theory]
    [InlineData("visitors", "russian_mfa", "persons", true)]
    [InlineData("all_trips", "russian_mfa", "persons", false)]
    [InlineData("visitors", "rosstat", "persons", false)]
    [InlineData("visitors", "russian_mfa", "person_times", false)]
    public void IsLikeFor_OtherCount_OnlyWhenMeasureAgencyAndUnitAllMatch(string measure, string agency, string unit, bool like)
    {
        var count = new TravellerCount(2023, "visitors", "russian_mfa", "persons", 300000, "about");

        // Year, value and qualifier do not matter.
        Assert.Equal(like, count.IsLikeFor(new TravellerCount(2024, measure, agency, unit, 1, "")));
    }

    [Fact]
    public void IsLikeFor_Null_IsFalse()
    {
        Assert.False(new TravellerCount(2023, "visitors", "russian_mfa", "persons", 1, "").IsLikeFor(null!));
    }

    [Fact]
    public void Describe_Selection_NamesTheCountriesAndTheSeriesInWords()
    {
        Assert.Equal(
            "Russia → China, visitors counted by russian mfa (person times)",
            RussiaChinaTourism.Describe(Data, "RUS", "CHN", "visitors", "russian_mfa", "person_times"));
    }

    private string SourceOf(string dataset) => Data.Package.Resource(dataset).Sources[0].Id;
}
