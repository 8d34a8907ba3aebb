using Analysis.Calculations;
using Deedle;
using static Analysis.Testing.SeriesFactory;

namespace Analysis.UnitTests.Calculations;

public sealed class TradeTests
{
    [Theory]
    [InlineData(111.0, 129.1, -18.1)] // 111.0 − 129.1 = −18.1
    [InlineData(50.0, 20.0, 30.0)]    // 50 − 20 = 30
    [InlineData(0.0, 0.0, 0.0)]       // 0 − 0 = 0
    public void Balance_OneYear_IsExportsMinusImports(double exports, double imports, double expected)
    {
        var balance = Trade.Balance(Years((2023, exports)), Years((2023, imports)));

        Assert.Equal(expected, balance[2023], Tolerance.Absolute);
    }

    [Fact]
    public void Balance_ChinaRussia2023_MatchesPublishedDeficit()
    {
        // China's exports to Russia 111.0, imports from Russia 129.1 (USD bn, GACC 2023, as reported by
        // Reuters/MOFCOM). The publication gives a balance of −18.2 because it subtracts unrounded values;
        // from the rounded inputs the balance is −18.1, so the tolerance against −18.2 is 0.15.
        const double publishedTolerance = 0.15;
        var balance = Trade.Balance(Years((2023, 111.0)), Years((2023, 129.1)));

        Assert.Equal(-18.1, balance[2023], Tolerance.Absolute);
        Assert.Equal(-18.2, balance[2023], publishedTolerance);
    }

    [Fact]
    public void Balance_YearMissingFromOneInput_IsMissingNotZero()
    {
        // exports 2021–2023, imports 2021 and 2023 only: 2022 must be absent, not 0 or NaN.
        var exports = Years((2021, 10.0), (2022, 12.0), (2023, 14.0));
        var imports = Years((2021, 4.0), (2023, 5.0));

        var balance = Trade.Balance(exports, imports);

        Assert.Equal([2021, 2023], balance.Keys);
        Assert.Equal(6.0, balance[2021], Tolerance.Absolute); // 10 − 4
        Assert.Equal(9.0, balance[2023], Tolerance.Absolute); // 14 − 5
        Assert.False(balance.TryGet(2022).HasValue);
    }

    [Fact]
    public void Balance_NaNValue_TreatedAsMissingYear()
    {
        // Deedle stores NaN as a missing value, so 2022 has no result.
        var balance = Trade.Balance(Years((2021, 10.0), (2022, double.NaN)), Years((2021, 4.0), (2022, 3.0)));

        Assert.Equal([2021], balance.Keys);
    }

    [Fact]
    public void Balance_UnorderedInput_ReturnsYearsInOrderAndLeavesInputUnchanged()
    {
        var exports = Years((2023, 3.0), (2021, 1.0), (2022, 2.0));
        var imports = Years((2021, 1.0), (2022, 1.0), (2023, 1.0));

        var balance = Trade.Balance(exports, imports);

        Assert.Equal([2021, 2022, 2023], balance.Keys);
        Assert.Equal([2023, 2021, 2022], exports.Keys);
        Assert.Equal([3.0, 1.0, 2.0], exports.Values);
    }

    [Theory]
    [InlineData(111.0, 129.1, 240.1)] // 111.0 + 129.1 = 240.1
    [InlineData(0.0, 5.5, 5.5)]       // 0 + 5.5 = 5.5
    public void Turnover_OneYear_IsExportsPlusImports(double exports, double imports, double expected)
    {
        var turnover = Trade.Turnover(Years((2023, exports)), Years((2023, imports)));

        Assert.Equal(expected, turnover[2023], Tolerance.Absolute);
    }

    [Theory]
    [InlineData(30.0, 10.0, 0.5)]                   // (30 − 10)/(30 + 10) = 20/40 = 0.5
    [InlineData(10.0, 30.0, -0.5)]                  // (10 − 30)/40 = −0.5
    [InlineData(5.0, 0.0, 1.0)]                     // exports only: 5/5 = 1
    [InlineData(0.0, 5.0, -1.0)]                    // imports only: −5/5 = −1
    [InlineData(111.0, 129.1, -0.07538525614327)]   // −18.1/240.1 = −0.0753852561...
    public void NormalisedBalance_OneYear_IsBalanceOverTurnover(double exports, double imports, double expected)
    {
        var normalised = Trade.NormalisedBalance(Years((2023, exports)), Years((2023, imports)));

        Assert.Equal(expected, normalised[2023], Tolerance.Absolute);
    }

    [Fact]
    public void NormalisedBalance_NoTradeInAYear_ThrowsNamingTheYearAndTheReason() =>
        // 2021 has trade, so the check must look past the first year.
        Refusal.Check<ArgumentException>(
            () => Trade.NormalisedBalance(Years((2021, 1), (2022, 0)), Years((2021, 1), (2022, 0))),
            "exportsUsdBillions",
            "Exports and imports are both zero in 2022, so the normalised balance is undefined.");

    [Fact]
    public void NormalisedBalance_ExportsEqualImports_IsZeroNotUndefined()
    {
        // X = M = 7: X − M = 0 but X + M = 14, so (7 − 7)/14 = 0; only X + M = 0 is undefined.
        var normalised = Trade.NormalisedBalance(Years((2023, 7.0)), Years((2023, 7.0)));

        Assert.Equal(0.0, normalised[2023], Tolerance.Absolute);
    }

    [Fact]
    public void GrowthYearOnYear_ConsecutiveYears_IsFractionalChange()
    {
        // 2020 → 2021: 125/100 − 1 = 0.25; 2021 → 2022: 100/125 − 1 = −0.2; 2020 has no previous year.
        var growth = Trade.GrowthYearOnYear(Years((2020, 100.0), (2021, 125.0), (2022, 100.0)));

        Assert.Equal([2021, 2022], growth.Keys);
        Assert.Equal(0.25, growth[2021], Tolerance.Absolute);
        Assert.Equal(-0.2, growth[2022], Tolerance.Absolute);
    }

    [Fact]
    public void GrowthYearOnYear_GapInYears_YearAfterGapHasNoValue()
    {
        // 2019 → 2020: 110/100 − 1 = 0.1; 2021 missing, so 2022 (previous year absent) gets no value.
        var growth = Trade.GrowthYearOnYear(Years((2019, 100.0), (2020, 110.0), (2022, 150.0)));

        Assert.Equal([2020], growth.Keys);
        Assert.Equal(0.1, growth[2020], Tolerance.Absolute);
    }

    [Fact]
    public void GrowthYearOnYear_ZeroBaseValue_ThrowsNamingBothYearsAndTheValue() =>
        Refusal.Check<ArgumentException>(
            () => Trade.GrowthYearOnYear(Years((2019, 5), (2020, 0), (2021, 4))),
            "series",
            "Growth into 2021 is undefined: the 2020 value is 0, but a base value must be > 0.");

    [Theory]
    [InlineData(100.0, 121.0, 2020, 2022, 0.1)]                 // (121/100)^(1/2) − 1 = 1.1 − 1 = 0.1
    [InlineData(100.0, 50.0, 2020, 2021, -0.5)]                 // (50/100)^1 − 1 = −0.5
    [InlineData(64.0, 125.0, 2020, 2023, 0.25)]                 // (125/64)^(1/3) = 5/4 → 0.25
    [InlineData(107.06, 240.1, 2013, 2023, 0.08411784241758)]   // 240.1/107.06 = 2.2426676630; ^(1/10) = 1.0841178424; − 1
    public void Cagr_TwoYears_IsCompoundAnnualGrowth(double fromValue, double toValue, int fromYear, int toYear, double expected)
    {
        var series = Years((fromYear, fromValue), (toYear, toValue));

        Assert.Equal(expected, Trade.Cagr(series, fromYear, toYear), Tolerance.Absolute);
    }

    [Theory]
    [InlineData(2019, 2022, "fromYear", "The series has no value for 2019.")]
    [InlineData(2020, 2024, "toYear", "The series has no value for 2024.")]
    public void Cagr_YearMissing_ThrowsNamingTheYear(int fromYear, int toYear, string paramName, string message)
    {
        var series = Years((2020, 100.0), (2022, 121.0));

        Refusal.Check<ArgumentException>(() => Trade.Cagr(series, fromYear, toYear), paramName, message);
    }

    [Theory]
    [InlineData(0.0, 5.0, "fromYear", "The value for 2020 is 0, but compound growth needs values > 0.")]
    [InlineData(5.0, -2.5, "toYear", "The value for 2022 is -2.5, but compound growth needs values > 0.")]
    public void Cagr_NonPositiveValue_ThrowsNamingTheYearAndTheValue(double fromValue, double toValue, string paramName, string message)
    {
        var series = Years((2020, fromValue), (2022, toValue));

        Refusal.Check<ArgumentException>(() => Trade.Cagr(series, 2020, 2022), paramName, message);
    }

    [Theory]
    [InlineData(2022, 2022)]
    [InlineData(2022, 2020)]
    public void Cagr_ToYearNotAfterFromYear_ThrowsNamingBothYears(int from, int to)
    {
        var series = Years((2020, 1.0), (2022, 2.0));

        Refusal.Check<ArgumentOutOfRangeException>(
            () => Trade.Cagr(series, from, to), "toYear", $"toYear must be after fromYear ({from}), but was {to}.");
    }

    [Theory]
    [InlineData(25.0, 100.0, 0.25)]  // 25/100
    [InlineData(0.0, 10.0, 0.0)]     // 0/10
    [InlineData(3.0, 8.0, 0.375)]    // 3/8
    public void Share_OneYear_IsPartOverTotal(double part, double total, double expected)
    {
        var share = Trade.Share(Years((2023, part)), Years((2023, total)));

        Assert.Equal(expected, share[2023], Tolerance.Absolute);
    }

    [Fact]
    public void Share_RussiaInChinaTrade2023_MatchesPublishedFourPercent()
    {
        // China–Russia trade 240.1 of China's total trade 5,940 (USD bn, 2023; GACC/MOFCOM):
        // 240.1/5940 = 0.040420875…, published as "about 4 %", so the tolerance is half a point: 0.005.
        const double publishedTolerance = 0.005;
        var share = Trade.Share(Years((2023, 240.1)), Years((2023, 5940.0)));

        Assert.Equal(0.04042087542088, share[2023], Tolerance.Absolute);
        Assert.Equal(0.040, share[2023], publishedTolerance);
    }

    [Theory]
    [InlineData(0.0, "The total in 2023 is 0, but it must be > 0.")]
    [InlineData(-4.0, "The total in 2023 is -4, but it must be > 0.")]
    public void Share_NonPositiveTotal_ThrowsNamingTheYearAndTheValue(double total2023, string message) =>
        // 2022 is valid, so the check must look past the first year.
        Refusal.Check<ArgumentException>(
            () => Trade.Share(Years((2022, 1), (2023, 1)), Years((2022, 10), (2023, total2023))), "total", message);

    [Theory]
    [InlineData(6.0, 3.0, 2.0)]     // 6/3
    [InlineData(-18.1, 240.1, -0.07538525614327)] // −18.1/240.1
    [InlineData(1.0, 8.0, 0.125)]   // 1/8
    public void Ratio_OneYear_IsNumeratorOverDenominator(double numerator, double denominator, double expected)
    {
        var ratio = Trade.Ratio(Years((2023, numerator)), Years((2023, denominator)));

        Assert.Equal(expected, ratio[2023], Tolerance.Absolute);
    }

    [Fact]
    public void Ratio_ZeroDenominator_ThrowsNamingTheYear() =>
        Refusal.Check<ArgumentException>(
            () => Trade.Ratio(Years((2022, 1), (2023, 1)), Years((2022, 2), (2023, 0))), "denominator", "The denominator is zero in 2023.");

    [Fact]
    public void Rebase_BaseYearPresent_BaseIsHundred()
    {
        // 100·80/80 = 100; 100·100/80 = 125; 100·60/80 = 75.
        var index = Trade.Rebase(Years((2021, 80.0), (2022, 100.0), (2020, 60.0)), 2021);

        Assert.Equal([2020, 2021, 2022], index.Keys);
        Assert.Equal(75.0, index[2020], Tolerance.Absolute);
        Assert.Equal(100.0, index[2021], Tolerance.Absolute);
        Assert.Equal(125.0, index[2022], Tolerance.Absolute);
    }

    [Fact]
    public void Rebase_BaseYearMissing_ThrowsNamingTheYear() =>
        Refusal.Check<ArgumentException>(
            () => Trade.Rebase(Years((2021, 80.0)), 2019), "baseYear", "The base year 2019 has no value in the series.");

    [Fact]
    public void Rebase_BaseYearZero_ThrowsNamingTheYear() =>
        Refusal.Check<ArgumentException>(
            () => Trade.Rebase(Years((2021, 0.0), (2022, 3.0)), 2021), "baseYear", "The base year 2021 has the value zero, so no index can be formed.");

    [Fact]
    public void DependenceAsymmetry_CommonYears_PairsSharesAndRatio()
    {
        // 2022: 0.025 and 0.20 → 0.20/0.025 = 8; 2023: 0.04 and 0.30 → 7.5; 2021 only in one input → absent.
        var result = Trade.DependenceAsymmetry(
            Years((2021, 0.02), (2022, 0.025), (2023, 0.04)),
            Years((2022, 0.20), (2023, 0.30)));

        Assert.Equal([2022, 2023], result.Select(r => r.Year));
        Assert.Equal(0.025, result[0].RussiaShareOfChinaTrade, Tolerance.Absolute);
        Assert.Equal(0.20, result[0].ChinaShareOfRussiaTrade, Tolerance.Absolute);
        Assert.Equal(8.0, result[0].AsymmetryRatio, Tolerance.Absolute);
        Assert.Equal(7.5, result[1].AsymmetryRatio, Tolerance.Absolute);
    }

    [Fact]
    public void DependenceAsymmetry_UnsortedInput_IsOrderedByYear()
    {
        // Input years 2023, 2021, 2022: the records come back 2021, 2022, 2023 with their own values
        // (ratios 0.2/0.02 = 10, 0.25/0.025 = 10, 0.3/0.04 = 7.5).
        var result = Trade.DependenceAsymmetry(
            Years((2023, 0.04), (2021, 0.02), (2022, 0.025)),
            Years((2022, 0.25), (2023, 0.30), (2021, 0.20)));

        Assert.Equal([2021, 2022, 2023], result.Select(r => r.Year));
        Assert.Equal([0.02, 0.025, 0.04], result.Select(r => r.RussiaShareOfChinaTrade));
        Assert.Equal(7.5, result[2].AsymmetryRatio, Tolerance.Absolute);
    }

    [Fact]
    public void DependenceAsymmetry_SharesOfExactlyZeroAndOne_AreAccepted()
    {
        // [0, 1] is closed: China's share 0 gives the ratio 0/0.5 = 0; Russia's share 1 gives 1/1 = 1.
        var result = Trade.DependenceAsymmetry(Years((2022, 0.5), (2023, 1.0)), Years((2022, 0.0), (2023, 1.0)));

        Assert.Equal([0.0, 1.0], result.Select(r => r.AsymmetryRatio));
    }

    [Fact]
    public void DependenceAsymmetry_ShareAboveOne_ThrowsNamingTheArgumentTheValueAndTheYear()
    {
        Refusal.Check<ArgumentException>(
            () => Trade.DependenceAsymmetry(Years((2023, 4.0)), Years((2023, 0.3))),
            "russiaShareOfChinaTrade",
            "russiaShareOfChinaTrade has the value 4 in 2023; a share must be a fraction in [0, 1].");
        Refusal.Check<ArgumentException>(
            () => Trade.DependenceAsymmetry(Years((2022, 0.03)), Years((2022, 1.5))),
            "chinaShareOfRussiaTrade",
            "chinaShareOfRussiaTrade has the value 1.5 in 2022; a share must be a fraction in [0, 1].");
    }

    [Fact]
    public void DependenceAsymmetry_ZeroRussiaShare_ThrowsNamingTheYear() =>
        // 2022 is valid, so the check must look past the first year.
        Refusal.Check<ArgumentException>(
            () => Trade.DependenceAsymmetry(Years((2022, 0.03), (2023, 0)), Years((2022, 0.2), (2023, 0.3))),
            "russiaShareOfChinaTrade",
            "Russia's share of China's trade is zero in 2023, so the asymmetry ratio is undefined.");

    [Fact]
    public void Balance_NegativeValue_ThrowsNamingTheArgumentTheValueAndTheYear()
    {
        Refusal.Check<ArgumentException>(
            () => Trade.Balance(Years((2023, 1.0)), Years((2023, -1.0))),
            "importsUsdBillions",
            "importsUsdBillions has the negative value -1 in 2023; trade values must be ≥ 0.");
        Refusal.Check<ArgumentException>(
            () => Trade.Balance(Years((2021, 2), (2022, -0.25)), Years((2021, 1), (2022, 1))),
            "exportsUsdBillions",
            "exportsUsdBillions has the negative value -0.25 in 2022; trade values must be ≥ 0.");
    }

    [Fact]
    public void InfiniteValue_ThrowsNamingTheArgumentTheValueAndTheYear()
    {
        Refusal.Check<ArgumentException>(
            () => Trade.Balance(Years((2023, double.PositiveInfinity)), Years((2023, 1.0))),
            "exportsUsdBillions",
            "exportsUsdBillions has the non-finite value Infinity in 2023.");
        Refusal.Check<ArgumentException>(
            () => Trade.Turnover(Years((2022, 1)), Years((2022, double.PositiveInfinity))),
            "importsUsdBillions",
            "importsUsdBillions has the non-finite value Infinity in 2022.");
    }

    [Fact]
    public void NullSeries_EveryMember_ThrowsArgumentNullException()
    {
        var s = Years((2023, 1.0));
        Series<int, double> none = null!;

        Assert.Equal("exportsUsdBillions", Assert.Throws<ArgumentNullException>(() => Trade.Balance(none, s)).ParamName);
        Assert.Equal("importsUsdBillions", Assert.Throws<ArgumentNullException>(() => Trade.Turnover(s, none)).ParamName);
        Assert.Equal("exportsUsdBillions", Assert.Throws<ArgumentNullException>(() => Trade.NormalisedBalance(none, s)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Trade.GrowthYearOnYear(none)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Trade.Cagr(none, 2020, 2021)).ParamName);
        Assert.Equal("total", Assert.Throws<ArgumentNullException>(() => Trade.Share(s, none)).ParamName);
        Assert.Equal("numerator", Assert.Throws<ArgumentNullException>(() => Trade.Ratio(none, s)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Trade.Rebase(none, 2023)).ParamName);
        Assert.Equal("chinaShareOfRussiaTrade", Assert.Throws<ArgumentNullException>(() => Trade.DependenceAsymmetry(s, none)).ParamName);
    }
}
