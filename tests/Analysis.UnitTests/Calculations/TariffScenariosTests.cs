using Analysis.Calculations;

namespace Analysis.UnitTests.Calculations;

/// <summary>Sizing the other suppliers from a published import share: M_K = M_k · (1 − s) / s, checked by hand.</summary>
public sealed class TariffScenariosTests
{
    [Theory]
    [InlineData(100.0, 0.25, 300.0)]   // 100 · 0.75 / 0.25
    [InlineData(60.0, 0.6, 40.0)]      // 60 · 0.4 / 0.6
    [InlineData(80.0, 1.0, 0.0)]       // the only supplier: nobody else to divert to
    public void FromSupplierShare_SizesTheOtherSuppliers(double fromSupplier, double share, double expectedOthers)
    {
        var scenario = TariffScenarios.FromSupplierShare(fromSupplier, share, 0.05, 0.15, -1.5, 2.0);

        Assert.Equal(fromSupplier, scenario.ImportsFromSupplierUsdMillions);
        Assert.Equal(expectedOthers, scenario.ImportsFromOtherSuppliersUsdMillions, Tolerance.Absolute);
        Assert.Equal(0.05, scenario.TariffBefore);
        Assert.Equal(0.15, scenario.TariffAfter);
        Assert.Equal(-1.5, scenario.ImportDemandElasticity);
        Assert.Equal(2.0, scenario.SubstitutionElasticity);
        Assert.Equal(double.PositiveInfinity, scenario.ExportSupplyElasticity);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.1, "-0.1")]
    [InlineData(1.5, "1.5")]
    [InlineData(double.NaN, "NaN")]
    public void FromSupplierShare_ShareOutsideZeroToOne_SaysWhatWasExpected(double share, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TariffScenarios.FromSupplierShare(100, share, 0.05, 0.15, -1.5, 2.0));

        Assert.Equal("supplierShareOfImports", ex.ParamName);
        Assert.StartsWith($"supplierShareOfImports must be a fraction in (0, 1], but was {shown}.", ex.Message, StringComparison.Ordinal);
    }
}
