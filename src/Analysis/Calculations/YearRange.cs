using Deedle;

namespace Analysis.Calculations;

/// <summary>Restricts year-keyed series and frames to a range of years (both ends included).</summary>
public static class YearRange
{
    /// <summary>The observations of <paramref name="series"/> from <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstYear"/> is after <paramref name="lastYear"/>.</exception>
    public static Series<int, double> InYears(this Series<int, double> series, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(series);
        Check(firstYear, lastYear);
        return series.Where(kv => kv.Key >= firstYear && kv.Key <= lastYear);
    }

    /// <summary>The rows of <paramref name="frame"/> from <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstYear"/> is after <paramref name="lastYear"/>.</exception>
    public static Frame<int, string> InYears(this Frame<int, string> frame, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(frame);
        Check(firstYear, lastYear);
        return frame.Where(kv => kv.Key >= firstYear && kv.Key <= lastYear);
    }

    private static void Check(int firstYear, int lastYear)
    {
        if (firstYear > lastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, $"firstYear ({firstYear}) must not be after lastYear ({lastYear}).");
        }
    }
}
