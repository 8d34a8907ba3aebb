using Analysis.Calculations;
using Deedle;
using static Analysis.Testing.SeriesFactory;

namespace Analysis.UnitTests.Calculations;

/// <summary>The year window notebook 01 and the scorecard apply to every series: both ends included.</summary>
public sealed class YearRangeTests
{
    private static readonly Series<int, double> Turnover = Years((2019, 110.8), (2020, 107.8), (2021, 146.9), (2022, 190.3), (2023, 240.1));

    [Fact]
    public void Series_InYears_KeepsBothEnds() =>
        Assert.Equal([2020, 2021, 2022], Turnover.InYears(2020, 2022).Keys);

    [Fact]
    public void Series_OneYear_IsThatYear() =>
        Assert.Equal([2021], Turnover.InYears(2021, 2021).Keys);

    [Fact]
    public void Frame_InYears_KeepsOnlyTheRowsInTheWindow()
    {
        var frame = Frame.FromColumns(new[] { KeyValuePair.Create("RUS", Turnover) });

        Assert.Equal([2021, 2022], frame.InYears(2021, 2022).RowKeys);
        Assert.Equal([2023], frame.InYears(2023, 2023).RowKeys);
    }

    [Fact]
    public void FirstYearAfterLastYear_NamesBothYears()
    {
        var frame = Frame.FromColumns(new[] { KeyValuePair.Create("RUS", Turnover) });

        foreach (var call in new Action[] { () => Turnover.InYears(2023, 2022), () => frame.InYears(2023, 2022) })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.Equal("firstYear", ex.ParamName);
            Assert.StartsWith("firstYear (2023) must not be after lastYear (2022).", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Null_NamesTheArgument()
    {
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => ((Series<int, double>)null!).InYears(2020, 2021)).ParamName);
        Assert.Equal("frame", Assert.Throws<ArgumentNullException>(() => ((Frame<int, string>)null!).InYears(2020, 2021)).ParamName);
    }
}
