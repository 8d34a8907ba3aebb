using Analysis.Calculations;
using static Analysis.Testing.SeriesFactory;

namespace Analysis.UnitTests.Calculations;

public sealed class GasDependencyTests
{
    [Theory]
    [InlineData(90.0, 0.0, 100.0, 0.9)]   // (90 − 0)/100
    [InlineData(80.0, 20.0, 50.0, 1.2)]   // (80 − 20)/50 = 1.2: above 1, stock build-up
    [InlineData(10.0, 30.0, 40.0, -0.5)]  // (10 − 30)/40 = −0.5: net exporter
    [InlineData(0.0, 0.0, 5.0, 0.0)]      // no trade
    public void ImportDependency_Volumes_IsNetImportsOverConsumption(double imports, double exports, double consumption, double expected)
    {
        Assert.Equal(expected, GasDependency.ImportDependency(imports, exports, consumption), Tolerance.Absolute);
    }

    [Theory]
    [InlineData(-1.0, 0.0, 5.0, "importsBcm")]
    [InlineData(double.NaN, 0.0, 5.0, "importsBcm")]
    [InlineData(1.0, -0.1, 5.0, "exportsBcm")]
    [InlineData(1.0, double.PositiveInfinity, 5.0, "exportsBcm")]
    [InlineData(1.0, 0.0, 0.0, "consumptionBcm")]
    [InlineData(1.0, 0.0, double.NaN, "consumptionBcm")]
    public void ImportDependency_BadArgument_ThrowsArgumentOutOfRangeException(double imports, double exports, double consumption, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GasDependency.ImportDependency(imports, exports, consumption));

        Assert.Equal(paramName, ex.ParamName);
    }

    [Fact]
    public void SupplierShares_Volumes_AreFractionsSummingToOne()
    {
        // 30/100, 50/100, 20/100
        var volumes = new Dictionary<string, double> { ["RUS"] = 30, ["NOR"] = 50, ["USA"] = 20 };

        var shares = GasDependency.SupplierShares(volumes);

        Assert.Equal(0.3, shares["RUS"], Tolerance.Absolute);
        Assert.Equal(0.5, shares["NOR"], Tolerance.Absolute);
        Assert.Equal(0.2, shares["USA"], Tolerance.Absolute);
        Assert.Equal(1.0, shares.Values.Sum(), Tolerance.Absolute);
        Assert.Equal(30, volumes["RUS"]); // input untouched
    }

    [Fact]
    public void SupplierShares_ZeroVolumeSupplier_KeepsZeroShare()
    {
        var shares = GasDependency.SupplierShares(new Dictionary<string, double> { ["RUS"] = 4, ["QAT"] = 0 });

        Assert.Equal(1.0, shares["RUS"], Tolerance.Absolute); // 4/4
        Assert.Equal(0.0, shares["QAT"], Tolerance.Absolute); // 0/4
    }

    [Fact]
    public void SupplierShares_NoSupplier_ThrowsSayingOneIsNeeded() =>
        // Without the emptiness check the loop would end at a total of 0 and throw the zero-sum error instead.
        Refusal.Check<ArgumentException>(
            () => GasDependency.SupplierShares(new Dictionary<string, double>()), "volumesBySupplier", "At least one supplier is needed.");

    [Fact]
    public void SupplierShares_ZeroTotal_ThrowsSayingNoSharesCanBeFormed() =>
        Refusal.Check<ArgumentException>(
            () => GasDependency.SupplierShares(new Dictionary<string, double> { ["RUS"] = 0, ["NOR"] = 0 }),
            "volumesBySupplier",
            "The volumes sum to zero, so no shares can be formed.");

    [Fact]
    public void SupplierShares_BlankCode_ThrowsSayingSo() =>
        // The blank code follows a good one, and is white space rather than empty.
        Refusal.Check<ArgumentException>(
            () => GasDependency.SupplierShares(new Dictionary<string, double> { ["RUS"] = 1, [" "] = 2 }), "volumesBySupplier", "A supplier code is blank.");

    [Theory]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void SupplierShares_BadVolume_ThrowsArgumentOutOfRangeExceptionNamingSupplier(double volume)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GasDependency.SupplierShares(new Dictionary<string, double> { ["RUS"] = 1, ["NOR"] = volume }));

        Assert.Equal("volumesBySupplier", ex.ParamName);
        Assert.Contains("NOR", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 0.3, 0.5, 0.2 }, 0.38)]          // 0.09 + 0.25 + 0.04
    [InlineData(new[] { 1.0 }, 1.0)]                      // single supplier: 1 (= 10,000 on the % scale)
    [InlineData(new[] { 0.25, 0.25, 0.25, 0.25 }, 0.25)]  // N equal suppliers: 1/N
    [InlineData(new[] { 0.5, 0.3 }, 0.34)]                // incomplete list: 0.25 + 0.09, a lower bound
    public void Hhi_Shares_IsSumOfSquares(double[] shares, double expected)
    {
        Assert.Equal(expected, GasDependency.Hhi(shares), Tolerance.Absolute);
    }

    [Fact]
    public void Hhi_NoShare_ThrowsSayingOneIsNeeded() =>
        Refusal.Check<ArgumentException>(() => GasDependency.Hhi([]), "shares", "At least one share is needed.");

    [Fact]
    public void Hhi_SharesSumAboveOne_ThrowsNamingTheirSum() =>
        Refusal.Check<ArgumentException>(
            () => GasDependency.Hhi([0.75, 0.5]), "shares", "The shares sum to 1.25, but shares of one total cannot sum to more than 1.");

    [Fact]
    public void Hhi_SumExactlyAtTheRoundingAllowance_IsAccepted()
    {
        // The allowance is 1 + 1e-9 inclusive: 0.5 + (0.5 + 1e-9) is that double exactly, so it is not "more than 1".
        double[] shares = [0.5, 0.5 + 1e-9];
        Assert.Equal(1 + 1e-9, shares.Sum());

        Assert.Equal(0.25 + (0.5 + 1e-9) * (0.5 + 1e-9), GasDependency.Hhi(shares), Tolerance.Absolute);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Hhi_ShareOutsideZeroToOne_ThrowsArgumentOutOfRangeException(double share)
    {
        Assert.Equal("shares", Assert.Throws<ArgumentOutOfRangeException>(() => GasDependency.Hhi([0.2, share])).ParamName);
    }

    [Theory]
    [InlineData(0.9, 0.38, 0.3078)] // 0.81·0.38
    [InlineData(0.5, 1.0, 0.25)]    // 0.25·1
    [InlineData(1.2, 0.5, 0.72)]    // 1.44·0.5
    [InlineData(0.0, 0.7, 0.0)]     // no imports, no concentration risk
    public void SupplierConcentrationIndex_Inputs_IsDependencySquaredTimesHhi(double importDependency, double hhi, double expected)
    {
        Assert.Equal(expected, GasDependency.SupplierConcentrationIndex(importDependency, hhi), Tolerance.Absolute);
    }

    [Fact]
    public void SupplierConcentrationIndex_FromVolumes_EqualsEcDefinition()
    {
        // EC definition: Σ (NI_p/GIC)² with NI = 40, 30, 10 and GIC = 100 → 0.16 + 0.09 + 0.01 = 0.26.
        // Identity: ID = 80/100 = 0.8; shares 0.5, 0.375, 0.125 → HHI 0.40625; 0.64·0.40625 = 0.26.
        var shares = GasDependency.SupplierShares(new Dictionary<string, double> { ["RUS"] = 40, ["NOR"] = 30, ["QAT"] = 10 });
        var id = GasDependency.ImportDependency(80, 0, 100);

        Assert.Equal(0.26, GasDependency.SupplierConcentrationIndex(id, GasDependency.Hhi(shares.Values)), Tolerance.Absolute);
    }

    [Theory]
    [InlineData(double.NaN, 0.5, "importDependency")]
    [InlineData(0.5, 1.2, "hhi")]
    [InlineData(0.5, double.NaN, "hhi")]
    public void SupplierConcentrationIndex_BadArgument_ThrowsArgumentOutOfRangeException(double importDependency, double hhi, string paramName)
    {
        Assert.Equal(paramName, Assert.Throws<ArgumentOutOfRangeException>(() => GasDependency.SupplierConcentrationIndex(importDependency, hhi)).ParamName);
    }

    [Fact]
    public void SupplierConcentrationIndex_NegativeDependency_ThrowsExplainingWhy() =>
        Refusal.Check<ArgumentOutOfRangeException>(
            () => GasDependency.SupplierConcentrationIndex(-0.2, 0.5),
            "importDependency",
            "importDependency must be a finite number ≥ 0 (a net exporter has no import-supplier concentration), but was -0.2.");

    [Theory]
    [InlineData("RUS", 0.45)]
    [InlineData("RU", 0.0)] // not listed → 0
    public void RussiaShare_Code_ReturnsShareOrZero(string code, double expected)
    {
        var shares = new Dictionary<string, double> { ["RUS"] = 0.45, ["NOR"] = 0.55 };

        Assert.Equal(expected, GasDependency.RussiaShare(shares, code), Tolerance.Absolute);
    }

    [Fact]
    public void RussiaShare_DefaultCode_IsRus()
    {
        Assert.Equal(0.45, GasDependency.RussiaShare(new Dictionary<string, double> { ["RUS"] = 0.45 }), Tolerance.Absolute);
    }

    [Fact]
    public void RussiaShare_BadArguments_Throw()
    {
        var shares = new Dictionary<string, double> { ["RUS"] = 1.4 };

        Assert.Equal("sharesBySupplier", Assert.Throws<ArgumentOutOfRangeException>(() => GasDependency.RussiaShare(shares)).ParamName);
        Assert.Equal("russiaCode", Assert.Throws<ArgumentException>(() => GasDependency.RussiaShare(shares, " ")).ParamName);
        Assert.Equal("sharesBySupplier", Assert.Throws<ArgumentNullException>(() => GasDependency.RussiaShare(null!)).ParamName);
    }

    [Theory]
    [InlineData(38.0, 38.0, 1.0)]  // full
    [InlineData(10.0, 20.0, 0.5)]  // 10/20
    [InlineData(0.0, 38.0, 0.0)]   // idle
    public void Utilisation_Inputs_IsDeliveriesOverCapacity(double deliveries, double capacity, double expected)
    {
        Assert.Equal(expected, GasDependency.Utilisation(deliveries, capacity), Tolerance.Absolute);
    }

    [Fact]
    public void Utilisation_PowerOfSiberia2024_MatchesPublishedVolume()
    {
        // Power of Siberia deliveries in 2024: 31.12 bcm (Gazprom/CNPC, as reported) against the 38 bcm/yr
        // design capacity: 31.12/38 = 0.818947368421...
        Assert.Equal(0.8189473684210526, GasDependency.Utilisation(31.12), Tolerance.Absolute);
    }

    [Theory]
    [InlineData(-1.0, 38.0, "deliveriesBcm")]
    [InlineData(double.NaN, 38.0, "deliveriesBcm")]
    [InlineData(1.0, 0.0, "capacityBcmPerYear")]
    [InlineData(1.0, double.PositiveInfinity, "capacityBcmPerYear")]
    public void Utilisation_BadArgument_ThrowsArgumentOutOfRangeException(double deliveries, double capacity, string paramName)
    {
        Assert.Equal(paramName, Assert.Throws<ArgumentOutOfRangeException>(() => GasDependency.Utilisation(deliveries, capacity)).ParamName);
    }

    [Theory]
    [InlineData(150.0, 30.0, 10.0, 22.0, 120.0, 12.0, 0.1)]  // lost 150 − 30 = 120; added 22 − 10 = 12; 12/120
    [InlineData(100.0, 60.0, 5.0, 25.0, 40.0, 20.0, 0.5)]    // 40 lost, 20 added
    [InlineData(100.0, 50.0, 20.0, 10.0, 50.0, -10.0, -0.2)] // deliveries to China fell too: −10/50
    public void ReplacementOfLostEuropeanExports_Volumes_IsAddedOverLost(
        double europeBase, double europeLater, double chinaBase, double chinaLater, double lost, double added, double fraction)
    {
        var result = GasDependency.ReplacementOfLostEuropeanExports(2021, 2024, europeBase, europeLater, chinaBase, chinaLater);

        Assert.Equal(2021, result.BaseYear);
        Assert.Equal(2024, result.LaterYear);
        Assert.Equal(lost, result.LostEuropeanVolumeBcm, Tolerance.Absolute);
        Assert.Equal(added, result.AddedChineseVolumeBcm, Tolerance.Absolute);
        Assert.Equal(fraction, result.FractionReplaced, Tolerance.Absolute);
    }

    [Theory]
    [InlineData(50.0, 50.0, "Exports to Europe did not fall (50 bcm in 2021, 50 bcm in 2024), so there is no loss to replace.")]
    [InlineData(30.0, 31.5, "Exports to Europe did not fall (30 bcm in 2021, 31.5 bcm in 2024), so there is no loss to replace.")]
    public void ReplacementOfLostEuropeanExports_NoLoss_ThrowsNamingBothVolumesAndYears(double europeBase, double europeLater, string message) =>
        Refusal.Check<ArgumentException>(
            () => GasDependency.ReplacementOfLostEuropeanExports(2021, 2024, europeBase, europeLater, 10, 20), "europeLaterYearBcm", message);

    [Fact]
    public void ReplacementOfLostEuropeanExports_LaterYearNotAfterBase_ThrowsNamingBothYears() =>
        Refusal.Check<ArgumentOutOfRangeException>(
            () => GasDependency.ReplacementOfLostEuropeanExports(2021, 2020, 150, 30, 10, 38), "laterYear", "laterYear must be after baseYear (2021), but was 2020.");

    [Theory]
    [InlineData(2021, 2021, 1, 0, 0, 0, "laterYear")]   // equal years; an earlier later year is tested for its message above
    [InlineData(2021, 2024, -1, 0, 0, 0, "europeBaseYearBcm")]
    [InlineData(2021, 2024, 1, double.NaN, 0, 0, "europeLaterYearBcm")]
    [InlineData(2021, 2024, 1, 0, -3, 0, "chinaBaseYearBcm")]
    [InlineData(2021, 2024, 1, 0, 0, double.PositiveInfinity, "chinaLaterYearBcm")]
    public void ReplacementOfLostEuropeanExports_BadArgument_ThrowsArgumentOutOfRangeException(
        int baseYear, int laterYear, double europeBase, double europeLater, double chinaBase, double chinaLater, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            GasDependency.ReplacementOfLostEuropeanExports(baseYear, laterYear, europeBase, europeLater, chinaBase, chinaLater));

        Assert.Equal(paramName, ex.ParamName);
    }

    [Fact]
    public void NullArguments_ThrowArgumentNullException()
    {
        Assert.Equal("volumesBySupplier", Assert.Throws<ArgumentNullException>(() => GasDependency.SupplierShares((IReadOnlyDictionary<string, double>)null!)).ParamName);
        Assert.Equal("volumesBySupplier", Assert.Throws<ArgumentNullException>(() => GasDependency.SupplierShares((Deedle.Series<string, double>)null!)).ParamName);
        Assert.Equal("shares", Assert.Throws<ArgumentNullException>(() => GasDependency.Hhi(null!)).ParamName);
    }

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
