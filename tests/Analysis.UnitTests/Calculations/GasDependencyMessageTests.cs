using Analysis.Calculations;
using static Analysis.Testing.SeriesFactory;

namespace Analysis.UnitTests.Calculations;

/// <summary>
/// What the gas-dependency functions say when they refuse an input, and <see cref="GasDependency.ImportDependencyByYear"/>,
/// which notebook 04's chain calls. A mutation run (BENCHMARKS.md, "Mutation testing") found that emptying any of these
/// messages went unnoticed and that no test ran <c>ImportDependencyByYear</c>.
/// </summary>
public sealed class GasDependencyMessageTests
{
    [Fact]
    public void SupplierShares_NoSupplier_SaysOneIsNeeded()
    {
        // Without the emptiness check the loop would end at a total of 0 and throw the zero-sum error instead.
        var ex = Assert.Throws<ArgumentException>(() => GasDependency.SupplierShares(new Dictionary<string, double>()));
        Assert.StartsWith("At least one supplier is needed.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SupplierShares_BlankCode_SaysSo() =>
        Assert.StartsWith(
            "A supplier code is blank.",
            Assert.Throws<ArgumentException>(() => GasDependency.SupplierShares(new Dictionary<string, double> { ["RUS"] = 1, [""] = 2 })).Message,
            StringComparison.Ordinal);

    [Fact]
    public void SupplierShares_ZeroTotal_SaysNoSharesCanBeFormed() =>
        Assert.StartsWith(
            "The volumes sum to zero, so no shares can be formed.",
            Assert.Throws<ArgumentException>(() => GasDependency.SupplierShares(new Dictionary<string, double> { ["RUS"] = 0 })).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Hhi_NoShare_SaysOneIsNeeded() =>
        Assert.StartsWith("At least one share is needed.", Assert.Throws<ArgumentException>(() => GasDependency.Hhi([])).Message, StringComparison.Ordinal);

    [Fact]
    public void Hhi_SharesAboveOne_NamesTheirSum() =>
        Assert.StartsWith(
            "The shares sum to 1.25, but shares of one total cannot sum to more than 1.",
            Assert.Throws<ArgumentException>(() => GasDependency.Hhi([0.75, 0.5])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Hhi_SumExactlyAtTheRoundingAllowance_IsAccepted()
    {
        // The allowance is 1 + 1e-9 inclusive: 0.5 + (0.5 + 1e-9) is that double exactly, so it is not "more than 1".
        double[] shares = [0.5, 0.5 + 1e-9];
        Assert.Equal(1 + 1e-9, shares.Sum());

        Assert.Equal(0.25 + (0.5 + 1e-9) * (0.5 + 1e-9), GasDependency.Hhi(shares), Tolerance.Absolute);
    }

    [Fact]
    public void SupplierConcentrationIndex_NegativeDependency_ExplainsWhy() =>
        Assert.StartsWith(
            "importDependency must be a finite number ≥ 0 (a net exporter has no import-supplier concentration), but was -0.2.",
            Assert.Throws<ArgumentOutOfRangeException>(() => GasDependency.SupplierConcentrationIndex(-0.2, 0.5)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void ReplacementOfLostEuropeanExports_LaterYearNotAfterBase_NamesBothYears() =>
        Assert.StartsWith(
            "laterYear must be after baseYear (2021), but was 2020.",
            Assert.Throws<ArgumentOutOfRangeException>(() => GasDependency.ReplacementOfLostEuropeanExports(2021, 2020, 150, 30, 10, 38)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void ReplacementOfLostEuropeanExports_NoLoss_NamesBothVolumesAndYears() =>
        Assert.StartsWith(
            "Exports to Europe did not fall (30 bcm in 2021, 31.5 bcm in 2024), so there is no loss to replace.",
            Assert.Throws<ArgumentException>(() => GasDependency.ReplacementOfLostEuropeanExports(2021, 2024, 30, 31.5, 10, 38)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void ImportDependencyByYear_YearsInBoth_IsImportsOverConsumptionInYearOrder()
    {
        // Imports given out of order and with a year (2019) that has no consumption figure.
        var imports = Years((2022, 15.0), (2019, 9.0), (2021, 12.0));
        var consumption = Years((2021, 370.0), (2022, 375.0), (2023, 390.0));

        var dependency = GasDependency.ImportDependencyByYear(imports, consumption);

        Assert.Equal([2021, 2022], dependency.Keys);
        Assert.Equal(12.0 / 370.0, dependency[2021], Tolerance.Absolute);
        Assert.Equal(15.0 / 375.0, dependency[2022], Tolerance.Absolute);
    }

    [Fact]
    public void ImportDependencyByYear_Null_NamesTheArgument()
    {
        var series = Years((2021, 1.0));
        Assert.Equal("importsBcm", Assert.Throws<ArgumentNullException>(() => GasDependency.ImportDependencyByYear(null!, series)).ParamName);
        Assert.Equal("consumptionBcm", Assert.Throws<ArgumentNullException>(() => GasDependency.ImportDependencyByYear(series, null!)).ParamName);
    }
}
