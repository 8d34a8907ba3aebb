using Analysis.Story;
using Analysis.Tests.Calculations;
using Analysis.Tests.Support;

namespace Analysis.Tests.Story;

/// <summary>
/// Notebook 04 on the bundled data: data/gas-power-of-siberia, data/facility-capacity,
/// data/gas-russia-exports-europe and data/gas-china-imports-by-supplier.
/// </summary>
public sealed class GasStoryTests
{
    [Fact]
    public void CapacityBcmPerYear_BundledData_Is38()
    {
        Assert.Equal(38.0, GasStory.CapacityBcmPerYear(BundledCatalog.Instance), Tolerance.Absolute);
    }

    [Theory]
    // deliveries ÷ 38 bcm design capacity
    [InlineData(2021, 10.39)]
    [InlineData(2024, 31.12)]
    [InlineData(2025, 38.8)]
    public void Utilisation_Year_IsDeliveriesOverCapacity(int year, double deliveries)
    {
        var f = GasStory.Utilisation(BundledCatalog.Instance);

        Assert.Equal(deliveries, f.GetColumn<double>("deliveries_bcm")[year], Tolerance.Absolute);
        Assert.Equal(38.0, f.GetColumn<double>("capacity_bcm")[year], Tolerance.Absolute);
        // 2024: 31.12 / 38 = 0.818947...
        Assert.Equal(deliveries / 38.0, f.GetColumn<double>("utilisation")[year], Tolerance.Absolute);
    }

    [Fact]
    public void Replacement_2021To2024_LostAddedAndFraction()
    {
        var r = GasStory.Replacement(BundledCatalog.Instance, 2021, 2024);

        // lost: 150 − 32 = 118; added: 31.12 − 10.39 = 20.73; fraction 20.73 / 118 = 0.175677...
        Assert.Equal(118.0, r.LostEuropeanVolumeBcm, Tolerance.Absolute);
        Assert.Equal(20.73, r.AddedChineseVolumeBcm, Tolerance.Absolute);
        Assert.Equal(20.73 / 118.0, r.FractionReplaced, Tolerance.Absolute);
        Assert.Equal(2021, r.BaseYear);
        Assert.Equal(2024, r.LaterYear);
    }

    [Theory]
    // Europe has no 2018 figure; Power of Siberia starts in 2019.
    [InlineData(2018, 2024)]
    [InlineData(2021, 2030)]
    public void Replacement_YearWithoutData_ThrowsArgumentException(int baseYear, int laterYear)
    {
        Assert.Throws<ArgumentException>(() => GasStory.Replacement(BundledCatalog.Instance, baseYear, laterYear));
    }

    [Fact]
    public void Concentration_Pipeline2024ByValue_RussiaShareIsRussiaOverListedSuppliers()
    {
        var c = GasStory.Concentration(BundledCatalog.Instance, 2024, "pipeline", "usd_bn");

        // TKM 9.57 + RUS 8.03 + MMR 1.39 + KAZ 1.36 + UZB 0.726 = 21.076; RUS 8.03 / 21.076 = 0.3810021...
        const double total = 9.57 + 8.03 + 1.39 + 1.36 + 0.726;
        Assert.Equal(8.03 / total, c.RussiaShare, Tolerance.Absolute);
        Assert.Equal(5, c.Shares.Count);
        Assert.Equal(9.57 / total, c.Shares["TKM"], Tolerance.Absolute);
        // HHI = Σ s² = (9.57² + 8.03² + 1.39² + 1.36² + 0.726²) / 21.076²
        var hhi = ((9.57 * 9.57) + (8.03 * 8.03) + (1.39 * 1.39) + (1.36 * 1.36) + (0.726 * 0.726)) / (total * total);
        Assert.Equal(hhi, c.Hhi, Tolerance.Absolute);
    }

    [Fact]
    public void Concentration_Pipeline2024ByValue_MatchesPublishedRussiaShare()
    {
        var c = GasStory.Concentration(BundledCatalog.Instance, 2024, "pipeline", "usd_bn");

        // SCMP: Russia 38.1% of China's pipeline imports in 2024 (within 0.1 percentage point)
        Assert.Equal(38.1, c.RussiaShare * 100, 0.1);
    }

    [Fact]
    public void Concentration_Lng2024ByTonnes_ExcludesTheWorldTotal()
    {
        var c = GasStory.Concentration(BundledCatalog.Instance, 2024, "lng", "mt");

        // listed suppliers only: AUS 26.2 + RUS 8.31 = 34.51 (the WLD row, 76.7 Mt, is the total, not a supplier)
        Assert.Equal(["AUS", "RUS"], c.Shares.Keys.Order(StringComparer.Ordinal));
        // 8.31 / 34.51 = 0.240799... (of the listed suppliers; of all LNG imports it is 8.31 / 76.7 = 10.8%)
        Assert.Equal(8.31 / (26.2 + 8.31), c.RussiaShare, Tolerance.Absolute);
    }

    [Fact]
    public void Concentration_YearWithoutRows_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => GasStory.Concentration(BundledCatalog.Instance, 1999, "pipeline", "usd_bn"));
    }

    [Fact]
    public void Assess_2021To2024_SupportedAndStatesReplacement()
    {
        var a = GasStory.Assess(BundledCatalog.Instance, 2021, 2024);

        // first year above 1 bcm: 2020 (4.1); last: 2025 (38.8); 38.8 > 4.1 → supported. 20.73/118 → "17.6%"
        Assert.Equal(Verdict.Supported, a.Verdict);
        Assert.Equal("Power of Siberia: 4.1 → 38.8 bcm (2020–2025); it replaces 17.6% of Europe's lost volume", a.KeyFigure);
        Assert.Contains(a.Evidence, e => e.Contains("Russia was 38.1% of China's pipeline gas imports by value in 2024", StringComparison.Ordinal));
    }
}
