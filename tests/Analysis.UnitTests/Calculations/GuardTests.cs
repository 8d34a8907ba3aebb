using Analysis.Calculations;

namespace Analysis.UnitTests.Calculations;

/// <summary>
/// The shared argument checks: each bound on its accepted side and its rejected side, and the message
/// the class documents ("says what was expected and what was passed").
/// </summary>
public sealed class GuardTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.5)]
    public void Finite_FiniteValue_IsReturned(double value) => Assert.Equal(value, Guard.Finite(value, "x"));

    [Fact]
    public void Finite_Infinity_NamesExpectationAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Finite(double.NegativeInfinity, "rate"));

        Assert.Equal("rate", ex.ParamName);
        Assert.Equal(double.NegativeInfinity, ex.ActualValue);
        Assert.StartsWith("rate must be a finite number, but was -Infinity.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonNegative_Zero_IsAccepted() => Assert.Equal(0.0, Guard.NonNegative(0.0, "x"));

    [Theory]
    [InlineData(-0.5, "-0.5")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void NonNegative_BadValue_NamesExpectationAndValue(double value, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.NonNegative(value, "volume"));

        Assert.Equal("volume", ex.ParamName);
        Assert.StartsWith($"volume must be a finite number ≥ 0, but was {shown}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Positive_SmallestPositive_IsAccepted() => Assert.Equal(double.Epsilon, Guard.Positive(double.Epsilon, "x"));

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Positive_BadValue_NamesExpectationAndValue(double value, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Positive(value, "capacity"));

        Assert.Equal("capacity", ex.ParamName);
        Assert.StartsWith($"capacity must be a finite number > 0, but was {shown}.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Fraction_ClosedBounds_AreAccepted(double value) => Assert.Equal(value, Guard.Fraction(value, "x"));

    [Theory]
    [InlineData(-0.01, "-0.01")]
    [InlineData(1.01, "1.01")]
    [InlineData(double.NaN, "NaN")]
    public void Fraction_OutsideZeroToOne_NamesExpectationAndValue(double value, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Fraction(value, "share"));

        Assert.Equal("share", ex.ParamName);
        Assert.StartsWith($"share must be a fraction in [0, 1], but was {shown}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_AnyCulture_IsInvariantRoundTrip()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");

            Assert.Equal("0.1", Guard.Format(0.1));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
