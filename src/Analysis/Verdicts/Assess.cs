using Analysis.Calculations;
using Analysis.Data;
using Deedle;

namespace Analysis.Verdicts;

/// <summary>
/// The verdict functions: each takes the series a notebook computed and an explicit
/// <see cref="ThresholdRule"/>, and returns the claim's assessment at two moments, side by side: with
/// the data for periods that had ended when the article appeared (<c>articleDate</c>, October 2023)
/// and with the latest data. A moment the data cannot judge gets a "not testable" finding that says
/// why, never a guess.
/// </summary>
public static partial class Assess
{
    /// <summary>
    /// "While the political rhetoric touts a strong partnership, there is still a long way to go for
    /// China–Russia trade to match its trade with Western countries."
    /// </summary>
    /// <param name="turnoverUsdBn">China's turnover (exports + imports) by year (rows) and partner (columns), USD bn; it must hold <paramref name="russia"/> and every West partner.</param>
    /// <param name="westPartners">The partners that make up the West (e.g. USA, EU).</param>
    /// <param name="firstYear">First year of the comparison (for growth rates).</param>
    /// <param name="lastYear">The latest year judged.</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on the multiple West ÷ Russia (<see cref="Rules.WestMultiple"/>).</param>
    /// <param name="russia">Russia's column.</param>
    /// <exception cref="ArgumentException">A partner is missing from the frame.</exception>
    public static ClaimAssessment TradeVsWest(Frame<int, string> turnoverUsdBn, IReadOnlyList<string> westPartners, int firstYear, int lastYear, string articleDate, ThresholdRule rule, string russia = "RUS")
    {
        ArgumentNullException.ThrowIfNull(turnoverUsdBn);
        ArgumentNullException.ThrowIfNull(westPartners);
        ArgumentNullException.ThrowIfNull(rule);
        var west = Trade.Sum(turnoverUsdBn, westPartners);
        var ru = Trade.Sum(turnoverUsdBn, [russia]);
        var multiple = Trade.Ratio(west, ru);
        var westName = string.Join(" + ", westPartners);

        Finding At(string moment, int targetYear)
        {
            var year = YearIfPresent(multiple, targetYear);
            if (year is null)
            {
                return Finding.NotTestable(moment, $"China's trade with {westName} and with Russia is not all sourced for {targetYear}.");
            }

            var y = year.Value;
            var evidence = new List<string>
            {
                $"In {y} China traded USD {Format.N1(west[y])} bn with {westName} ({string.Join(", ", westPartners.Select(p => $"{p} {Format.N1(turnoverUsdBn.GetColumn<double>(p)[y])}"))}) against USD {Format.N1(ru[y])} bn with Russia.",
                $"Russia's trade was {Format.Percent(ru[y] / (ru[y] + west[y]))} of the two together.",
            };
            if (y > firstYear && ru.TryGet(firstYear).HasValue && west.TryGet(firstYear).HasValue)
            {
                evidence.Add($"Growth {firstYear}–{y}: Russia {Format.Percent(Trade.Cagr(ru, firstYear, y))} a year, {westName} {Format.Percent(Trade.Cagr(west, firstYear, y))} a year; the multiple went from {Format.Times(multiple[firstYear])} to {Format.Times(multiple[y])}.");
            }

            return new Finding(moment, Format.Year(y), rule.Judge(multiple[y]), multiple[y], $"{westName} traded {Format.Times(multiple[y])} as much with China as Russia did ({y})", evidence);
        }

        return new ClaimAssessment(
            "trade-vs-west", "01-rhetoric-vs-trade",
            "While the political rhetoric between China and Russia touts a strong partnership, there is still a long way to go for China–Russia trade to match its trade with Western countries.",
            rule,
            At(Finding.AtArticle, Math.Min(lastYear, LastFullYearBefore(articleDate))),
            At(Finding.Latest, lastYear),
            [
                "Goods only, as China's customs count them (USD, current prices); services and Russia's own figures differ.",
                "Turnover is exports + imports where customs publish both flows; a year without both is a gap, not a zero.",
            ],
            [ChinaGoodsTrade.Dataset]);
    }

    /// <summary>
    /// "Positive sentiment from the Chinese population towards Putin" (the partnership "gives the
    /// perception of strong friendship to their domestic populations").
    /// </summary>
    /// <param name="favourable">Each survey's share of respondents favourable (to Russia or Putin), percent, with fieldwork dates.</param>
    /// <param name="question">The question in words, for the key figure (e.g. "favourable to Russia").</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on the most recent survey's share (<see cref="Rules.Favourable"/>).</param>
    public static ClaimAssessment ChinesePublicOpinion(IReadOnlyList<SurveyValue> favourable, string question, string articleDate, ThresholdRule rule)
    {
        ArgumentNullException.ThrowIfNull(favourable);
        ArgumentNullException.ThrowIfNull(rule);
        var article = IsoDate.Parse(articleDate, nameof(articleDate));
        var dated = favourable.Where(f => f.FieldworkStart is not null).OrderBy(f => f.FieldworkStart).ToList();

        Finding At(string moment, DateOnly? before)
        {
            var pool = dated.Where(f => before is null || f.FieldworkStart < before).ToList();
            if (pool.Count == 0)
            {
                return Finding.NotTestable(moment, $"No dated survey {(before is null ? "" : $"before {articleDate} ")}asked Chinese respondents this question.");
            }

            var last = pool[^1];
            var evidence = pool.Select(f => $"{f.Survey} (fieldwork from {Dates.Iso(f.FieldworkStart!.Value)}): {Format.N0(f.ValuePercent)}% {question}" + (f.Note.Length > 0 ? $" ({f.Note})" : "") + ".").ToList();
            return new Finding(moment, last.Survey, rule.Judge(last.ValuePercent), last.ValuePercent, $"{Format.N0(last.ValuePercent)}% of respondents {question} in {last.Survey}", evidence);
        }

        return new ClaimAssessment(
            "chinese-opinion", "01-rhetoric-vs-trade",
            "The partnership gives the perception of strong friendship at home, backed by positive sentiment from the Chinese population towards Putin.",
            rule,
            At(Finding.AtArticle, article),
            At(Finding.Latest, null),
            [
                "Online panels in an authoritarian setting; respondents may self-censor.",
                "Surveys word their questions differently; only the same question is compared across moments.",
            ],
            [ChinaOpinion.Dataset]);
    }

    /// <summary>
    /// <paramref name="targetYear"/> if <paramref name="series"/> has a value for it, else null. A moment is
    /// judged on its own year only: a gap in the data makes the finding "not testable" and says so, instead
    /// of quietly falling back to an older year.
    /// </summary>
    internal static int? YearIfPresent(Series<int, double> series, int targetYear) =>
        series.TryGet(targetYear) is { HasValue: true } v && double.IsFinite(v.Value) ? targetYear : null;

    /// <summary>The last calendar year that had ended when the article appeared (the year before <paramref name="articleDate"/>).</summary>
    /// <exception cref="FormatException">The date is not YYYY-MM-DD.</exception>
    public static int LastFullYearBefore(string articleDate) => IsoDate.Parse(articleDate, nameof(articleDate)).Year - 1;
}
