using Analysis.Calculations;
using Deedle;

namespace Analysis.UnitTests.Calculations;

/// <summary>
/// Bridge utilisation, (total / days) / (design / design_days) × 100, on small frames shaped as the readers give them;
/// expectations computed by hand.
/// </summary>
public sealed class CapacityTests
{
    private static Frame<int, string> Totals(params (string Measure, string Period, string End, int Days, double Total)[] rows)
    {
        var keys = Enumerable.Range(0, rows.Length).ToArray();
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("measure", new Series<int, string>(keys, rows.Select(r => r.Measure)));
        b.Add("period", new Series<int, string>(keys, rows.Select(r => r.Period)));
        b.Add("period_end", new Series<int, DateOnly>(keys, rows.Select(r => DateOnly.Parse(r.End, System.Globalization.CultureInfo.InvariantCulture))));
        b.Add("days", new Series<int, int>(keys, rows.Select(r => r.Days)));
        b.Add("total", new Series<int, double>(keys, rows.Select(r => r.Total)));
        return b.Frame;
    }

    private static Frame<string, string> Design(params (string Measure, double Design, int Days)[] rows)
    {
        var keys = rows.Select(r => r.Measure).ToArray();
        var b = new FrameBuilder.Columns<string, string>();
        b.Add("design", new Series<string, double>(keys, rows.Select(r => r.Design)));
        b.Add("design_days", new Series<string, int>(keys, rows.Select(r => r.Days)));
        return b.Frame;
    }

    [Fact]
    public void Utilisation_DailyAndYearlyDesignFigures_AreBothPerDay()
    {
        var totals = Totals(("vehicles", "2023", "2023-12-31", 365, 73_000), ("tonnes", "2023-H1", "2023-06-30", 181, 362_000));
        var design = Design(("vehicles", 630, 1), ("tonnes", 3_000_000, 365));

        var u = Capacity.Utilisation(totals, design);

        // vehicles: 73,000 / 365 = 200 a day against 630 a day → 31.746…%
        Assert.Equal(200.0, u.GetColumn<double>("observed_per_day")[0], Tolerance.Absolute);
        Assert.Equal(630.0, u.GetColumn<double>("design_per_day")[0], Tolerance.Absolute);
        Assert.Equal(100.0 * 200 / 630, u.GetColumn<double>("utilisation_percent")[0], Tolerance.Absolute);
        // tonnes: 362,000 / 181 = 2,000 a day against 3,000,000 / 365 = 8,219.178… a day → 24.333…%
        Assert.Equal(2000.0, u.GetColumn<double>("observed_per_day")[1], Tolerance.Absolute);
        Assert.Equal(100.0 * 2000 / (3_000_000.0 / 365), u.GetColumn<double>("utilisation_percent")[1], Tolerance.Absolute);
        Assert.Equal(["vehicles", "tonnes"], u.GetColumn<string>("measure").Values);
        Assert.Equal(["2023", "2023-H1"], u.GetColumn<string>("period").Values);
        Assert.Equal(new DateOnly(2023, 6, 30), u.GetColumn<DateOnly>("period_end")[1]);
    }

    [Fact]
    public void Utilisation_MeasureWithoutDesignFigure_NamesItAndTheKnownOnes()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Capacity.Utilisation(Totals(("passengers", "2023", "2023-12-31", 365, 1_000)), Design(("vehicles", 630, 1), ("tonnes", 3_000_000, 365))));

        Assert.Equal("design", ex.ParamName);
        Assert.StartsWith("No design figure for measure 'passengers'. Design figures: vehicles, tonnes.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utilisation_PeriodWithoutDays_IsRefused() =>
        Assert.Equal("totals", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Capacity.Utilisation(Totals(("vehicles", "2023", "2023-12-31", 0, 1_000)), Design(("vehicles", 630, 1)))).ParamName);

    [Fact]
    public void Utilisation_Null_NamesTheArgument()
    {
        Assert.Equal("totals", Assert.Throws<ArgumentNullException>(() => Capacity.Utilisation(null!, Design(("vehicles", 630, 1)))).ParamName);
        Assert.Equal("design", Assert.Throws<ArgumentNullException>(() => Capacity.Utilisation(Totals(), null!)).ParamName);
    }
}
