using Analysis.Story;
using Analysis.Tests.Calculations;
using Analysis.Tests.Support;

namespace Analysis.Tests.Story;

/// <summary>
/// Notebook 02 on the bundled data: data/border-traffic (observed totals) against
/// data/facility-capacity (design figures). Day counts are inclusive and worked out by hand.
/// </summary>
public sealed class BorderStoryTests
{
    [Fact]
    public void BridgeUtilisation_TrucksRow_IsTotalOverInclusiveDaysOverDesign()
    {
        var f = BorderStory.BridgeUtilisation(BundledCatalog.Instance);
        var row = f.RowKeys.Single(r => f.GetColumn<string>("measure")[r] == "Trucks");

        // 2022-06-10..2023-09-29 inclusive: 365 days to 2023-06-10, then 20 (Jun 11–30) + 31 + 31 + 29 = 111, + 1 = 477
        Assert.Equal(477, f.GetColumn<int>("days")[row]);
        Assert.Equal(50_400.0, f.GetColumn<double>("observed_total")[row], Tolerance.Absolute);
        // 50,400 / 477 = 105.6603773...
        Assert.Equal(50_400.0 / 477, f.GetColumn<double>("observed_per_day")[row], Tolerance.Absolute);
        // design 630 trucks a day (per-day figure, not ÷ 365)
        Assert.Equal(630.0, f.GetColumn<double>("design_per_day")[row], Tolerance.Absolute);
        // 105.6603773 / 630 = 0.1677148...
        Assert.Equal(50_400.0 / 477 / 630, f.GetColumn<double>("utilisation")[row], Tolerance.Absolute);
        Assert.Equal("Jun 2022–Sep 2023", f.GetColumn<string>("period")[row]);
    }

    [Theory]
    // vehicles 35,000 over 2022-06-10..2023-06-10 = 366 days; design 300,000 a year ÷ 365
    [InlineData("All vehicles", "Jun 2022–Jun 2023", 35_000.0, 366, 300_000.0 / 365)]
    // cargo 400,000 t over 2022-06-10..2023-06-30 = 365 + 20 + 1 = 386 days; design 6,000,000 t a year ÷ 365
    [InlineData("Cargo (tonnes)", "Jun 2022–Jun 2023", 400_000.0, 386, 6_000_000.0 / 365)]
    public void BridgeUtilisation_PerYearDesign_IsDividedBy365(string measure, string period, double total, int days, double designPerDay)
    {
        var f = BorderStory.BridgeUtilisation(BundledCatalog.Instance);
        var row = f.RowKeys.Single(r => f.GetColumn<string>("measure")[r] == measure && f.GetColumn<string>("period")[r] == period);

        Assert.Equal(days, f.GetColumn<int>("days")[row]);
        Assert.Equal(designPerDay, f.GetColumn<double>("design_per_day")[row], Tolerance.Absolute);
        Assert.Equal(total / days / designPerDay, f.GetColumn<double>("utilisation")[row], Tolerance.Absolute);
    }

    [Fact]
    public void AssessBridge_BundledData_SupportedWithTrucksAsKeyFigure()
    {
        var a = BorderStory.AssessBridge(BundledCatalog.Instance);

        // Highest utilisation is well under 50% → supported. Trucks: 105.66 → "106" a day, 630 designed, 16.8%.
        Assert.Equal(Verdict.Supported, a.Verdict);
        Assert.Equal("Trucks: 106 a day against 630 designed (16.8%), Jun 2022–Sep 2023", a.KeyFigure);
        Assert.Equal(BorderStory.BridgeUtilisation(BundledCatalog.Instance).RowCount, a.Evidence.Count);
    }
}
