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
                return LowerBound(moment, targetYear) ?? Finding.NotTestable(moment, $"China's trade with {westName} and with Russia is not all sourced for {targetYear}.");
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

        // With a West partner's figure missing, the others' trade alone is a lower bound of the multiple (trade is
        // never negative): if that bound already reaches "supported", so does the full multiple. Nothing weaker can be
        // concluded from a lower bound.
        Finding? LowerBound(string moment, int targetYear)
        {
            if (rule.Direction != Direction.AtLeast || !ru.TryGet(targetYear).HasValue || ru[targetYear] <= 0)
            {
                return null;
            }

            var present = westPartners.Where(p => turnoverUsdBn.GetColumn<double>(p).TryGet(targetYear).HasValue).ToList();
            var missing = westPartners.Except(present).ToList();
            if (present.Count == 0)
            {
                return null;
            }

            var partial = present.Sum(p => turnoverUsdBn.GetColumn<double>(p)[targetYear]);
            var bound = partial / ru[targetYear];
            if (rule.Judge(bound) != Verdict.Supported)
            {
                return null;
            }

            return new Finding(moment, Format.Year(targetYear), Verdict.Supported, bound,
                $"{string.Join(" + ", present)} alone traded {Format.Times(bound)} as much with China as Russia did ({targetYear}): at least that much for {westName}",
                [
                    $"In {targetYear} China traded USD {Format.N1(partial)} bn with {string.Join(" + ", present)} against USD {Format.N1(ru[targetYear])} bn with Russia.",
                    $"{string.Join(" and ", missing)}'s {targetYear} figure is not in the data; trade is never negative, so {Format.Times(bound)} is a lower bound, and it already passes the bar for 'supported'.",
                ]);
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

    /// <summary>"Backed by positive sentiment from the Chinese population towards Putin."</summary>
    /// <param name="confidenceInPutin">Chinese respondents with confidence in Putin, percent, each survey that asked.</param>
    /// <param name="favourableToRussia">Chinese respondents favourable to Russia, percent: context when no survey asked about Putin.</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD: its finding uses surveys fielded before it.</param>
    /// <param name="rule">The rule on the most recent survey's share (<see cref="Rules.Favourable"/>).</param>
    public static ClaimAssessment PutinSentiment(IReadOnlyList<SurveyValue> confidenceInPutin, IReadOnlyList<SurveyValue> favourableToRussia, string articleDate, ThresholdRule rule)
    {
        ArgumentNullException.ThrowIfNull(confidenceInPutin);
        ArgumentNullException.ThrowIfNull(favourableToRussia);
        ArgumentNullException.ThrowIfNull(rule);
        var article = IsoDate.Parse(articleDate, nameof(articleDate));

        Finding At(string moment, DateOnly? before)
        {
            var context = Fielded(favourableToRussia, before).Select(f => $"Context, a different question: {f.Survey} ({Fieldwork(f)}) found {f.Published} favourable to Russia.").Concat(SetAside(confidenceInPutin, before)).ToList();
            var asked = Judgeable(confidenceInPutin, before);
            if (asked.Count == 0)
            {
                return Finding.NotTestable(moment, $"No published survey {(before is null ? "" : $"fielded before {articleDate} ")}asked Chinese respondents about Putin himself.") with { Evidence = context };
            }

            var last = asked[^1];
            var evidence = asked.Select(f => $"{f.Survey} ({Fieldwork(f)}): {f.Published} of Chinese respondents had confidence in Putin.").Concat(context).ToList();
            return new Finding(moment, last.Survey, rule.Judge(last.ValuePercent), last.ValuePercent, $"{last.Published} had confidence in Putin ({last.Survey})", evidence);
        }

        return new ClaimAssessment(
            "putin-sentiment", "01-rhetoric-vs-trade",
            "This propaganda strategy [is] backed by positive sentiment from the Chinese population towards Putin.",
            rule,
            At(Finding.AtArticle, article),
            At(Finding.Latest, null),
            [
                "Online panels in an authoritarian setting; respondents may self-censor.",
                "Only surveys that asked about Putin himself are judged; opinion of Russia is shown as context, not counted.",
            ],
            [ChinaOpinion.Dataset]);
    }

    /// <summary>"[The partnership] gives the perception of strong friendship to their domestic populations": both publics.</summary>
    /// <param name="chineseFavourableToRussia">Chinese respondents favourable to Russia, percent, by survey.</param>
    /// <param name="russiansGoodAttitudeToChina">Russian respondents with a good attitude to China (Levada), percent, by poll.</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on the lower of the two publics' most recent shares (<see cref="Rules.Favourable"/>).</param>
    public static ClaimAssessment PublicPerception(IReadOnlyList<SurveyValue> chineseFavourableToRussia, IReadOnlyList<SurveyValue> russiansGoodAttitudeToChina, string articleDate, ThresholdRule rule)
    {
        ArgumentNullException.ThrowIfNull(chineseFavourableToRussia);
        ArgumentNullException.ThrowIfNull(russiansGoodAttitudeToChina);
        ArgumentNullException.ThrowIfNull(rule);
        var article = IsoDate.Parse(articleDate, nameof(articleDate));

        Finding At(string moment, DateOnly? before)
        {
            var chinese = Judgeable(chineseFavourableToRussia, before);
            var russians = Judgeable(russiansGoodAttitudeToChina, before);
            var setAside = SetAside(chineseFavourableToRussia, before).Concat(SetAside(russiansGoodAttitudeToChina, before)).ToList();
            if (chinese.Count == 0 || russians.Count == 0)
            {
                return Finding.NotTestable(moment, $"Both publics must have been asked {(before is null ? "" : $"before {articleDate}")}; {(chinese.Count == 0 ? "no Chinese survey" : "no Russian poll")} was.") with { Evidence = setAside };
            }

            var (c, r) = (chinese[^1], russians[^1]);
            var lower = Math.Min(c.ValuePercent, r.ValuePercent);
            var evidence = new List<string>
            {
                $"China: {c.Published} of respondents favourable to Russia ({c.Survey}, {Fieldwork(c)}).",
                $"Russia: {r.Published} of respondents with a good attitude to China ({r.Survey}, {Fieldwork(r)}).",
            };
            evidence.AddRange(setAside);
            return new Finding(moment, $"{c.Survey}; {r.Survey} {Fieldwork(r)}", rule.Judge(lower), lower, $"the less friendly public: {Format.N0(lower)}% favourable", evidence);
        }

        return new ClaimAssessment(
            "public-perception", "01-rhetoric-vs-trade",
            "This alliance serves as a means of reassurance ... and gives the perception of strong friendship to their domestic populations.",
            rule,
            At(Finding.AtArticle, article),
            At(Finding.Latest, null),
            [
                "The two publics were asked different questions by different pollsters; each is judged by the same bar (a majority).",
                "A figure published with a qualifier ('just under 60%', 'about 75%') is compared at its stated value.",
            ],
            [ChinaOpinion.Dataset, RussiaOpinion.Dataset]);
    }

    private static List<SurveyValue> Fielded(IReadOnlyList<SurveyValue> values, DateOnly? before) =>
        values.Where(v => v.FieldworkStart is { } d && (before is null || d < before)).OrderBy(v => v.FieldworkStart).ToList();

    /// <summary>The surveys fielded before <paramref name="before"/> that a verdict may rest on (<see cref="SurveyValue.MayBeJudged"/>).</summary>
    private static List<SurveyValue> Judgeable(IReadOnlyList<SurveyValue> values, DateOnly? before) =>
        Fielded(values, before).Where(v => v.MayBeJudged).ToList();

    /// <summary>A line of evidence for each survey fielded before <paramref name="before"/> that was set aside because its only source is of kind other.</summary>
    private static IEnumerable<string> SetAside(IReadOnlyList<SurveyValue> values, DateOnly? before) =>
        Fielded(values, before).Where(v => !v.MayBeJudged)
            .Select(v => $"Set aside: {v.Survey} ({Fieldwork(v)}, {v.Published}), whose only source is of kind 'other' (context, never the basis of a verdict).");

    private static string Fieldwork(SurveyValue v) => v.FieldworkStart is { } d ? "fieldwork from " + Dates.Iso(d) : "fieldwork date not published";

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
