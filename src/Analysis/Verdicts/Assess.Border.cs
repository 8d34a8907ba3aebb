using Analysis.Data;
using Deedle;

namespace Analysis.Verdicts;

public static partial class Assess
{
    /// <summary>"The newly-built bridge between China and Russia faces a lack of traffic."</summary>
    /// <param name="utilisation">Utilisation rows as <c>Capacity.Utilisation</c> gives them (measure, period, period_end, observed_per_day, design_per_day, utilisation_percent).</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD: its finding uses the periods that had ended by then.</param>
    /// <param name="rule">The rule on the busiest reading, % of design capacity (<see cref="Rules.BridgeUtilisation"/>).</param>
    public static ClaimAssessment BridgeTraffic(Frame<int, string> utilisation, string articleDate, ThresholdRule rule)
    {
        ArgumentNullException.ThrowIfNull(utilisation);
        ArgumentNullException.ThrowIfNull(rule);
        var article = IsoDate.Parse(articleDate, nameof(articleDate));
        var measure = utilisation.GetColumn<string>("measure");
        var period = utilisation.GetColumn<string>("period");
        var end = utilisation.GetColumn<DateOnly>("period_end");
        var perDay = utilisation.GetColumn<double>("observed_per_day");
        var design = utilisation.GetColumn<double>("design_per_day");
        var percent = utilisation.GetColumn<double>("utilisation_percent");

        Finding At(string moment, DateOnly? before)
        {
            var rows = utilisation.RowKeys.Where(r => before is null || end[r] < before).ToList();
            if (rows.Count == 0)
            {
                return Finding.NotTestable(moment, $"No traffic figure for a period that had ended by {articleDate}.");
            }

            var busiest = rows.MaxBy(r => percent[r]);
            var evidence = rows.Select(r => $"{measure[r]}, {period[r]}: {Format.N0(perDay[r])} a day on average, {Format.N1(percent[r])}% of the design capacity of {Format.N0(design[r])} a day.").ToList();
            return new Finding(moment, string.Join(", ", rows.Select(r => period[r]).Distinct()), rule.Judge(percent[busiest]), percent[busiest],
                $"busiest reading: {measure[busiest]}, {period[busiest]}, {Format.N1(percent[busiest])}% of design capacity", evidence);
        }

        return new ClaimAssessment(
            "bridge-traffic", "02-border-economy",
            "The newly-built bridge between China and Russia faces a lack of traffic.",
            rule,
            At(Finding.AtArticle, article),
            At(Finding.Latest, null),
            [
                "Design capacities are the concessionaire's figures; Russia's transport minister expected much less cargo at opening (see data/border-traffic/README.md).",
                "The bridge opened to freight in June 2022 and to regular passenger traffic only in December 2024, and a temporary checkpoint limits throughput.",
                "Per-day averages spread each period's total evenly over its days.",
            ],
            [BorderTraffic.Dataset, FacilityCapacity.Dataset]);
    }

    /// <summary>"The negative effect of COVID-19, closed borders, and Russian poverty influence the flow of tourists."</summary>
    /// <param name="travellers">Full-year travellers in one direction, one measure and one unit (like with like), by year.</param>
    /// <param name="description">What <paramref name="travellers"/> counts, in words (e.g. "Russian entries into China (persons)").</param>
    /// <param name="beforeYear">The last full year before the border closure.</param>
    /// <param name="lastYear">The latest year judged.</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on travellers as a share of <paramref name="beforeYear"/> (<see cref="Rules.TourismRecovery"/>).</param>
    /// <param name="povertyRatePercent">Russia's poverty rate by year, for the evidence (the claim's third cause); may be empty.</param>
    public static ClaimAssessment BorderTourism(Series<int, double> travellers, string description, int beforeYear, int lastYear, string articleDate, ThresholdRule rule, Series<int, double> povertyRatePercent)
    {
        ArgumentNullException.ThrowIfNull(travellers);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(povertyRatePercent);

        Finding At(string moment, int targetYear)
        {
            var year = YearIfPresent(travellers, targetYear);
            if (!travellers.TryGet(beforeYear).HasValue)
            {
                return Finding.NotTestable(moment, $"The data holds no full-year figure of {description} for {beforeYear}, so the flow cannot be compared like with like.");
            }

            if (year is null || year <= beforeYear)
            {
                return Finding.NotTestable(moment, $"No full-year figure of {description} for {targetYear}.");
            }

            var y = year.Value;
            var percent = 100 * travellers[y] / travellers[beforeYear];
            var evidence = new List<string> { $"{description}: {Format.N0(travellers[beforeYear])} in {beforeYear}, {Format.N0(travellers[y])} in {y}." };
            var poverty = povertyRatePercent.Observations.Where(o => o.Key <= y).ToList();
            if (poverty.Count > 0)
            {
                evidence.Add("Russia's poverty rate (share below the subsistence minimum): " + string.Join(", ", poverty.Select(o => $"{Format.N1(o.Value)}% in {o.Key}")) + ".");
            }

            return new Finding(moment, Format.Year(y), rule.Judge(percent), percent, $"{description} in {y} were {Format.N1(percent)}% of {beforeYear}", evidence);
        }

        return new ClaimAssessment(
            "border-tourism", "02-border-economy",
            "The negative effect of COVID-19, closed borders, and Russian poverty influence the flow of tourists and trade between the two countries.",
            rule,
            At(Finding.AtArticle, Math.Min(lastYear, LastFullYearBefore(articleDate))),
            At(Finding.Latest, lastYear),
            [
                "The data cannot separate COVID rules from Russian incomes as causes; the poverty rate is shown beside the flow, not fitted to it.",
                "Only one direction, one agency's measure and one unit are compared across years.",
            ],
            [RussiaChinaTourism.Dataset, RussiaMacro.Dataset]);
    }
}
