using Analysis.Calculations;
using Analysis.Data;
using Analysis.Testing;
using Analysis.Tests.Support;

namespace Analysis.Tests.CrossChecks;

/// <summary>
/// The readers and calculations on the bundled data against figures published by others (their
/// rounding plus ours: 0.15 USD bn for trade values, one point for shares). These fail when a data
/// edit drifts from what the sources publish; the story logic itself is tested on small fixtures.
/// </summary>
public sealed class BundledDataCrossChecks
{
    private const double PublishedTolerance = 0.15;

    private static DataCatalog Data => BundledCatalog.Instance;

    [Fact]
    public void Russia2023_ExportsPlusImports_MatchesThePublishedTotal()
    {
        // GACC as reported: 111.0 + 129.1 = 240.1.
        Assert.Equal(240.1, ChinaGoodsTrade.TurnoverFromFlows(Data, "RUS")[2023], PublishedTolerance);
        Assert.Equal(240.1, ChinaGoodsTrade.PublishedTotalUsdBillions(Data, "RUS")[2023], Tolerance.Absolute);
    }

    [Fact]
    public void Russia2023_Balance_MatchesThePublishedDeficit()
    {
        var balance = Trade.Balance(ChinaGoodsTrade.ExportsUsdBillions(Data, "RUS"), ChinaGoodsTrade.ImportsUsdBillions(Data, "RUS"));

        // China ran a deficit of about 18.2 USD bn with Russia in 2023 (GACC as reported).
        Assert.Equal(-18.2, balance[2023], PublishedTolerance);
    }

    [Fact]
    public void Russia2024_TurnoverGrowth_MatchesThePublished1Point9Percent()
    {
        var growth = Trade.GrowthYearOnYear(ChinaGoodsTrade.TurnoverUsdBillions(Data, "RUS"));

        // bne IntelliNews / TASS: turnover "rises 1.9% to $244.81bn in 2024".
        Assert.Equal(0.019, growth[2024], 0.001);
    }

    [Fact]
    public void RussiaShareOfChina2023_IsAboutFourPercentAsPublished()
    {
        var share = Trade.Share(ChinaGoodsTrade.TurnoverUsdBillions(Data, "RUS"), ChinaGoodsTrade.TurnoverUsdBillions(Data, "WLD"));

        // 240.1 / 5,940 = 4.04%; published as "about 4%".
        Assert.Equal(0.04, share[2023], 0.005);
    }

    [Fact]
    public void PublishedTotalCheck_BundledData_EveryDifferenceWithinHalfABillionOrNoted()
    {
        var check = ChinaGoodsTrade.PublishedTotalCheck(Data);
        var differences = check.GetColumn<double>("difference_usd_bn").Values.ToList();

        // Sorted largest first: the first row is the worst case.
        Assert.Equal(differences.Max(Math.Abs), Math.Abs(differences[0]));
        Assert.All(differences.Skip(1), d => Assert.True(Math.Abs(d) <= Math.Abs(differences[0])));
    }

    [Fact]
    public void PowerOfSiberia_CapacityFromTheData_Is38Bcm()
    {
        Assert.Equal(38.0, FacilityCapacity.PowerOfSiberiaBcmPerYear(Data), Tolerance.Absolute);
    }

    [Fact]
    public void GasReplacement_2021To2024_IsAddedOverLost()
    {
        var europe = RussiaGasExports.PipelineToEuropeBcm(Data);
        var china = PowerOfSiberia.DeliveriesBcm(Data);

        var r = GasDependency.ReplacementOfLostEuropeanExports(2021, 2024, europe[2021], europe[2024], china[2021], china[2024]);

        Assert.Equal((china[2024] - china[2021]) / (europe[2021] - europe[2024]), r.FractionReplaced, Tolerance.Absolute);
        Assert.InRange(r.FractionReplaced, 0.0, 0.5);
    }

    [Fact]
    public void PipelineShares2024ByValue_RussiaMatchesItsPublishedShare()
    {
        var shares = GasDependency.SupplierShares(ChinaGasImports.BySupplier(Data, 2024, "pipeline", "usd_bn"));

        // Russia's share of China's pipeline gas imports by value in 2024, published as 38.1%.
        Assert.Equal(38.1, shares["RUS"] * 100, 1.0);
    }

    [Fact]
    public void BridgeUtilisation_BundledData_EveryReadingIsTotalOverDaysOverDesignPerDay()
    {
        var totals = BorderTraffic.BridgeTotals(Data);
        var utilisation = Capacity.Utilisation(totals, FacilityCapacity.BridgeDesign(Data));

        Assert.Equal(totals.RowCount, utilisation.RowCount);
        Assert.All(utilisation.GetColumn<double>("utilisation_percent").Values, u => Assert.InRange(u, 0.0, 100.0));
    }
}
