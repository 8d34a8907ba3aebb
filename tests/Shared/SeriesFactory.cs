using Deedle;

namespace Analysis.Testing;

/// <summary>Builds small year-keyed series inline.</summary>
internal static class SeriesFactory
{
    /// <summary>A series from (year, value) pairs, in the order given.</summary>
    public static Series<int, double> Years(params (int Year, double Value)[] points) =>
        new(points.Select(p => p.Year), points.Select(p => p.Value));
}
