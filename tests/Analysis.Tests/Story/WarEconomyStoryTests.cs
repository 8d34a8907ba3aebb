using Analysis.Story;
using Analysis.Tests.Calculations;
using Analysis.Tests.Support;

namespace Analysis.Tests.Story;

/// <summary>
/// Notebook 05 on the bundled data: data/worldbank-gdp, data/worldbank-population and
/// data/nato-defence-spending. Counts of allies are taken by hand from the CSV.
/// </summary>
public sealed class WarEconomyStoryTests
{
    [Fact]
    public void GdpPerCapita_Russia2023_IsGdpOverPopulation()
    {
        var f = WarEconomyStory.GdpPerCapita(BundledCatalog.Instance);

        // 2,021,421,476,035.417 USD / 143,826,130 people = 14,054.6... USD per person
        Assert.Equal(2021421476035.417 / 143826130, f.GetColumn<double>("RUS")[2023], 1e-6);
        Assert.Equal(14_054.6, f.GetColumn<double>("RUS")[2023], 0.1);
    }

    [Fact]
    public void NatoSpending_2014To2024_ListsAlliesWithBothYearsWithoutTheNatoAggregate()
    {
        var f = WarEconomyStory.NatoSpending(BundledCatalog.Instance, 2014, 2024);

        // 31 allies have both years in the CSV; the 'NATO' row (2024 only) is the aggregate.
        Assert.Equal(31, f.RowCount);
        Assert.DoesNotContain("NATO", f.RowKeys);
        Assert.Equal("POL", f.RowKeys.First()); // highest 2024 share: 4.12
        Assert.Equal(1.88, f.GetColumn<double>("percent_gdp_2014")["POL"], Tolerance.Absolute);
    }

    [Fact]
    public void AssessNato_2014To2024_CountsAlliesAtOrAboveTwoPercent()
    {
        var a = WarEconomyStory.AssessNato(BundledCatalog.Instance, 2014, 2024);

        // 2014 ≥ 2%: GBR 2.14, GRC 2.22, USA 3.71 → 3.
        // 2024 ≥ 2%: ALB BGR CZE DEU DNK EST FIN FRA GBR GRC HUN LTU LVA MKD MNE NLD NOR POL ROU SVK(2.00) SWE TUR USA → 23.
        // (SVK at exactly 2.00 counts: the guideline is 'at least 2%'.)
        Assert.Equal("Allies at ≥2% of GDP on defence: 3 (2014) → 23 (2024)", a.KeyFigure);
        Assert.Contains("3 of 31 in 2014, 23 in 2024", a.Evidence[0], StringComparison.Ordinal);
        // more allies at the guideline than before → mixed
        Assert.Equal(Verdict.Mixed, a.Verdict);
    }

    [Fact]
    public void AssessRussianEconomy_YearWithoutGrowth_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => WarEconomyStory.AssessRussianEconomy(BundledCatalog.Instance, 1990));
    }
}
