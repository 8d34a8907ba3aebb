using Deedle;

namespace Analysis.Charts;

/// <summary>One named line or set of bars: points (x, y) and the key that picks its colour.</summary>
/// <param name="Key">Country or group code (see <see cref="Palette"/>) or another stable key.</param>
/// <param name="Name">Legend label.</param>
/// <param name="Points">The points in x order. Missing values are simply absent (never zero-filled).</param>
/// <param name="Stepped">Draw as a step function (the value holds until the next point), for schedules and policy rates.</param>
/// <param name="Dashed">Draw the line dashed (scheduled or projected values).</param>
/// <param name="Annual">One point per year: a missing year breaks the line instead of being bridged.</param>
public sealed record ChartSeries(string Key, string Name, IReadOnlyList<(double X, double Y)> Points, bool Stepped = false, bool Dashed = false, bool Annual = false)
{
    /// <summary>A series from a year-keyed Deedle series; missing values are left out.</summary>
    public static ChartSeries FromYears(string key, string name, Series<int, double> byYear)
    {
        ArgumentNullException.ThrowIfNull(byYear);
        var points = byYear.Observations
            .Where(o => double.IsFinite(o.Value))
            .OrderBy(o => o.Key)
            .Select(o => ((double)o.Key, o.Value))
            .ToArray();
        return new ChartSeries(key, name, points, Annual: true);
    }
}

/// <summary>A horizontal reference line (a capacity, a target) drawn across a chart.</summary>
/// <param name="Y">Height, in the y axis's unit.</param>
/// <param name="Label">Text written at the line's right end.</param>
public sealed record ReferenceLine(double Y, string Label);
