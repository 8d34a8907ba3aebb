using System.Globalization;

namespace Analysis.Verdicts;

/// <summary>What the data says about a claim of the article.</summary>
public enum Verdict
{
    /// <summary>The data supports the claim.</summary>
    Supported,

    /// <summary>The data supports part of the claim, or supports it only weakly.</summary>
    Mixed,

    /// <summary>The data contradicts the claim.</summary>
    NotSupported,

    /// <summary>Public data cannot settle the claim (or not at this moment); the finding says why.</summary>
    NotTestable,
}

/// <summary>Which side of the bounds supports the claim.</summary>
public enum Direction
{
    /// <summary>Larger values support the claim: supported at or above the supported bound.</summary>
    AtLeast,

    /// <summary>Smaller values support the claim: supported at or below the supported bound.</summary>
    AtMost,
}

/// <summary>
/// A verdict rule on one measured number: supported at or beyond <see cref="SupportedBound"/>, mixed at
/// or beyond <see cref="MixedBound"/>, otherwise not supported. Every outcome is reachable by
/// construction (the bounds are ordered), and the rule states itself in words with its numbers.
/// </summary>
/// <param name="Measure">What is measured, in words (e.g. "China's trade with the US and the EU ÷ its trade with Russia").</param>
/// <param name="Unit">Unit suffix used when printing values and bounds (e.g. "×", "%", " pp").</param>
/// <param name="Direction">Whether larger or smaller values support the claim.</param>
/// <param name="SupportedBound">The bound for "supported", in the measure's unit.</param>
/// <param name="MixedBound">The bound for "mixed"; on the weaker side of <paramref name="SupportedBound"/> (or equal to it, which leaves no mixed band).</param>
/// <param name="Reason">Why these bounds: the published convention, or the sensitivity to look at.</param>
public sealed record ThresholdRule(string Measure, string Unit, Direction Direction, double SupportedBound, double MixedBound, string Reason)
{
    /// <summary>The bound for "supported"; finite.</summary>
    public double SupportedBound { get; init; } = Check(SupportedBound, nameof(SupportedBound));

    /// <summary>The bound for "mixed"; finite, and for <see cref="Direction.AtLeast"/> ≤ the supported bound, for <see cref="Direction.AtMost"/> ≥ it.</summary>
    public double MixedBound { get; init; } = CheckOrder(Direction, SupportedBound, MixedBound);

    /// <summary>The verdict for <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public Verdict Judge(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"The measured value must be a finite number, but was {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        CheckOrder(Direction, Check(SupportedBound, nameof(SupportedBound)), MixedBound);
        return Direction == Direction.AtLeast
            ? value >= SupportedBound ? Verdict.Supported : value >= MixedBound ? Verdict.Mixed : Verdict.NotSupported
            : value <= SupportedBound ? Verdict.Supported : value <= MixedBound ? Verdict.Mixed : Verdict.NotSupported;
    }

    /// <summary>The rule in words, e.g. "supported if X ≥ 3×; mixed if ≥ 1.5×; otherwise not supported".</summary>
    public string Describe()
    {
        var op = Direction == Direction.AtLeast ? "≥" : "≤";
        return $"supported if {Measure} {op} {FormatValue(SupportedBound)}; mixed if {op} {FormatValue(MixedBound)}; otherwise not supported";
    }

    /// <summary>
    /// How far the verdict on <paramref name="value"/> depends on the exact bounds: the verdict with both
    /// bounds multiplied by each factor (default ½, ¾, 1, 1½, 2), one row per factor. A value that is not
    /// finite (a finding that was not testable) gives "not testable" on every row.
    /// </summary>
    /// <returns>Columns <c>bounds_factor</c>, <c>supported_bound</c>, <c>mixed_bound</c>, <c>verdict</c>.</returns>
    public Deedle.Frame<int, string> Sensitivity(double value, IReadOnlyList<double>? factors = null)
    {
        IReadOnlyList<double> scale = factors ?? [0.5, 0.75, 1.0, 1.5, 2.0];
        var rows = scale.Select(f =>
        {
            var scaled = this with { SupportedBound = SupportedBound * f, MixedBound = MixedBound * f };
            return (Factor: f, scaled.SupportedBound, scaled.MixedBound, Verdict: double.IsFinite(value) ? scaled.Judge(value) : Verdict.NotTestable);
        }).ToList();
        return Data.Tables.FromRows(rows)
            .Number("bounds_factor", r => r.Factor)
            .Number("supported_bound", r => r.SupportedBound)
            .Number("mixed_bound", r => r.MixedBound)
            .Text("verdict", r => ClaimAssessment.TextOf(r.Verdict))
            .Frame;
    }

    /// <summary>A value in the rule's unit, e.g. "3.0×", "45.2%", "−12.0 pp".</summary>
    public string FormatValue(double value) => value.ToString("#,##0.0", CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal) + Unit;

    private static double Check(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"{name} must be a finite number.");

    private static double CheckOrder(Direction direction, double supported, double mixed)
    {
        Check(mixed, nameof(mixed));
        var ordered = direction == Direction.AtLeast ? supported >= mixed : supported <= mixed;
        return ordered
            ? mixed
            : throw new ArgumentOutOfRangeException(nameof(mixed), mixed,
                $"For a rule where {(direction == Direction.AtLeast ? "larger" : "smaller")} values support the claim, the mixed bound ({mixed.ToString(CultureInfo.InvariantCulture)}) must be on the weaker side of the supported bound ({supported.ToString(CultureInfo.InvariantCulture)}).");
    }
}
