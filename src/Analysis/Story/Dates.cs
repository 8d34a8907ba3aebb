namespace Analysis.Story;

/// <summary>Date helpers for charts and labels.</summary>
internal static class Dates
{
    /// <summary>A date as a decimal year (2024-07-02 → 2024.5), for plotting dated points on a year axis.</summary>
    public static double DecimalYear(DateOnly date)
    {
        var daysInYear = DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0;
        return date.Year + ((date.DayOfYear - 1) / daysInYear);
    }

    /// <summary>A period as a short label: "2023", "Jan–Jun 2024", "Jun 2022–Sep 2023".</summary>
    public static string Label(DateOnly start, DateOnly end)
    {
        if (start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31 && start.Year == end.Year)
        {
            return Format.Year(start.Year);
        }

        var s = start.ToString("MMM", System.Globalization.CultureInfo.InvariantCulture);
        var e = end.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return start.Year == end.Year ? $"{s}–{e}" : $"{start.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}–{e}";
    }
}
