using Deedle;

namespace Analysis.Calculations;

/// <summary>Use of a facility against its design capacity.</summary>
public static class Capacity
{
    /// <summary>
    /// Utilisation of each observed total: the average per day over its period (total ÷ days) against
    /// the design capacity per day (the design figure ÷ the days it covers: 1 for a daily figure, 365 for
    /// a yearly one), as a percentage.
    /// </summary>
    /// <param name="totals">Observed totals: columns <c>measure</c>, <c>period</c>, <c>period_end</c>, <c>days</c>, <c>total</c> (as <c>BorderTraffic.BridgeTotals</c> gives them).</param>
    /// <param name="design">Design figures keyed by measure: columns <c>design</c> and <c>design_days</c> (as <c>FacilityCapacity.BridgeDesign</c> gives them).</param>
    /// <returns>One row per observed total: measure, period, period end, average per day, design per day, utilisation in percent.</returns>
    /// <remarks>Formula: utilisation = (total / days) / (design / design_days) × 100. An even spread over the period is assumed.</remarks>
    /// <exception cref="ArgumentException">An observed measure has no design figure, or a period has no days.</exception>
    public static Frame<int, string> Utilisation(Frame<int, string> totals, Frame<string, string> design)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(design);
        var measure = totals.GetColumn<string>("measure");
        var period = totals.GetColumn<string>("period");
        var end = totals.GetColumn<DateOnly>("period_end");
        var days = totals.GetColumn<int>("days");
        var total = totals.GetColumn<double>("total");
        var designValue = design.GetColumn<double>("design");
        var designDays = design.GetColumn<int>("design_days");
        var rows = totals.RowKeys.Select(r =>
        {
            var m = measure[r];
            if (!designValue.TryGet(m).HasValue)
            {
                throw new ArgumentException($"No design figure for measure '{m}'. Design figures: {string.Join(", ", design.RowKeys)}.", nameof(design));
            }

            var perDay = total[r] / Guard.Positive(days[r], nameof(totals));
            var designPerDay = designValue[m] / designDays[m];
            return (Measure: m, Period: period[r], End: end[r], PerDay: perDay, DesignPerDay: designPerDay);
        }).ToList();
        var keys = Enumerable.Range(0, rows.Count).ToArray();
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("measure", new Series<int, string>(keys, rows.Select(r => r.Measure)));
        b.Add("period", new Series<int, string>(keys, rows.Select(r => r.Period)));
        b.Add("period_end", new Series<int, DateOnly>(keys, rows.Select(r => r.End)));
        b.Add("observed_per_day", new Series<int, double>(keys, rows.Select(r => r.PerDay)));
        b.Add("design_per_day", new Series<int, double>(keys, rows.Select(r => r.DesignPerDay)));
        b.Add("utilisation_percent", new Series<int, double>(keys, rows.Select(r => 100 * r.PerDay / r.DesignPerDay)));
        return b.Frame;
    }
}
