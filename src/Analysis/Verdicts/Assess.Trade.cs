using Analysis.Calculations;
using Analysis.Data;
using Analysis.Domain;
using Deedle;

namespace Analysis.Verdicts;

public static partial class Assess
{
    /// <summary>"New Russian tariffs on certain Chinese goods ... dampen the trade atmosphere" (the car recycling fee).</summary>
    /// <param name="chinaCarExportsUnits">China's passenger-car exports to Russia, vehicles by full year.</param>
    /// <param name="marketUnits">Russia's new-car sales, vehicles by full year (the same unit of count).</param>
    /// <param name="chineseBrandsUnits">Sales of Chinese brands in Russia (imported or assembled locally), vehicles by full year; may be empty.</param>
    /// <param name="beforeYear">The year before the fee increases bit.</param>
    /// <param name="afterYear">The year after.</param>
    /// <param name="firstIncreaseDate">The first fee increase studied, YYYY-MM-DD.</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on the excess change in percentage points (<see cref="Rules.ExcessFall"/>).</param>
    /// <param name="model">The tariff model's predicted change against the observed change in value, for the evidence; may be null.</param>
    public static ClaimAssessment CarFee(Series<int, double> chinaCarExportsUnits, Series<int, double> marketUnits, Series<int, double> chineseBrandsUnits, int beforeYear, int afterYear, string firstIncreaseDate, string articleDate, ThresholdRule rule, PredictionComparison? model)
    {
        ArgumentNullException.ThrowIfNull(chinaCarExportsUnits);
        ArgumentNullException.ThrowIfNull(marketUnits);
        ArgumentNullException.ThrowIfNull(chineseBrandsUnits);
        ArgumentNullException.ThrowIfNull(rule);
        var increase = IsoDate.Parse(firstIncreaseDate, nameof(firstIncreaseDate));
        var article = IsoDate.Parse(articleDate, nameof(articleDate));

        Finding AtArticle()
        {
            // A full year after the first increase is needed to compare like with like; at the article's
            // moment only the weeks since the increase existed, mixed into year-to-date totals.
            var monthsAfter = ((article.Year - increase.Year) * 12) + article.Month - increase.Month;
            return Finding.NotTestable(Finding.AtArticle,
                $"When the article appeared the first increase ({firstIncreaseDate}) was {monthsAfter} month(s) old: no full year of car exports after it existed, and year-to-date totals mix months before and after it.");
        }

        Finding Latest()
        {
            foreach (var (series, name) in new[] { (chinaCarExportsUnits, "China's car exports to Russia"), (marketUnits, "Russia's new-car sales") })
            {
                if (!series.TryGet(beforeYear).HasValue || !series.TryGet(afterYear).HasValue)
                {
                    return Finding.NotTestable(Finding.Latest, $"{name} in units are not sourced for both {beforeYear} and {afterYear}.");
                }
            }

            var exportsChange = (chinaCarExportsUnits[afterYear] / chinaCarExportsUnits[beforeYear]) - 1;
            var marketChange = (marketUnits[afterYear] / marketUnits[beforeYear]) - 1;
            var excess = 100 * (exportsChange - marketChange);
            var evidence = new List<string>
            {
                $"China's car exports to Russia: {Format.N0(chinaCarExportsUnits[beforeYear])} in {beforeYear}, {Format.N0(chinaCarExportsUnits[afterYear])} in {afterYear} ({Format.Percent(exportsChange)}).",
                $"Russia's whole new-car market: {Format.N0(marketUnits[beforeYear])} in {beforeYear}, {Format.N0(marketUnits[afterYear])} in {afterYear} ({Format.Percent(marketChange)}).",
            };
            if (chineseBrandsUnits.TryGet(beforeYear).HasValue && chineseBrandsUnits.TryGet(afterYear).HasValue)
            {
                var brands = (chineseBrandsUnits[afterYear] / chineseBrandsUnits[beforeYear]) - 1;
                evidence.Add($"Chinese brands' sales in Russia, imported or assembled there: {Format.Percent(brands)} over the same years, so part of the fall in exports is assembly moving into Russia.");
            }

            if (model is not null)
            {
                evidence.Add($"The tariff model predicts a {Format.Percent(model.PredictedChange)} change in imports from China by value; the value of car exports changed {Format.Percent(model.ObservedChange)}.");
            }

            return new Finding(Finding.Latest, $"{beforeYear}→{afterYear}", rule.Judge(excess), excess,
                $"Chinese car exports changed {Format.N1(excess)} points against Russia's market ({beforeYear}→{afterYear})", evidence);
        }

        return new ClaimAssessment(
            "tariffs-dampen", "03-tariffs",
            "New Russian tariffs on certain Chinese goods dampen the trade atmosphere.",
            rule,
            AtArticle(),
            Latest(),
            [
                "Cars are the Chinese goods Russia's recycling fee hits; other goods are not tested here.",
                "Credit costs and the market's own cycle moved at the same time; comparing with the whole market removes what hit all cars alike, not what hit imports only.",
                "Assembly of Chinese brands inside Russia replaces some imports: it lowers exports without lowering Chinese brands' presence.",
            ],
            [ChinaCarExports.Dataset, RussiaCarMarket.Dataset, RecyclingFee.Dataset]);
    }

    /// <summary>"China provides support to Russia by increasing the supply of Russian natural gas to its northeastern province of Heilongjiang."</summary>
    /// <param name="deliveriesBcm">Power of Siberia deliveries, bcm by year.</param>
    /// <param name="capacityBcmPerYear">Its design capacity, bcm per year.</param>
    /// <param name="baseYear">The year growth is measured from.</param>
    /// <param name="lastYear">The latest year judged.</param>
    /// <param name="articleDate">The article's moment, YYYY-MM-DD.</param>
    /// <param name="rule">The rule on growth since <paramref name="baseYear"/>, % (<see cref="Rules.GasGrowth"/>).</param>
    /// <param name="replacement">How much of Russia's lost European pipeline volume China replaced, for the evidence; may be null.</param>
    public static ClaimAssessment GasPurchases(Series<int, double> deliveriesBcm, double capacityBcmPerYear, int baseYear, int lastYear, string articleDate, ThresholdRule rule, ExportReplacement? replacement)
    {
        ArgumentNullException.ThrowIfNull(deliveriesBcm);
        ArgumentNullException.ThrowIfNull(rule);

        Finding At(string moment, int targetYear)
        {
            var year = YearIfPresent(deliveriesBcm, targetYear);
            if (!deliveriesBcm.TryGet(baseYear).HasValue || year is null || year <= baseYear)
            {
                return Finding.NotTestable(moment, $"Deliveries are not sourced for both {baseYear} and {targetYear}.");
            }

            var y = year.Value;
            var growth = 100 * ((deliveriesBcm[y] / deliveriesBcm[baseYear]) - 1);
            var evidence = new List<string>
            {
                $"Power of Siberia delivered {Format.N1(deliveriesBcm[baseYear])} bcm in {baseYear} and {Format.N1(deliveriesBcm[y])} bcm in {y}, {Format.Percent(GasDependency.Utilisation(deliveriesBcm[y], capacityBcmPerYear))} of its {Format.N0(capacityBcmPerYear)} bcm design capacity.",
            };
            if (replacement is not null && replacement.LaterYear <= y)
            {
                evidence.Add($"Between {replacement.BaseYear} and {replacement.LaterYear} Russia lost {Format.N1(replacement.LostEuropeanVolumeBcm)} bcm a year of pipeline sales to Europe and added {Format.N1(replacement.AddedChineseVolumeBcm)} bcm to China: {Format.Percent(replacement.FractionReplaced)} replaced.");
            }

            return new Finding(moment, $"{baseYear}→{y}", rule.Judge(growth), growth, $"deliveries {Format.N1(deliveriesBcm[baseYear])} → {Format.N1(deliveriesBcm[y])} bcm ({baseYear}→{y}, {Format.N1(growth)}%)", evidence);
        }

        return new ClaimAssessment(
            "gas-more", "04-gas",
            "China provides support to Russia by increasing the supply of Russian natural gas to its northeastern province of Heilongjiang.",
            rule,
            At(Finding.AtArticle, Math.Min(lastYear, LastFullYearBefore(articleDate))),
            At(Finding.Latest, lastYear),
            [
                "Prices in China are lower than Europe's were, so the revenue replaced is smaller than the volume replaced.",
                "Power of Siberia enters China in Heilongjiang but serves nine provinces; no sourced figure of Heilongjiang's own gas use was found.",
            ],
            [PowerOfSiberia.Dataset, FacilityCapacity.Dataset, RussiaGasExports.Dataset]);
    }
}
