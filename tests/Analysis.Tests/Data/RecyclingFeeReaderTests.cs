using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Data;

/// <summary>
/// The recycling-fee reader on a small fixture: the categories held, one category's schedule by
/// effective date, and the parsing of ISO dates that notebook parameters give.
/// </summary>
public sealed class RecyclingFeeReaderTests : IDisposable
{
    // Categories and dates out of order.
    private const string Rows = """
        effective_date,category,fee_rub,source_id,source_quote,note
        2024-10-01,passenger_new_personal,3400,SRC,q,
        2023-08-01,passenger_new_1000_2000cc_commercial,200,SRC,q,
        2020-01-01,passenger_new_1000_2000cc_commercial,100,SRC,q,
        2023-08-01,passenger_new_personal,3000,SRC,q,
        2012-09-01,base_rate_passenger,20000,SRC,q,
        """;

    private readonly FixtureCatalog _fixture = FixtureCatalog.With((RecyclingFee.Dataset, Rows));

    private DataCatalog Data => _fixture.Data;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Categories_Fixture_IsEachCategoryOnceInOrdinalOrder()
    {
        Assert.Equal(["base_rate_passenger", "passenger_new_1000_2000cc_commercial", "passenger_new_personal"], RecyclingFee.Categories(Data));
    }

    [Fact]
    public void ScheduleRub_Category_IsItsStepsByEffectiveDateAscending()
    {
        var schedule = RecyclingFee.ScheduleRub(Data, "passenger_new_personal");

        Assert.Equal([new DateOnly(2023, 8, 1), new DateOnly(2024, 10, 1)], schedule.Keys.ToArray());
        Assert.Equal([3000.0, 3400.0], schedule.Values.ToArray());
    }

    [Fact]
    public void InForceOn_DateBeforeTheSchedule_SaysWhenItStarts()
    {
        var e = Assert.Throws<ArgumentException>(() => RecyclingFee.InForceOn(Data, "passenger_new_personal", "2023-07-31"));

        Assert.Equal("No fee in category 'passenger_new_personal' was in force on 2023-07-31; the schedule starts 2023-08-01. (Parameter 'isoDate')", e.Message);
    }

    [Fact]
    public void InForceOn_LastStepsDay_IsTheLastStep()
    {
        Assert.Equal((new DateOnly(2024, 10, 1), 3400.0), RecyclingFee.InForceOn(Data, "passenger_new_personal", "2024-10-01"));
    }

    [Fact]
    public void Parse_IsoDate_IsThatDay()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), IsoDate.Parse("2024-02-29"));
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2023-8-1")]
    [InlineData("")]
    public void Parse_NotAnIsoDate_NamesTheDefaultParameterAndTheText(string text)
    {
        var e = Assert.Throws<FormatException>(() => IsoDate.Parse(text));

        Assert.Equal($"date must be a date written YYYY-MM-DD, but was '{text}'.", e.Message);
    }
}
