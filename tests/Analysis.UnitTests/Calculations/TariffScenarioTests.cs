using Analysis.Domain;

namespace Analysis.UnitTests.Calculations;

public sealed class TariffScenarioTests
{
    private static readonly TariffScenario Valid = new(100, 50, 0.1, 0.2, -1.5);

    [Fact]
    public void Constructor_Defaults_AreSmartDefaults()
    {
        Assert.Equal(double.PositiveInfinity, Valid.ExportSupplyElasticity);
        Assert.Equal(1.5, Valid.SubstitutionElasticity);
        Assert.Equal(0.1, Valid.TariffChange, Tolerance.Absolute); // 0.2 − 0.1
    }

    [Theory]
    [InlineData(0.0, 50, 0.1, 0.2, -1.5, double.PositiveInfinity, 1.5, "ImportsFromSupplierUsdMillions")]
    [InlineData(-1.0, 50, 0.1, 0.2, -1.5, double.PositiveInfinity, 1.5, "ImportsFromSupplierUsdMillions")]
    [InlineData(double.NaN, 50, 0.1, 0.2, -1.5, double.PositiveInfinity, 1.5, "ImportsFromSupplierUsdMillions")]
    [InlineData(double.PositiveInfinity, 50, 0.1, 0.2, -1.5, double.PositiveInfinity, 1.5, "ImportsFromSupplierUsdMillions")]
    [InlineData(100, -0.5, 0.1, 0.2, -1.5, double.PositiveInfinity, 1.5, "ImportsFromOtherSuppliersUsdMillions")]
    [InlineData(100, double.NaN, 0.1, 0.2, -1.5, double.PositiveInfinity, 1.5, "ImportsFromOtherSuppliersUsdMillions")]
    [InlineData(100, 50, -0.1, 0.2, -1.5, double.PositiveInfinity, 1.5, "TariffBefore")]
    [InlineData(100, 50, double.NaN, 0.2, -1.5, double.PositiveInfinity, 1.5, "TariffBefore")]
    [InlineData(100, 50, 0.1, -0.2, -1.5, double.PositiveInfinity, 1.5, "TariffAfter")]
    [InlineData(100, 50, 0.1, double.PositiveInfinity, -1.5, double.PositiveInfinity, 1.5, "TariffAfter")]
    [InlineData(100, 50, 0.1, 0.2, 1.5, double.PositiveInfinity, 1.5, "ImportDemandElasticity")]
    [InlineData(100, 50, 0.1, 0.2, double.NaN, double.PositiveInfinity, 1.5, "ImportDemandElasticity")]
    [InlineData(100, 50, 0.1, 0.2, double.NegativeInfinity, double.PositiveInfinity, 1.5, "ImportDemandElasticity")]
    [InlineData(100, 50, 0.1, 0.2, -1.5, 0.0, 1.5, "ExportSupplyElasticity")]
    [InlineData(100, 50, 0.1, 0.2, -1.5, -99.0, 1.5, "ExportSupplyElasticity")]
    [InlineData(100, 50, 0.1, 0.2, -1.5, double.NaN, 1.5, "ExportSupplyElasticity")]
    [InlineData(100, 50, 0.1, 0.2, -1.5, double.PositiveInfinity, -1.5, "SubstitutionElasticity")]
    [InlineData(100, 50, 0.1, 0.2, -1.5, double.PositiveInfinity, double.NaN, "SubstitutionElasticity")]
    public void Constructor_BadArgument_ThrowsArgumentOutOfRangeExceptionNamingIt(
        double supplier, double others, double t0, double t1, double eta, double epsilon, double sigma, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new TariffScenario(supplier, others, t0, t1, eta, epsilon, sigma));

        Assert.Equal(paramName, ex.ParamName);
        Assert.Contains(paramName, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_BadValue_IsRejectedToo()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Valid with { ImportDemandElasticity = 2.0 });

        Assert.Equal("ImportDemandElasticity", ex.ParamName);
    }

    [Fact]
    public void With_GoodValue_ChangesOnlyThatProperty()
    {
        var changed = Valid with { SubstitutionElasticity = 3.0 };

        Assert.Equal(3.0, changed.SubstitutionElasticity);
        Assert.Equal(1.5, Valid.SubstitutionElasticity);
        Assert.Equal(Valid.ImportsFromSupplierUsdMillions, changed.ImportsFromSupplierUsdMillions);
    }
}
