using System.Globalization;

namespace Analysis;

/// <summary>Culture-invariant number formats for the narrative (evidence lines, key figures).</summary>
internal static class Format
{
    /// <summary>One decimal with thousands separators: <c>1,447.5</c>.</summary>
    public static string N1(double value) => value.ToString("#,##0.0", CultureInfo.InvariantCulture);

    /// <summary>Two decimals: <c>0.82</c>.</summary>
    public static string N2(double value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>No decimals with thousands separators: <c>50,400</c>.</summary>
    public static string N0(double value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with one decimal: 0.0403 → <c>4.0%</c>.</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A multiple: 6.03 → <c>6.0×</c>.</summary>
    public static string Times(double ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture) + "×";

    /// <summary>A year as text.</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Date helpers for charts.</summary>
internal static class Dates
{
    /// <summary>A date as a decimal year (2024-07-02 → 2024.5), for plotting dated points on a year axis.</summary>
    public static double DecimalYear(DateOnly date)
    {
        var daysInYear = DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0;
        return date.Year + ((date.DayOfYear - 1) / daysInYear);
    }

    /// <summary>ISO text of a date.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
