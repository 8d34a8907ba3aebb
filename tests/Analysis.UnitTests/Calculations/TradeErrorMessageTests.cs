using Analysis.Calculations;
using Deedle;
using static Analysis.Testing.SeriesFactory;

namespace Analysis.UnitTests.Calculations;

/// <summary>
/// The wording of every error <see cref="Trade"/> documents: each names the argument, the year and
/// the offending value, so an analyst who passes a bad series learns where it is bad. A mutation run
/// (BENCHMARKS.md, "Mutation testing") found that no test read these messages: emptying any of them
/// went unnoticed.
/// </summary>
public sealed class TradeErrorMessageTests
{
    private static void AssertMessage(Action call, string paramName, string message)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(call);
        Assert.Equal(paramName, ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NormalisedBalance_NoTradeInAYear_NamesTheYear() =>
        AssertMessage(
            () => Trade.NormalisedBalance(Years((2021, 1), (2022, 0)), Years((2021, 1), (2022, 0))),
            "exportsUsdBillions",
            "Exports and imports are both zero in 2022, so the normalised balance is undefined.");

    [Fact]
    public void GrowthYearOnYear_ZeroBase_NamesBothYearsAndTheValue() =>
        AssertMessage(
            () => Trade.GrowthYearOnYear(Years((2019, 5), (2020, 0), (2021, 4))),
            "series",
            "Growth into 2021 is undefined: the 2020 value is 0, but a base value must be > 0.");

    [Fact]
    public void Cagr_ToYearNotAfterFromYear_NamesBothYears() =>
        AssertMessage(
            () => Trade.Cagr(Years((2020, 1), (2021, 2)), 2021, 2021),
            "toYear",
            "toYear must be after fromYear (2021), but was 2021.");

    [Fact]
    public void CagrByColumn_ToYearNotAfterFromYear_NamesBothYears() =>
        AssertMessage(
            // No column has a 2022 value, so only the up-front check can refuse the equal years (Cagr is never reached).
            () => Trade.CagrByColumn(Frame.FromColumns(new[] { KeyValuePair.Create("CHN", Years((2020, 1), (2021, 2))) }), 2022, 2022),
            "toYear",
            "toYear must be after fromYear (2022), but was 2022.");

    [Fact]
    public void Sum_NullArgument_NamesIt()
    {
        var frame = Frame.FromColumns(new[] { KeyValuePair.Create("USA", Years((2021, 1))) });
        Assert.Equal("byPartner", Assert.Throws<ArgumentNullException>(() => Trade.Sum(null!, ["USA"])).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentNullException>(() => Trade.Sum(frame, null!)).ParamName);
    }

    [Fact]
    public void Cagr_MissingYear_NamesTheYear() =>
        AssertMessage(
            () => Trade.Cagr(Years((2020, 1), (2021, 2)), 2018, 2021),
            "fromYear",
            "The series has no value for 2018.");

    [Fact]
    public void Cagr_NonPositiveEndValue_NamesTheYearAndTheValue() =>
        AssertMessage(
            () => Trade.Cagr(Years((2020, 1), (2021, -2.5)), 2020, 2021),
            "toYear",
            "The value for 2021 is -2.5, but compound growth needs values > 0.");

    [Fact]
    public void Share_NonPositiveTotal_NamesTheYearAndTheValue() =>
        AssertMessage(
            () => Trade.Share(Years((2022, 1), (2023, 1)), Years((2022, 10), (2023, -4))),
            "total",
            "The total in 2023 is -4, but it must be > 0.");

    [Fact]
    public void Ratio_ZeroDenominator_NamesTheYear() =>
        AssertMessage(
            () => Trade.Ratio(Years((2022, 1), (2023, 1)), Years((2022, 2), (2023, 0))),
            "denominator",
            "The denominator is zero in 2023.");

    [Fact]
    public void Rebase_MissingBaseYear_NamesTheYear() =>
        AssertMessage(
            () => Trade.Rebase(Years((2022, 1), (2023, 1)), 2015),
            "baseYear",
            "The base year 2015 has no value in the series.");

    [Fact]
    public void Rebase_ZeroBaseValue_NamesTheYear() =>
        AssertMessage(
            () => Trade.Rebase(Years((2022, 0), (2023, 1)), 2022),
            "baseYear",
            "The base year 2022 has the value zero, so no index can be formed.");

    [Fact]
    public void DependenceAsymmetry_ZeroRussianShare_NamesTheYear() =>
        AssertMessage(
            () => Trade.DependenceAsymmetry(Years((2022, 0.03), (2023, 0)), Years((2022, 0.2), (2023, 0.3))),
            "russiaShareOfChinaTrade",
            "Russia's share of China's trade is zero in 2023, so the asymmetry ratio is undefined.");

    [Fact]
    public void Turnover_InfiniteValue_NamesTheArgumentTheValueAndTheYear() =>
        AssertMessage(
            () => Trade.Turnover(Years((2022, 1)), Years((2022, double.PositiveInfinity))),
            "importsUsdBillions",
            "importsUsdBillions has the non-finite value Infinity in 2022.");

    [Fact]
    public void Balance_NegativeValue_NamesTheArgumentTheValueAndTheYear() =>
        AssertMessage(
            () => Trade.Balance(Years((2021, 2), (2022, -0.25)), Years((2021, 1), (2022, 1))),
            "exportsUsdBillions",
            "exportsUsdBillions has the negative value -0.25 in 2022; trade values must be ≥ 0.");

    [Fact]
    public void DependenceAsymmetry_ShareAboveOne_NamesTheArgumentTheValueAndTheYear() =>
        AssertMessage(
            () => Trade.DependenceAsymmetry(Years((2022, 0.03)), Years((2022, 1.5))),
            "chinaShareOfRussiaTrade",
            "chinaShareOfRussiaTrade has the value 1.5 in 2022; a share must be a fraction in [0, 1].");
}
