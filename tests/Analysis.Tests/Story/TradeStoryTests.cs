using System.Globalization;
using Analysis.Calculations;
using Analysis.Data;
using Analysis.Story;
using Analysis.Tests.Calculations;
using Analysis.Tests.Support;

namespace Analysis.Tests.Story;

/// <summary>
/// Notebook 01's tables and assessment on the bundled data. Inputs are the rows of
/// data/china-goods-trade and data/russia-trade-by-partner; arithmetic is in the comments.
/// Comparisons with figures published by others use 0.15 USD bn (their rounding plus ours).
/// </summary>
public sealed class TradeStoryTests
{
    private const double PublishedTolerance = 0.15;

    [Fact]
    public void RussiaBalance_2023_IsExportsMinusImports()
    {
        var frame = TradeStory.RussiaBalance(BundledCatalog.Instance, 2013, 2024);

        // 111.0 − 129.1 = −18.1; normalised (X − M)/(X + M) = −18.1/240.1
        Assert.Equal(-18.1, frame.GetColumn<double>("balance_usd_bn")[2023], Tolerance.Absolute);
        Assert.Equal(-18.1 / 240.1, frame.GetColumn<double>("normalised_balance")[2023], Tolerance.Absolute);
        Assert.Equal(240.1, frame.GetColumn<double>("turnover_usd_bn")[2023], Tolerance.Absolute);
    }

    [Fact]
    public void RussiaBalance_2023_MatchesPublishedDeficit()
    {
        var balance = TradeStory.RussiaBalance(BundledCatalog.Instance, 2013, 2024).GetColumn<double>("balance_usd_bn")[2023];

        // GACC as reported: China ran a deficit of about 18.2 USD bn with Russia in 2023.
        Assert.Equal(-18.2, balance, PublishedTolerance);
    }

    [Fact]
    public void RussiaBalance_TurnoverGrowth2024_IsRelativeChangeFrom2023()
    {
        var frame = TradeStory.RussiaBalance(BundledCatalog.Instance, 2013, 2024);

        // 244.81 / 240.1 − 1 = 0.019616826...
        Assert.Equal((244.81 / 240.1) - 1, frame.GetColumn<double>("turnover_growth")[2024], Tolerance.Absolute);
    }

    [Fact]
    public void RussiaBalance_YearsOutsideRange_AreLeftOut()
    {
        var frame = TradeStory.RussiaBalance(BundledCatalog.Instance, 2020, 2023);

        Assert.Equal([2020, 2021, 2022, 2023], frame.RowKeys.ToArray());
    }

    [Fact]
    public void RussiaBalance_FirstYearAfterLastYear_ThrowsArgumentOutOfRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TradeStory.RussiaBalance(BundledCatalog.Instance, 2024, 2013));

        Assert.Equal("firstYear", ex.ParamName);
    }

    [Fact]
    public void WestMultiple_FirstYearAfterLastYear_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TradeStory.WestMultiple(BundledCatalog.Instance, 2025, 2024));
    }

    [Theory]
    // 2024: (688.28 + 785.82) / 244.81 = 1474.10 / 244.81 = 6.02140435...
    [InlineData(2024, 688.28, 785.82, 244.81)]
    // 2023: (664.5 + 782.9) / 240.1 = 1447.4 / 240.1 = 6.02832153...  (US 500.3 + 164.2, EU 501.2 + 281.7)
    [InlineData(2023, 664.5, 782.9, 240.1)]
    // 2013: (521 + 559.1) / 89.21 = 1080.1 / 89.21 = 12.10738706...  (EU 339 + 220.1)
    [InlineData(2013, 521.0, 559.1, 89.21)]
    public void WestMultiple_Year_IsUsPlusEuOverRussia(int year, double us, double eu, double ru)
    {
        var frame = TradeStory.WestMultiple(BundledCatalog.Instance, 2013, 2024);

        Assert.Equal((us + eu) / ru, frame.GetColumn<double>("us_plus_eu_to_russia")[year], Tolerance.Absolute);
        Assert.Equal(us / ru, frame.GetColumn<double>("usa_to_russia")[year], Tolerance.Absolute);
        Assert.Equal(eu / ru, frame.GetColumn<double>("eu_to_russia")[year], Tolerance.Absolute);
    }

    [Fact]
    public void WestMultiple_2024_IsAboutSix()
    {
        var multiple = TradeStory.WestMultiple(BundledCatalog.Instance, 2024, 2024).GetColumn<double>("us_plus_eu_to_russia")[2024];

        // 1474.10 / 244.81 = 6.0214
        Assert.Equal(6.0214, multiple, 1e-4);
    }

    [Fact]
    public void DependenceAsymmetry_2023_RussiaIsFourPercentOfChinaAndChinaIs29PercentOfRussia()
    {
        var frame = TradeStory.DependenceAsymmetry(BundledCatalog.Instance);

        // Russia's share of China's trade: 240.1 / (3380 + 2560) = 240.1 / 5940 = 0.0404208754...
        Assert.Equal(240.1 / 5940.0, frame.GetColumn<double>("russia_share_of_china_trade")[2023], Tolerance.Absolute);
        // Published as 'about 4%' (one-point rounding).
        Assert.Equal(0.04, frame.GetColumn<double>("russia_share_of_china_trade")[2023], 0.005);
        // China's share of Russia's trade: 29 percent (russia-trade-by-partner) ÷ 100
        Assert.Equal(0.29, frame.GetColumn<double>("china_share_of_russia_trade")[2023], Tolerance.Absolute);
        // Ratio 0.29 / 0.0404208754 = 7.17451...
        Assert.Equal(0.29 / (240.1 / 5940.0), frame.GetColumn<double>("asymmetry_ratio")[2023], 1e-9);
    }

    [Fact]
    public void AssessTradeVsWest_2013To2024_SupportedWithKeyFigureSixTimes()
    {
        var a = TradeStory.AssessTradeVsWest(BundledCatalog.Instance, 2013, 2024);

        // 1474.10 / 244.81 = 6.02 → "6.0×" ≥ 3× → supported
        Assert.Equal(Verdict.Supported, a.Verdict);
        Assert.Contains("6.0×", a.KeyFigure, StringComparison.Ordinal);
        Assert.Equal("trade-vs-west", a.Id);
        Assert.Equal([Datasets.ChinaGoodsTrade], a.Datasets);
    }

    [Fact]
    public void AssessTradeVsWest_2013To2024_EvidenceStatesTheLibrarysOwnNumbers()
    {
        var catalog = BundledCatalog.Instance;
        var ru = ChinaTrade.Turnover(catalog, "RUS");
        var us = ChinaTrade.Turnover(catalog, "USA");
        var eu = ChinaTrade.Turnover(catalog, "EU");
        var share = Trade.Share(ru, ChinaTrade.Turnover(catalog, "WLD"));
        static string N1(double v) => v.ToString("#,##0.0", CultureInfo.InvariantCulture);
        static string Pct(double f) => (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

        var a = TradeStory.AssessTradeVsWest(catalog, 2013, 2024);

        // 2024: US 688.28 → "688.3", EU 785.82 → "785.8", RUS 244.81 → "244.8"
        Assert.Contains($"USD {N1(us[2024])} bn with the US and USD {N1(eu[2024])} bn with the EU, against USD {N1(ru[2024])} bn with Russia", a.Evidence[0], StringComparison.Ordinal);
        Assert.Contains("USD 688.3 bn with the US", a.Evidence[0], StringComparison.Ordinal);
        // 2013 multiple 12.107 → "12.1×"
        Assert.Contains("the multiple was 12.1×", a.Evidence[1], StringComparison.Ordinal);
        Assert.Contains($"grew {Pct(Trade.Cagr(ru, 2013, 2024))} a year", a.Evidence[1], StringComparison.Ordinal);
        Assert.Contains($"against {Pct(Trade.Cagr(us, 2013, 2024))} for China–US trade", a.Evidence[1], StringComparison.Ordinal);
        // Russia's share in 2024: 244.81 / (3580 + 2590) = 0.03966 → "4.0%"
        Assert.Equal($"Russia was {Pct(share[2024])} of China's goods trade in 2024.", a.Evidence[2]);
        Assert.Equal("Russia was 4.0% of China's goods trade in 2024.", a.Evidence[2]);
    }

    [Theory]
    // EU has no 2015 figure; 2030 is beyond the data.
    [InlineData(2013, 2015)]
    [InlineData(2013, 2030)]
    [InlineData(2014, 2024)]
    public void AssessTradeVsWest_YearWithoutData_ThrowsArgumentException(int baseYear, int year)
    {
        Assert.Throws<ArgumentException>(() => TradeStory.AssessTradeVsWest(BundledCatalog.Instance, baseYear, year));
    }

    [Fact]
    public void AssessPublicOpinion_BundledSurveys_UsesEveryFavourableRussiaRow()
    {
        var a = TradeStory.AssessPublicOpinion(BundledCatalog.Instance);

        // ceias_2022, tsinghua_ciss_2022 and tsinghua_ciss_2024 report favourable_russia.
        Assert.Equal(3, a.Evidence.Count);
        // min 60 (Tsinghua 2022), max 80 (CEIAS 2022): both ≥ 50 → supported
        Assert.Equal("60–80% of Chinese respondents favourable to Russia across 3 surveys", a.KeyFigure);
        Assert.Equal(Verdict.Supported, a.Verdict);
    }
}
