using Deedle;

namespace Analysis.Products.Engine;

/// <summary>Helpers for building result frames.</summary>
internal static class FrameColumns
{
    /// <summary>A series with a value for each key whose value is not null; null values are missing (never zero).</summary>
    public static Series<int, double> Optional(int[] keys, IEnumerable<double?> values)
    {
        var builder = new SeriesBuilder<int, double>();
        foreach (var (key, value) in keys.Zip(values))
        {
            if (value is { } v)
            {
                builder.Add(key, v);
            }
        }

        return builder.Series;
    }
}
