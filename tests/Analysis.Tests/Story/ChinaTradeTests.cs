using Analysis.Story;
using Analysis.Tests.Calculations;
using Analysis.Tests.Support;

namespace Analysis.Tests.Story;

/// <summary>
/// China's goods trade on the bundled data (data/china-goods-trade/china-goods-trade.csv). Expected
/// values are read off the CSV by hand; published totals are compared with a tolerance of 0.05 USD bn,
/// half the last digit the sources print.
/// </summary>
public sealed class ChinaTradeTests
{
    private const double PublishedTolerance = 0.05;

    [Theory]
    // RUS 2023: exports 111.0 + imports 129.1 = 240.1 (published total 240.1)
    [InlineData("RUS", 2023, 240.1)]
    // RUS 2024: 115.49 + 129.32 = 244.81 (published 244.81)
    [InlineData("RUS", 2024, 244.81)]
    // EU 2023: 501.2 + 281.7 = 782.9 (published 783.0)
    [InlineData("EU", 2023, 782.9)]
    // WLD 2023: 3380 + 2560 = 5940
    [InlineData("WLD", 2023, 5940.0)]
    public void Turnover_YearWithBothFlows_IsExportsPlusImports(string partner, int year, double expected)
    {
        var turnover = ChinaTrade.Turnover(BundledCatalog.Instance, partner);

        Assert.Equal(expected, turnover[year], Tolerance.Absolute);
    }

    [Fact]
    public void Turnover_Russia2023_MatchesPublishedTotal()
    {
        var catalog = BundledCatalog.Instance;

        var computed = ChinaTrade.Turnover(catalog, "RUS")[2023];
        var published = ChinaTrade.PublishedTotal(catalog, "RUS")[2023];

        // 111.0 + 129.1 = 240.1 against GACC's published 240.1
        Assert.Equal(240.1, published, Tolerance.Absolute);
        Assert.Equal(published, computed, PublishedTolerance);
    }

    [Theory]
    // No split in the data: the published totals are used as they are.
    [InlineData("USA", 2024, 688.28)]
    [InlineData("EU", 2024, 785.82)]
    [InlineData("RUS", 2013, 89.21)]
    [InlineData("EU", 2016, 547.0)]
    public void Turnover_YearWithoutSplit_FallsBackToPublishedTotal(string partner, int year, double expected)
    {
        var catalog = BundledCatalog.Instance;

        Assert.False(ChinaTrade.Exports(catalog, partner).TryGet(year).HasValue, "the test assumes no export figure");
        Assert.Equal(expected, ChinaTrade.Turnover(catalog, partner)[year], Tolerance.Absolute);
    }

    [Fact]
    public void Turnover_YearWithNeitherFlowNorTotal_IsAbsent()
    {
        // EU has no 2014 or 2015 figure in the data (README: 'China–EU: 2014, 2015 ... in USD' not found).
        var eu = ChinaTrade.Turnover(BundledCatalog.Instance, "EU");

        Assert.False(eu.TryGet(2014).HasValue);
        Assert.False(eu.TryGet(2015).HasValue);
    }

    /// <summary>
    /// Partner-years where X + M and the published total differ by more than 0.15 USD bn, with the
    /// difference computed by hand from the CSV. Every other partner-year must agree within 0.15.
    /// </summary>
    /// <remarks>
    /// USA 2017: 429.7 + 153.9 − 583.3 = 0.3 (Wikipedia table);
    /// WLD 2024: 3580 + 2590 − 6160 = 10 (published in USD trn with two decimals);
    /// WLD 2025: 3770 + 2580 − 6480 = −130 (AP's split against The GeoPost's total; 6.48 trn looks wrong).
    /// </remarks>
    private static readonly Dictionary<(string Partner, int Year), double> KnownDiscrepancies = new()
    {
        [("USA", 2017)] = 0.3,
        [("WLD", 2024)] = 10.0,
        [("WLD", 2025)] = -130.0,
    };

    [Fact]
    public void TotalCrossCheck_BundledData_DifferencesWithinRoundingExceptKnownDiscrepancies()
    {
        var check = ChinaTrade.TotalCrossCheck(BundledCatalog.Instance);
        var partners = check.GetColumn<string>("partner");
        var years = check.GetColumn<int>("year");
        var differences = check.GetColumn<double>("difference_usd_bn");

        var outside = check.RowKeys
            .Where(r => Math.Abs(differences[r]) > 0.15)
            .ToDictionary(r => (partners[r], years[r]), r => differences[r]);

        Assert.True(check.RowCount >= 30, $"only {check.RowCount} partner-years cross-checked");
        Assert.Equal(
            KnownDiscrepancies.Keys.Order().Select(k => k.ToString()),
            outside.Keys.Order().Select(k => k.ToString()));
        foreach (var (key, expected) in KnownDiscrepancies)
        {
            Assert.Equal(expected, outside[key], 1e-6);
        }
    }

    [Theory]
    // RUS 2023: 111.0 + 129.1 − 240.1 = 0; EU 2023: 501.2 + 281.7 − 783.0 = −0.1
    [InlineData("RUS", 2023, 240.1, 240.1, 0.0)]
    [InlineData("EU", 2023, 782.9, 783.0, -0.1)]
    public void TotalCrossCheck_PartnerYear_ListsSumTotalAndDifference(string partner, int year, double sum, double total, double difference)
    {
        var check = ChinaTrade.TotalCrossCheck(BundledCatalog.Instance);
        var row = check.RowKeys.Single(r => check.GetColumn<string>("partner")[r] == partner && check.GetColumn<int>("year")[r] == year);

        Assert.Equal(sum, check.GetColumn<double>("exports_plus_imports_usd_bn")[row], 1e-9);
        Assert.Equal(total, check.GetColumn<double>("published_total_usd_bn")[row], 1e-9);
        Assert.Equal(difference, check.GetColumn<double>("difference_usd_bn")[row], 1e-6);
    }
}
