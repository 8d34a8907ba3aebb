using Deedle;

namespace Analysis.Calculations;

/// <summary>
/// Values that hold until the next change (a policy rate, a fee schedule): given as steps keyed by the
/// date each takes effect.
/// </summary>
public static class StepSeries
{
    /// <summary>The value in force on <paramref name="date"/>: the last step on or before it, or null before the first step.</summary>
    public static double? ValueOn(Series<DateOnly, double> steps, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var keys = steps.Keys.Where(k => k <= date).ToList();
        return keys.Count == 0 ? null : steps[keys.Max()];
    }

    /// <summary>
    /// The value in force on 31 December of each year the steps cover: from the year of the first step to the
    /// last year whose 31 December is on or before the last step (later years may have changed since).
    /// </summary>
    /// <returns>Values by year; years before the first step or after the last are absent.</returns>
    public static Series<int, double> YearEndValues(Series<DateOnly, double> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.KeyCount == 0)
        {
            return new Series<int, double>([], []);
        }

        var first = steps.Keys.Min();
        var last = steps.Keys.Max();
        var years = Enumerable.Range(first.Year, last.Year - first.Year + 1).Where(y => new DateOnly(y, 12, 31) <= last).ToList();
        return new Series<int, double>(years, years.Select(y => ValueOn(steps, new DateOnly(y, 12, 31))!.Value));
    }
}
