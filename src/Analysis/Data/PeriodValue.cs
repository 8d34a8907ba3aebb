namespace Analysis.Data;

/// <summary>One dated observation of a period dataset (columns <c>period_start</c>, <c>period_end</c>).</summary>
/// <param name="Start">First day of the period.</param>
/// <param name="End">Last day of the period.</param>
/// <param name="Value">The figure, in <paramref name="Unit"/>.</param>
/// <param name="Unit">Unit of the figure.</param>
/// <param name="SourceId">Source id, resolved in the manifest.</param>
/// <param name="Note">Caveat, or empty.</param>
/// <param name="Qualifier">How the source qualified the figure (<c>about</c>, <c>more_than</c>, <c>just_under</c> …), or empty when it gave it exactly.</param>
public sealed record PeriodValue(DateOnly Start, DateOnly End, double Value, string Unit, string SourceId, string Note, string Qualifier = "")
{
    /// <summary>The qualifier in words ("about", "more than" …), or empty.</summary>
    public string QualifierText => Qualifiers.Text(Qualifier);

    /// <summary>Whether the period is one whole calendar year.</summary>
    public bool IsCalendarYear => Start.Month == 1 && Start.Day == 1 && End == new DateOnly(Start.Year, 12, 31);

    /// <summary>Length of the period in days (inclusive).</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>The period as a short label: "2023", "Jan–Jun 2024", "Jun 2022–Sep 2023".</summary>
    public string Label => PeriodLabel.Of(Start, End);
}

/// <summary>Short labels for periods.</summary>
public static class PeriodLabel
{
    /// <summary>A period as a short label: "2023", "24 Feb 2022", "May 2025", "Jan–Jun 2024", "Jun 2022–Sep 2023".</summary>
    public static string Of(DateOnly start, DateOnly end)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31 && start.Year == end.Year)
        {
            return start.Year.ToString(culture);
        }

        if (start == end)
        {
            return start.ToString("d MMM yyyy", culture);
        }

        if (start.Year == end.Year && start.Month == end.Month && start.Day == 1 && end.Day == DateTime.DaysInMonth(end.Year, end.Month))
        {
            return start.ToString("MMM yyyy", culture);
        }

        var e = end.ToString("MMM yyyy", culture);
        return start.Year == end.Year ? $"{start.ToString("MMM", culture)}–{e}" : $"{start.ToString("MMM yyyy", culture)}–{e}";
    }
}

/// <summary>The qualifiers sources put on figures (column <c>qualifier</c>), in words.</summary>
public static class Qualifiers
{
    /// <summary>"about", "more than", "just under" … for a qualifier code; empty for none.</summary>
    public static string Text(string? qualifier) => string.IsNullOrEmpty(qualifier) ? "" : qualifier.Replace('_', ' ');
}
