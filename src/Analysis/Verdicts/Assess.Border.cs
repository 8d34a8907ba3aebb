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

    /// <summary>
    /// "The negative effect of COVID-19, closed borders, and Russian poverty influence the flow of tourists":
    /// travellers in one direction in a year as a share of the last year before the closure.
    /// </summary>
    /// <remarks>
    /// Like with like first: a count is compared only with the same agency's count of the same measure in the
    /// same unit. Where no agency published both years, every pairing of the two years' counts is judged; the
    /// verdict stands only if all pairings agree (the finding says so), otherwise the moment is not testable.
    /// </remarks>
    /// <param name="counts">Every full-year count in the direction (as <c>RussiaChinaTourism.FullYearCounts</c> gives them).</param>
    /// <param name="direction">The direction in words, e.g. "Russians to China".</param>
    /// <param name="beforeYear">The last full year before the border closure.</param>
    /// <param name="lastYear">The latest year judged.</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on travellers as a share of <paramref name="beforeYear"/>, % (<see cref="Rules.TourismRecovery"/>).</param>
    /// <param name="povertyRatePercent">Russia's poverty rate by year, for the evidence (the claim's third cause); may be empty.</param>
    public static ClaimAssessment BorderTourism(IReadOnlyList<TravellerCount> counts, string direction, int beforeYear, int lastYear, string articleDate, ThresholdRule rule, Series<int, double> povertyRatePercent)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(povertyRatePercent);
        var before = counts.Where(c => c.Year == beforeYear).ToList();

        Finding At(string moment, int targetYear)
        {
            var after = counts.Where(c => c.Year == targetYear).ToList();
            if (before.Count == 0 || after.Count == 0)
            {
                return Finding.NotTestable(moment, $"The data holds no full-year count of {direction} for {(before.Count == 0 ? beforeYear : targetYear)}.");
            }

            var poverty = povertyRatePercent.Observations.Where(o => o.Key <= targetYear).Select(o => $"{Format.N1(o.Value)}% in {o.Key}").ToList();
            var povertyLine = poverty.Count > 0 ? ["Russia's poverty rate (share below the subsistence minimum): " + string.Join(", ", poverty) + "."] : Array.Empty<string>();
            var like = after.SelectMany(a => before.Where(b => b.IsLikeFor(a)).Select(b => (Before: b, After: a))).FirstOrDefault();
            if (like.Before is not null)
            {
                var percent = 100 * like.After.Value / like.Before.Value;
                return new Finding(moment, Format.Year(targetYear), rule.Judge(percent), percent,
                    $"{direction} in {targetYear} were {Format.N1(percent)}% of {beforeYear} ({like.After.Series})",
                    [$"{like.After.Series}: {like.Before.Published} in {beforeYear}, {like.After.Published} in {targetYear}.", .. povertyLine]);
            }

            // No agency published both years alike: judge every pairing, and keep the verdict only if they all agree.
            var pairings = before.SelectMany(b => after.Select(a => (Before: b, After: a, Percent: 100 * a.Value / b.Value))).ToList();
            var verdicts = pairings.Select(p => rule.Judge(p.Percent)).Distinct().ToList();
            var low = pairings.Min(p => p.Percent);
            var high = pairings.Max(p => p.Percent);
            var evidence = new List<string> { $"No agency published {direction} for both {beforeYear} and {targetYear} in the same measure and unit; every pairing of their counts is compared instead:" };
            evidence.AddRange(before.Select(b => $"{beforeYear}: {b.Published} — {b.Series}."));
            evidence.AddRange(after.Select(a => $"{targetYear}: {a.Published} — {a.Series}."));
            evidence.AddRange(povertyLine);
            if (verdicts.Count > 1)
            {
                return Finding.NotTestable(moment, $"No like-for-like count, and the pairings of different agencies' counts disagree ({Format.N1(low)}–{Format.N1(high)}% of {beforeYear}).") with { Evidence = evidence };
            }

            return new Finding(moment, Format.Year(targetYear), verdicts[0], high,
                $"{direction} in {targetYear} were {Format.N1(low)}–{Format.N1(high)}% of {beforeYear} in every pairing of different agencies' counts (no like-for-like count)", evidence);
        }

        return new ClaimAssessment(
            "border-tourism", "02-border-economy",
            "The negative effect of COVID-19, closed borders, and Russian poverty influence the flow of tourists and trade between the two countries.",
            rule,
            At(Finding.AtArticle, Math.Min(lastYear, LastFullYearBefore(articleDate))),
            At(Finding.Latest, lastYear),
            [
                "The data cannot separate COVID rules from Russian incomes as causes; the poverty rate is shown beside the flow, not fitted to it.",
                "Agencies count persons, person-times (each crossing) or trips; a verdict from pairings of different agencies' counts stands only when every pairing agrees. The judged value is the highest pairing.",
            ],
            [RussiaChinaTourism.Dataset, RussiaMacro.Dataset]);
    }
}
