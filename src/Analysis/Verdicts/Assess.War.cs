using Analysis.Data;
using Deedle;

namespace Analysis.Verdicts;

public static partial class Assess
{
    /// <summary>NATO's guideline for defence spending, % of GDP (Wales summit declaration, 2014, paragraph 14).</summary>
    public const double NatoGuidelinePercentOfGdp = 2.0;

    /// <summary>"The war with Ukraine consumes NATO resources, potentially weakening the alliance's position."</summary>
    /// <param name="sharePercentByAllyAndYear">Allies' defence spending, % of GDP: rows allies, columns years.</param>
    /// <param name="fromYear">The year compared from.</param>
    /// <param name="lastYear">The latest year judged.</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on the change in the number of allies at the guideline (<see cref="Rules.NatoDrain"/>).</param>
    /// <param name="aidAllocatedEurBn">Aid to Ukraine allocated by all donors, EUR bn by Kiel cut-off date, for the evidence; may be empty.</param>
    public static ClaimAssessment NatoResources(Frame<string, int> sharePercentByAllyAndYear, int fromYear, int lastYear, string articleDate, ThresholdRule rule, Series<DateOnly, double> aidAllocatedEurBn)
    {
        ArgumentNullException.ThrowIfNull(sharePercentByAllyAndYear);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(aidAllocatedEurBn);
        var years = sharePercentByAllyAndYear.ColumnKeys.ToList();
        var article = IsoDate.Parse(articleDate, nameof(articleDate));

        Finding At(string moment, int targetYear)
        {
            if (!years.Contains(fromYear) || !years.Contains(targetYear) || targetYear <= fromYear)
            {
                return Finding.NotTestable(moment, $"Allies' spending is not sourced for both {fromYear} and {targetYear}. Years held: {string.Join(", ", years)}.");
            }

            var y = targetYear;
            var before = sharePercentByAllyAndYear.GetColumn<double>(fromYear);
            var after = sharePercentByAllyAndYear.GetColumn<double>(y);
            var allies = sharePercentByAllyAndYear.RowKeys.Where(a => before.TryGet(a).HasValue && after.TryGet(a).HasValue).ToList();
            var atBefore = allies.Count(a => before[a] >= NatoGuidelinePercentOfGdp);
            var atAfter = allies.Count(a => after[a] >= NatoGuidelinePercentOfGdp);
            var rose = allies.Count(a => after[a] > before[a]);
            var change = atAfter - atBefore;
            var evidence = new List<string>
            {
                $"Allies at or above NATO's {Format.N0(NatoGuidelinePercentOfGdp)}% guideline: {atBefore} of {allies.Count} in {fromYear}, {atAfter} in {y}; {rose} of {allies.Count} spent a larger share of GDP than in {fromYear}.",
            };
            var aid = aidAllocatedEurBn.Observations.Where(o => o.Key < (moment == Finding.AtArticle ? article : DateOnly.MaxValue)).ToList();
            if (aid.Count > 0)
            {
                evidence.Add($"Aid allocated to Ukraine by all donors: EUR {Format.N0(aid[^1].Value)} bn by {Dates.Iso(aid[^1].Key)} (Kiel Institute).");
            }

            return new Finding(moment, $"{fromYear}→{y}", rule.Judge(change), change, $"allies at ≥ {Format.N0(NatoGuidelinePercentOfGdp)}% of GDP: {atBefore} ({fromYear}) → {atAfter} ({y})", evidence);
        }

        return new ClaimAssessment(
            "nato-resources", "05-war-nato-economy",
            "The war with Ukraine consumes NATO resources, potentially weakening the alliance's position.",
            rule,
            At(Finding.AtArticle, Math.Min(lastYear, LastFullYearBefore(articleDate))),
            At(Finding.Latest, lastYear),
            [
                "Aid does consume resources (stocks of weapons and money); spending shares show whether allies cut back or rearmed, not how strong the alliance is.",
                "NATO's spending shares are its own estimates, revised each year; the latest year is an estimate.",
            ],
            [NatoDefenceSpending.Dataset, UkraineSupport.Dataset]);
    }

    /// <summary>
    /// The three strain signals by year: growth at or below <paramref name="growthAtMostPercent"/>, December
    /// inflation at or above <paramref name="inflationAtLeastPercent"/>, the year-end key rate at or above
    /// <paramref name="keyRateAtLeastPercent"/>, and how many are on (years with all three indicators).
    /// </summary>
    public static Frame<int, string> StrainSignals(Series<int, double> gdpGrowthPercent, Series<int, double> inflationPercent, Series<int, double> keyRatePercent,
        double growthAtMostPercent = AnalysisDefaults.GrowthStrainAtMostPercent, double inflationAtLeastPercent = AnalysisDefaults.InflationStrainAtLeastPercent, double keyRateAtLeastPercent = AnalysisDefaults.KeyRateStrainAtLeastPercent)
    {
        ArgumentNullException.ThrowIfNull(gdpGrowthPercent);
        ArgumentNullException.ThrowIfNull(inflationPercent);
        ArgumentNullException.ThrowIfNull(keyRatePercent);
        var years = gdpGrowthPercent.Keys.Where(y => inflationPercent.TryGet(y).HasValue && keyRatePercent.TryGet(y).HasValue).Order().ToArray();
        int On(int y) => (gdpGrowthPercent[y] <= growthAtMostPercent ? 1 : 0) + (inflationPercent[y] >= inflationAtLeastPercent ? 1 : 0) + (keyRatePercent[y] >= keyRateAtLeastPercent ? 1 : 0);
        return Tables.ByYear(
            ("gdp_growth_percent", new Series<int, double>(years, years.Select(y => gdpGrowthPercent[y]))),
            ("inflation_dec_percent", new Series<int, double>(years, years.Select(y => inflationPercent[y]))),
            ("key_rate_year_end_percent", new Series<int, double>(years, years.Select(y => keyRatePercent[y]))),
            ("strain_signals", new Series<int, double>(years, years.Select(y => (double)On(y)))));
    }

    /// <summary>"The war ... could ... further strain the struggling Russian economy."</summary>
    /// <param name="signals">The table of <see cref="StrainSignals"/>.</param>
    /// <param name="lastYear">The latest year judged.</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on the number of signals on (<see cref="Rules.EconomyStrain"/>).</param>
    public static ClaimAssessment RussianEconomy(Frame<int, string> signals, int lastYear, string articleDate, ThresholdRule rule)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(rule);
        var count = signals.GetColumn<double>("strain_signals");
        var growth = signals.GetColumn<double>("gdp_growth_percent");
        var inflation = signals.GetColumn<double>("inflation_dec_percent");
        var rate = signals.GetColumn<double>("key_rate_year_end_percent");

        Finding At(string moment, int targetYear)
        {
            var year = YearIfPresent(count, targetYear);
            if (year is null)
            {
                return Finding.NotTestable(moment, $"Growth, inflation and the key rate at year end are not all sourced for {targetYear}.");
            }

            var y = year.Value;
            var evidence = signals.RowKeys.Where(k => k >= 2022 && k <= y)
                .Select(k => $"{k}: GDP {Format.N1(growth[k])}%, inflation {Format.N1(inflation[k])}% (Dec/Dec), key rate {Format.N1(rate[k])}% at year end: {Format.N0(count[k])} of 3 signals.")
                .ToList();
            return new Finding(moment, Format.Year(y), rule.Judge(count[y]), count[y],
                $"{Format.N0(count[y])} of 3 strain signals in {y} (growth {Format.N1(growth[y])}%, inflation {Format.N1(inflation[y])}%, key rate {Format.N1(rate[y])}%)", evidence);
        }

        return new ClaimAssessment(
            "russian-economy", "05-war-nato-economy",
            "The war could further strain the struggling Russian economy.",
            rule,
            At(Finding.AtArticle, Math.Min(lastYear, LastFullYearBefore(articleDate))),
            At(Finding.Latest, lastYear),
            [
                "The data does not separate war spending from other drivers, and official statistics may flatter output.",
                "Several growth figures are first estimates, later revised (see data/russia-macro/README.md).",
            ],
            [RussiaMacro.Dataset]);
    }

    /// <summary>"The war also poses risks for China, as it could lead to an increase in NATO's power."</summary>
    /// <param name="europeAndCanadaSpendingUsdMn">Defence spending of NATO's European allies and Canada, USD million at constant 2021 prices, by year.</param>
    /// <param name="fromYear">The year compared from (the last before the full-scale war).</param>
    /// <param name="lastYear">The latest year judged.</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on the real change in spending since <paramref name="fromYear"/>, % (<see cref="Rules.NatoPower"/>).</param>
    /// <param name="accessions">Accessions to the alliance, for the evidence.</param>
    public static ClaimAssessment NatoPower(Series<int, double> europeAndCanadaSpendingUsdMn, int fromYear, int lastYear, string articleDate, ThresholdRule rule, IReadOnlyList<Accession> accessions)
    {
        ArgumentNullException.ThrowIfNull(europeAndCanadaSpendingUsdMn);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(accessions);
        var article = IsoDate.Parse(articleDate, nameof(articleDate));

        Finding At(string moment, int targetYear, DateOnly asOf)
        {
            if (!europeAndCanadaSpendingUsdMn.TryGet(fromYear).HasValue || !europeAndCanadaSpendingUsdMn.TryGet(targetYear).HasValue || targetYear <= fromYear)
            {
                return Finding.NotTestable(moment, $"Spending of the European allies and Canada is not sourced for both {fromYear} and {targetYear}.");
            }

            var change = 100 * ((europeAndCanadaSpendingUsdMn[targetYear] / europeAndCanadaSpendingUsdMn[fromYear]) - 1);
            var joined = accessions.Where(a => a.Date.Year > fromYear && a.Date <= asOf).ToList();
            var evidence = new List<string>
            {
                $"European allies and Canada spent USD {Format.N0(europeAndCanadaSpendingUsdMn[fromYear] / 1000)} bn on defence in {fromYear} and USD {Format.N0(europeAndCanadaSpendingUsdMn[targetYear] / 1000)} bn in {targetYear} (2021 prices).",
                joined.Count == 0
                    ? $"No country joined the alliance between {fromYear} and {Dates.Iso(asOf)}."
                    : "Accessions since " + fromYear + ": " + string.Join(", ", joined.Select(a => $"{a.Country} on {Dates.Iso(a.Date)} ({a.MembersAfter} allies)")) + ".",
            };
            return new Finding(moment, $"{fromYear}→{targetYear}", rule.Judge(change), change, $"European allies' and Canada's real defence spending {Format.N1(change)}% ({fromYear}→{targetYear})", evidence);
        }

        return new ClaimAssessment(
            "nato-power", "05-war-nato-economy",
            "The war also poses risks for China, as it could lead to an increase in NATO's power.",
            rule,
            At(Finding.AtArticle, Math.Min(lastYear, LastFullYearBefore(articleDate)), article),
            At(Finding.Latest, lastYear, DateOnly.MaxValue),
            [
                "Spending and membership are inputs to power, not power itself; they are what public data measures.",
                "NATO's latest years are estimates (the dataset's status column), revised each year.",
            ],
            [NatoDefenceAggregates.Dataset, NatoMembership.Dataset]);
    }

    /// <summary>"China's state-controlled media portrays Russia's war with Ukraine as justified, aimed at countering NATO's expansionary tendencies."</summary>
    /// <param name="chineseMediaCriticalOfRussia">Share of Chinese media articles critical of Russia, percent of articles, from a published content analysis.</param>
    /// <param name="usMediaCriticalOfRussia">The same share in US media in the same study, for comparison.</param>
    /// <param name="context">Further findings of published studies, each with its period (e.g. the share of pro-Russian posts among the most-shared).</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on the share of Chinese articles critical of Russia, % (<see cref="Rules.StateMediaCriticism"/>).</param>
    public static ClaimAssessment StateMediaFraming(PeriodValue chineseMediaCriticalOfRussia, PeriodValue usMediaCriticalOfRussia, IReadOnlyList<(string Finding, PeriodValue Value)> context, string articleDate, ThresholdRule rule)
    {
        ArgumentNullException.ThrowIfNull(chineseMediaCriticalOfRussia);
        ArgumentNullException.ThrowIfNull(usMediaCriticalOfRussia);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rule);
        var article = IsoDate.Parse(articleDate, nameof(articleDate));

        Finding At(string moment, DateOnly? before)
        {
            if (before is not null && chineseMediaCriticalOfRussia.End >= before)
            {
                return Finding.NotTestable(moment, $"The content analysis covers {chineseMediaCriticalOfRussia.Label}, after {articleDate}.");
            }

            var share = chineseMediaCriticalOfRussia.Value;
            var evidence = new List<string>
            {
                $"{chineseMediaCriticalOfRussia.Label}: {Format.N0(share)}% of Chinese media articles criticised Russia, against {Format.N0(usMediaCriticalOfRussia.Value)}% of US media articles.",
            };
            evidence.AddRange(context.Where(c => before is null || c.Value.End < before).Select(c => $"{c.Value.Label}: {c.Finding}"));
            return new Finding(moment, chineseMediaCriticalOfRussia.Label, rule.Judge(share), share, $"{Format.N0(share)}% of Chinese media articles criticised Russia ({chineseMediaCriticalOfRussia.Label})", evidence);
        }

        return new ClaimAssessment(
            "state-media", "05-war-nato-economy",
            "China's state-controlled media portrays Russia's war with Ukraine as justified, aimed at countering NATO's expansionary tendencies and perceived threats from the United States.",
            rule,
            At(Finding.AtArticle, article),
            At(Finding.Latest, null),
            [
                "The only published quantitative studies found cover the first days of the invasion (February–March 2022); none measures 2023.",
                "Not criticising is not the same as calling the war justified, and no study codes the 'countering NATO' framing: the rule can show the media were rarely critical, not that they justified the war.",
            ],
            [ChinaMediaWarCoverage.Dataset]);
    }
}
