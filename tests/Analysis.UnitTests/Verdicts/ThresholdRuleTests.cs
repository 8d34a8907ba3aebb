using Analysis.Verdicts;

namespace Analysis.UnitTests.Verdicts;

/// <summary>Verdict rules: every outcome reachable in both directions, bounds validated, the rule stated with its numbers.</summary>
public sealed class ThresholdRuleTests
{
    private static ThresholdRule AtLeast(double supported = 3, double mixed = 1.5) => new("the multiple", "×", Direction.AtLeast, supported, mixed, "test");

    private static ThresholdRule AtMost(double supported = 50, double mixed = 80) => new("the share", "%", Direction.AtMost, supported, mixed, "test");

    [Theory]
    [InlineData(6.0, Verdict.Supported)]
    [InlineData(3.0, Verdict.Supported)]
    [InlineData(2.999, Verdict.Mixed)]
    [InlineData(1.5, Verdict.Mixed)]
    [InlineData(1.499, Verdict.NotSupported)]
    [InlineData(-2.0, Verdict.NotSupported)]
    public void Judge_AtLeast_ReachesEveryOutcomeWithInclusiveBounds(double value, Verdict expected)
    {
        Assert.Equal(expected, AtLeast().Judge(value));
    }

    [Theory]
    [InlineData(10.0, Verdict.Supported)]
    [InlineData(50.0, Verdict.Supported)]
    [InlineData(50.001, Verdict.Mixed)]
    [InlineData(80.0, Verdict.Mixed)]
    [InlineData(80.001, Verdict.NotSupported)]
    public void Judge_AtMost_ReachesEveryOutcomeWithInclusiveBounds(double value, Verdict expected)
    {
        Assert.Equal(expected, AtMost().Judge(value));
    }

    [Fact]
    public void Judge_NegativeBounds_AtMost_StillOrdered()
    {
        var rule = new ThresholdRule("gap", " pp", Direction.AtMost, -10, 0, "test");

        Assert.Equal(Verdict.Supported, rule.Judge(-12));
        Assert.Equal(Verdict.Mixed, rule.Judge(-3));
        Assert.Equal(Verdict.NotSupported, rule.Judge(4));
    }

    [Theory]
    [InlineData(double.NaN, "The measured value must be a finite number, but was NaN.")]
    [InlineData(double.PositiveInfinity, "The measured value must be a finite number, but was Infinity.")]
    public void Judge_NotFinite_ThrowsSayingWhatWasMeasured(double measured, string message) =>
        Refusal.Check<ArgumentOutOfRangeException>(() => AtLeast().Judge(measured), "value", message);

    [Fact]
    public void Constructor_AtLeastWithMixedAboveSupported_ThrowsNamingBothBounds() =>
        Refusal.Check<ArgumentOutOfRangeException>(
            () => AtLeast(supported: 1.5, mixed: 3),
            "mixed",
            "For a rule where larger values support the claim, the mixed bound (3) must be on the weaker side of the supported bound (1.5).");

    [Fact]
    public void Constructor_AtMostWithMixedBelowSupported_ThrowsNamingBothBounds() =>
        Refusal.Check<ArgumentOutOfRangeException>(
            () => AtMost(supported: 80, mixed: 50),
            "mixed",
            "For a rule where smaller values support the claim, the mixed bound (50) must be on the weaker side of the supported bound (80).");

    [Fact]
    public void Constructor_NaNBound_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AtLeast(supported: double.NaN));
    }

    [Fact]
    public void Judge_WithExpressionThatDisordersTheBounds_Throws()
    {
        var disordered = AtLeast() with { MixedBound = 5 };

        Assert.Throws<ArgumentOutOfRangeException>(() => disordered.Judge(4));
    }

    [Fact]
    public void Describe_StatesBothBoundsWithUnit()
    {
        Assert.Equal("supported if the multiple ≥ 3.0×; mixed if ≥ 1.5×; otherwise not supported", AtLeast().Describe());
        Assert.Equal("supported if the share ≤ 50.0%; mixed if ≤ 80.0%; otherwise not supported", AtMost().Describe());
    }

    [Fact]
    public void Sensitivity_ValueBetweenScaledBounds_ShowsWhereTheVerdictChanges()
    {
        // 4×: with bounds ×1 (3, 1.5) supported; ×1.5 (4.5, 2.25) mixed; ×2 (6, 3) mixed; ×0.5 (1.5, 0.75) supported.
        var s = AtLeast().Sensitivity(4.0);

        Assert.Equal([0.5, 0.75, 1.0, 1.5, 2.0], s.GetColumn<double>("bounds_factor").Values.ToArray());
        Assert.Equal(["supported", "supported", "supported", "mixed", "mixed"], s.GetColumn<string>("verdict").Values.ToArray());
        Assert.Equal(4.5, s.GetColumn<double>("supported_bound")[3]);
    }

    [Fact]
    public void Sensitivity_NotFiniteValue_IsNotTestableOnEveryRow()
    {
        var s = AtLeast().Sensitivity(double.NaN);

        Assert.All(s.GetColumn<string>("verdict").Values, v => Assert.Equal("not testable", v));
    }

    [Theory]
    [MemberData(nameof(LibraryRules))]
    public void LibraryRule_Default_CanReturnEveryOutcome(string name, ThresholdRule rule)
    {
        // A value well past the supported bound, one between the bounds (or on the mixed bound when they
        // coincide), and one well short of the mixed bound.
        var sign = rule.Direction == Direction.AtLeast ? 1 : -1;
        var span = Math.Max(1, Math.Abs(rule.SupportedBound - rule.MixedBound));
        var between = (rule.SupportedBound + rule.MixedBound) / 2;

        Assert.Equal(Verdict.Supported, rule.Judge(rule.SupportedBound + (sign * span)));
        Assert.Equal(Verdict.Mixed, rule.Judge(rule.SupportedBound == rule.MixedBound ? rule.MixedBound : between));
        Assert.Equal(Verdict.NotSupported, rule.Judge(rule.MixedBound - (sign * span)));
        Assert.False(string.IsNullOrWhiteSpace(rule.Reason), name);
    }

    public static TheoryData<string, ThresholdRule> LibraryRules() => new()
    {
        { "WestMultiple", Rules.WestMultiple() },
        { "Favourable", Rules.Favourable() },
        { "BridgeUtilisation", Rules.BridgeUtilisation() },
        { "TourismRecovery", Rules.TourismRecovery() },
        { "ExcessFall", Rules.ExcessFall() },
        { "GasGrowth", Rules.GasGrowth() },
        { "NatoDrain", Rules.NatoDrain() },
        { "EconomyStrain", Rules.EconomyStrain() },
        { "NatoPower", Rules.NatoPower() },
        { "StateMediaCriticism", Rules.StateMediaCriticism() },
    };

    [Theory]
    [MemberData(nameof(LibraryRuleUnits))]
    public void LibraryRule_Default_HasItsUnitDirectionAndAMeasure(string name, ThresholdRule rule, string unit, Direction direction)
    {
        // The unit is what Describe and the verdict tables print after every bound.
        Assert.Equal(unit, rule.Unit);
        Assert.Equal(direction, rule.Direction);
        Assert.False(string.IsNullOrWhiteSpace(rule.Measure), name);
        Assert.False(string.IsNullOrWhiteSpace(rule.Reason), name);
    }

    public static TheoryData<string, ThresholdRule, string, Direction> LibraryRuleUnits() => new()
    {
        { "WestMultiple", Rules.WestMultiple(), "×", Direction.AtLeast },
        { "Favourable", Rules.Favourable(), "%", Direction.AtLeast },
        { "BridgeUtilisation", Rules.BridgeUtilisation(), "%", Direction.AtMost },
        { "TourismRecovery", Rules.TourismRecovery(), "%", Direction.AtMost },
        { "ExcessFall", Rules.ExcessFall(), " pp", Direction.AtMost },
        { "GasGrowth", Rules.GasGrowth(), "%", Direction.AtLeast },
        { "NatoDrain", Rules.NatoDrain(), "", Direction.AtMost },
        { "EconomyStrain", Rules.EconomyStrain(), " of 3", Direction.AtLeast },
        { "NatoPower", Rules.NatoPower(), "%", Direction.AtLeast },
        { "StateMediaCriticism", Rules.StateMediaCriticism(), "%", Direction.AtMost },
    };

    [Fact]
    public void Constructor_InfiniteSupportedBound_NamesTheBound() =>
        // An infinite supported bound is still "ordered" against a finite mixed bound, so only the finiteness check catches it.
        Assert.StartsWith(
            "SupportedBound must be a finite number.",
            Assert.Throws<ArgumentOutOfRangeException>(() => AtLeast(supported: double.PositiveInfinity)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Constructor_InfiniteMixedBound_NamesTheBound() =>
        Assert.StartsWith(
            "mixed must be a finite number.",
            Assert.Throws<ArgumentOutOfRangeException>(() => AtLeast(mixed: double.NegativeInfinity)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void EqualBounds_LeaveNoMixedBand()
    {
        var atLeast = AtLeast(supported: 3, mixed: 3);
        var atMost = AtMost(supported: 50, mixed: 50);

        Assert.Equal(Verdict.Supported, atLeast.Judge(3.0));
        Assert.Equal(Verdict.NotSupported, atLeast.Judge(2.999));
        Assert.Equal(Verdict.Supported, atMost.Judge(50.0));
        Assert.Equal(Verdict.NotSupported, atMost.Judge(50.001));
    }

    [Fact]
    public void Sensitivity_GivenFactors_ScalesBothBoundsByEach()
    {
        // 2×: bounds ×0.6 (1.8, 0.9) supported; ×1.2 (3.6, 1.8) mixed; ×1.5 (4.5, 2.25) not supported.
        var s = AtLeast().Sensitivity(2.0, [0.6, 1.2, 1.5]);

        Assert.Equal([0.6, 1.2, 1.5], s.GetColumn<double>("bounds_factor").Values.ToArray());
        Assert.Equal([1.8, 3.6, 4.5], s.GetColumn<double>("supported_bound").Values.ToArray(), new ToleranceComparer());
        Assert.Equal([0.9, 1.8, 2.25], s.GetColumn<double>("mixed_bound").Values.ToArray(), new ToleranceComparer());
        Assert.Equal(["supported", "mixed", "not supported"], s.GetColumn<string>("verdict").Values.ToArray());
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public void WestMultiple_Reason_ExplainsBothDefaultBounds()
    {
        // The reason is printed under the verdict; for the headline rule it gives the grounds for each bound.
        var reason = Rules.WestMultiple().Reason;

        Assert.Contains("At 3×", reason, StringComparison.Ordinal);
        Assert.Contains("Below 1.5×", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NegativeAndLargeBounds_UseTheMinusSignAndThousandsSeparators()
    {
        var gap = new ThresholdRule("the gap", " pp", Direction.AtMost, -10, 0, "test");
        var volume = new ThresholdRule("the volume", " t", Direction.AtLeast, 12_345.67, 1_000, "test");

        Assert.Equal("supported if the gap ≤ −10.0 pp; mixed if ≤ 0.0 pp; otherwise not supported", gap.Describe());
        Assert.Equal("supported if the volume ≥ 12,345.7 t; mixed if ≥ 1,000.0 t; otherwise not supported", volume.Describe());
    }
}
