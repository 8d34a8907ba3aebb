using Analysis.Calculations;
using Deedle;

namespace Analysis.UnitTests.Calculations;

/// <summary>
/// Values in force from a date until the next change (the key rate, the recycling fee). Expectations are read off
/// the step tables by hand.
/// </summary>
public sealed class StepSeriesTests
{
    private static Series<DateOnly, double> Steps(params (string Date, double Value)[] steps) =>
        new(steps.Select(s => DateOnly.Parse(s.Date, System.Globalization.CultureInfo.InvariantCulture)), steps.Select(s => s.Value));

    private static readonly Series<DateOnly, double> KeyRate = Steps(("2022-02-28", 20.0), ("2022-04-11", 17.0), ("2023-07-24", 8.5));

    [Theory]
    [InlineData("2022-02-27", null)]   // before the first step
    [InlineData("2022-02-28", 20.0)]   // on the day a step takes effect, it is in force
    [InlineData("2022-04-10", 20.0)]
    [InlineData("2022-04-11", 17.0)]
    [InlineData("2023-12-31", 8.5)]    // after the last step, it stays in force
    public void ValueOn_Date_IsTheLastStepOnOrBeforeIt(string date, double? expected) =>
        Assert.Equal(expected, StepSeries.ValueOn(KeyRate, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void YearEndValues_StepsOverThreeYears_GiveEachYearEndInForce()
    {
        // 31 Dec 2022: 17 (since 11 Apr 2022); 31 Dec 2023 is after the last step, so 2023 is left out.
        var values = StepSeries.YearEndValues(KeyRate);

        Assert.Equal([2022], values.Keys);
        Assert.Equal(17.0, values[2022]);
    }

    [Fact]
    public void YearEndValues_LastStepOnThirtyFirstDecember_IncludesThatYear()
    {
        var values = StepSeries.YearEndValues(Steps(("2020-03-01", 5.0), ("2021-06-15", 7.0), ("2022-12-31", 9.0)));

        Assert.Equal([2020, 2021, 2022], values.Keys);
        Assert.Equal([5.0, 7.0, 9.0], values.Values);
    }

    [Fact]
    public void YearEndValues_StepsNearTheEndOfTheCalendar_StopAtTheLastStep()
    {
        // The range of years is built from the first and last step years alone, so it must not run past year 9999.
        var values = StepSeries.YearEndValues(Steps(("9000-01-01", 1.0), ("9001-12-31", 2.0)));

        Assert.Equal([9000, 9001], values.Keys);
    }

    [Fact]
    public void YearEndValues_NoSteps_IsEmpty() =>
        Assert.Equal(0, StepSeries.YearEndValues(Steps()).KeyCount);

    [Fact]
    public void NullSteps_NameTheArgument()
    {
        Assert.Equal("steps", Assert.Throws<ArgumentNullException>(() => StepSeries.ValueOn(null!, new DateOnly(2022, 1, 1))).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentNullException>(() => StepSeries.YearEndValues(null!)).ParamName);
    }
}
