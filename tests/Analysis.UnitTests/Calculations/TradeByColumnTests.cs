using Analysis.Calculations;
using Deedle;
using static Analysis.Testing.SeriesFactory;

namespace Analysis.UnitTests.Calculations;

/// <summary>
/// The frame-wide trade functions notebook 01 calls (growth of every partner, the West as a sum), with the
/// cases a mutation run found untested: columns left out, bad years and columns, and their messages.
/// </summary>
public sealed class TradeByColumnTests
{
    private static Frame<int, string> Partners() => Frame.FromColumns(new Dictionary<string, Series<int, double>>
    {
        ["USA"] = Years((2020, 100), (2022, 121)),  // (121 / 100)^(1/2) − 1 = 0.1
        ["EU"] = Years((2020, 50)),                 // no 2022 value: left out, not guessed
        ["JPN"] = Years((2020, 0), (2022, 10)),     // zero base: no growth rate
        ["KOR"] = Years((2020, 10), (2022, 0)),     // zero end: no growth rate
    });

    [Fact]
    public void CagrByColumn_OnlyColumnsPositiveInBothYears_HandComputedRate()
    {
        var cagr = Trade.CagrByColumn(Partners(), 2020, 2022);

        Assert.Equal(["USA"], cagr.Keys);
        Assert.Equal(0.1, cagr["USA"], 12);
    }

    [Theory]
    [InlineData(2022, 2022)]
    [InlineData(2022, 2020)]
    public void CagrByColumn_ToYearNotAfterFromYear_ThrowsNamingBothYears(int from, int to) =>
        Refusal.Check<ArgumentOutOfRangeException>(
            () => Trade.CagrByColumn(Partners(), from, to), "toYear", $"toYear must be after fromYear ({from}), but was {to}.");

    [Fact]
    public void CagrByColumn_ToYearNotAfterFromYear_RefusedBeforeAnyColumnIsRead() =>
        // No column has a 2022 value, so only the up-front check can refuse the equal years (Cagr is never reached).
        Refusal.Check<ArgumentOutOfRangeException>(
            () => Trade.CagrByColumn(Frame.FromColumns(new[] { KeyValuePair.Create("CHN", Years((2020, 1), (2021, 2))) }), 2022, 2022),
            "toYear",
            "toYear must be after fromYear (2022), but was 2022.");

    [Fact]
    public void CagrByColumn_OneYearApart_IsTheSimpleChange()
    {
        var cagr = Trade.CagrByColumn(Frame.FromColumns(new Dictionary<string, Series<int, double>> { ["RUS"] = Years((2021, 146.9), (2022, 190.3)) }), 2021, 2022);

        Assert.Equal(190.3 / 146.9 - 1, cagr["RUS"], 12);
    }

    [Fact]
    public void CagrByColumn_NullFrame_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Trade.CagrByColumn(null!, 2020, 2022));
    }

    [Fact]
    public void Sum_NoColumn_ThrowsSayingOneIsNeeded() =>
        Refusal.Check<ArgumentException>(() => Trade.Sum(Partners(), []), "columns", "At least one column is needed.");

    [Fact]
    public void Sum_UnknownColumn_ThrowsListingTheFramesColumns()
    {
        var e = Assert.Throws<ArgumentException>(() => Trade.Sum(Partners(), ["USA", "DEU"]));

        Assert.StartsWith("The frame has no column 'DEU'. Columns: USA, EU, JPN, KOR.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_NullArguments_Throw()
    {
        Assert.Equal("byPartner", Assert.Throws<ArgumentNullException>(() => Trade.Sum(null!, ["USA"])).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentNullException>(() => Trade.Sum(Partners(), null!)).ParamName);
    }

    [Fact]
    public void Sum_YearMissingFromOneColumn_IsMissingFromTheSumNotAPartialSum()
    {
        var sum = Trade.Sum(Partners(), ["USA", "EU"]);

        Assert.Equal([2020], sum.Keys);
        Assert.Equal(150, sum[2020], 12);
    }
}
