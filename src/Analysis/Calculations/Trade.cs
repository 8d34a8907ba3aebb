using Analysis.Domain;
using Deedle;

namespace Analysis.Calculations;

/// <summary>
/// Trade indicators over year-keyed series (key = calendar year; values in USD billions unless a
/// member says otherwise).
/// </summary>
/// <remarks>
/// <para><b>Missing years stay missing.</b> A result has a value only for the years present in every
/// input; nothing is zero-filled or interpolated. A NaN value in a Deedle <c>Series&lt;int,double&gt;</c>
/// is a missing value, so it is treated the same way as an absent year.</para>
/// <para>All members are pure: inputs are never mutated and results are new series, ordered by year.</para>
/// <para>Sources: WITS "Trade Outcomes" indicator help
/// (http://wits.worldbank.org/WITS/WITS/TradeIndicatorsHelp/TradeOutcomes_Help.htm) and WITS
/// TradeIndicators.htm; ITC Trade Performance Index, indicator G5 "relative trade balance".</para>
/// </remarks>
public static class Trade
{
    /// <summary>Trade balance, exports minus imports, for each year present in both series.</summary>
    /// <param name="exportsUsdBillions">Exports X by year, USD bn, each ≥ 0.</param>
    /// <param name="importsUsdBillions">Imports M by year, USD bn, each ≥ 0.</param>
    /// <returns>TB = X − M by year, USD bn (negative for a deficit).</returns>
    /// <remarks>Formula: TB_ij = X_ij − M_ij (WITS, "Exports, Imports, and Trade Balance").</remarks>
    /// <exception cref="ArgumentNullException">Either series is null.</exception>
    /// <exception cref="ArgumentException">A value is negative or infinite (the message names the year).</exception>
    public static Series<int, double> Balance(Series<int, double> exportsUsdBillions, Series<int, double> importsUsdBillions) =>
        Combine(
            NonNegativeValues(exportsUsdBillions, nameof(exportsUsdBillions)),
            NonNegativeValues(importsUsdBillions, nameof(importsUsdBillions)),
            (_, x, m) => x - m);

    /// <summary>Trade turnover, exports plus imports, for each year present in both series.</summary>
    /// <param name="exportsUsdBillions">Exports X by year, USD bn, each ≥ 0.</param>
    /// <param name="importsUsdBillions">Imports M by year, USD bn, each ≥ 0.</param>
    /// <returns>X + M by year, USD bn.</returns>
    /// <remarks>Formula: X_ij + M_ij, the numerator of the WITS bilateral trade share.</remarks>
    /// <exception cref="ArgumentNullException">Either series is null.</exception>
    /// <exception cref="ArgumentException">A value is negative or infinite (the message names the year).</exception>
    public static Series<int, double> Turnover(Series<int, double> exportsUsdBillions, Series<int, double> importsUsdBillions) =>
        Combine(
            NonNegativeValues(exportsUsdBillions, nameof(exportsUsdBillions)),
            NonNegativeValues(importsUsdBillions, nameof(importsUsdBillions)),
            (_, x, m) => x + m);

    /// <summary>Normalised (relative) trade balance, in [−1, 1].</summary>
    /// <param name="exportsUsdBillions">Exports X by year, USD bn, each ≥ 0.</param>
    /// <param name="importsUsdBillions">Imports M by year, USD bn, each ≥ 0.</param>
    /// <returns>(X − M)/(X + M) by year, unitless: −1 = imports only, +1 = exports only.</returns>
    /// <remarks>Formula: (X_ij − M_ij)/(X_ij + M_ij) (ITC Trade Performance Index, G5 "relative trade balance").</remarks>
    /// <exception cref="ArgumentNullException">Either series is null.</exception>
    /// <exception cref="ArgumentException">A value is negative or infinite, or X + M = 0 in a year (the message names the year).</exception>
    public static Series<int, double> NormalisedBalance(Series<int, double> exportsUsdBillions, Series<int, double> importsUsdBillions) =>
        Combine(
            NonNegativeValues(exportsUsdBillions, nameof(exportsUsdBillions)),
            NonNegativeValues(importsUsdBillions, nameof(importsUsdBillions)),
            (year, x, m) => x + m == 0
                ? throw new ArgumentException($"Exports and imports are both zero in {year}, so the normalised balance is undefined.", nameof(exportsUsdBillions))
                : (x - m) / (x + m));

    /// <summary>Year-on-year growth, as a fraction (0.1 = +10 %).</summary>
    /// <param name="series">Values by year; every value used as a base (previous year) must be &gt; 0.</param>
    /// <returns>
    /// g_t = V_t / V_(t−1) − 1 for every year t whose previous calendar year t − 1 is present. The first
    /// year, and any year after a gap, gets no value.
    /// </returns>
    /// <remarks>Formula: g_t = (V_t − V_(t−1)) / V_(t−1) (WITS trade-growth indicators).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is infinite, or a base-year value is ≤ 0 (growth from it is undefined; the message names the year).</exception>
    public static Series<int, double> GrowthYearOnYear(Series<int, double> series)
    {
        var values = FiniteValues(series, nameof(series));
        var byYear = values.ToDictionary(p => p.Year, p => p.Value);
        var growth = new List<(int Year, double Value)>();
        foreach (var (year, value) in values)
        {
            if (!byYear.TryGetValue(year - 1, out var previous))
            {
                continue;
            }

            if (previous <= 0)
            {
                throw new ArgumentException($"Growth into {year} is undefined: the {year - 1} value is {Guard.Format(previous)}, but a base value must be > 0.", nameof(series));
            }

            growth.Add((year, value / previous - 1));
        }

        return ToSeries(growth);
    }

    /// <summary>Compound annual growth rate between two years, as a fraction per year.</summary>
    /// <param name="series">Values by year.</param>
    /// <param name="fromYear">First year; its value must be &gt; 0.</param>
    /// <param name="toYear">Last year, later than <paramref name="fromYear"/>; its value must be &gt; 0.</param>
    /// <returns>CAGR = (V_to / V_from)^(1/(to − from)) − 1.</returns>
    /// <remarks>Standard compound-growth definition (as used in WITS/ITC growth indicators). Years between the two are not used.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toYear"/> is not after <paramref name="fromYear"/>.</exception>
    /// <exception cref="ArgumentException">Either year is missing from the series, or its value is ≤ 0 or infinite.</exception>
    public static double Cagr(Series<int, double> series, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (toYear <= fromYear)
        {
            throw new ArgumentOutOfRangeException(nameof(toYear), toYear, $"toYear must be after fromYear ({fromYear}), but was {toYear}.");
        }

        var from = RequiredPositive(series, fromYear, nameof(fromYear));
        var to = RequiredPositive(series, toYear, nameof(toYear));
        return Math.Pow(to / from, 1.0 / (toYear - fromYear)) - 1;
    }

    /// <summary>Compound annual growth rate of every column of a year-keyed frame that has a value in both years.</summary>
    /// <param name="byPartner">Values by year (rows) and partner (columns), each column as <see cref="Cagr"/> takes it.</param>
    /// <param name="fromYear">First year.</param>
    /// <param name="toYear">Last year, later than <paramref name="fromYear"/>.</param>
    /// <returns>CAGR by column key, as fractions, for the columns with values &gt; 0 in both years (the others are left out, not guessed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="byPartner"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toYear"/> is not after <paramref name="fromYear"/>.</exception>
    public static Series<string, double> CagrByColumn(Frame<int, string> byPartner, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(byPartner);
        if (toYear <= fromYear)
        {
            throw new ArgumentOutOfRangeException(nameof(toYear), toYear, $"toYear must be after fromYear ({fromYear}), but was {toYear}.");
        }

        var keys = new List<string>();
        var values = new List<double>();
        foreach (var column in byPartner.ColumnKeys)
        {
            var series = byPartner.GetColumn<double>(column);
            var from = series.TryGet(fromYear);
            var to = series.TryGet(toYear);
            if (from.HasValue && to.HasValue && from.Value > 0 && to.Value > 0)
            {
                keys.Add(column);
                values.Add(Cagr(series, fromYear, toYear));
            }
        }

        return new Series<string, double>(keys, values);
    }

    /// <summary>The sum of several columns of a year-keyed frame, for the years where every one of them has a value.</summary>
    /// <param name="byPartner">Values by year (rows) and partner (columns), one unit throughout.</param>
    /// <param name="columns">The columns to add (e.g. <c>USA</c> and <c>EU</c> for "the West"), at least one.</param>
    /// <returns>Σ columns by year; a year missing from any column is missing from the result (never a partial sum).</returns>
    /// <exception cref="ArgumentException">No column is given, or a column is not in the frame (the message lists the frame's columns).</exception>
    public static Series<int, double> Sum(Frame<int, string> byPartner, IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(byPartner);
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one column is needed.", nameof(columns));
        }

        Series<int, double>? total = null;
        foreach (var c in list)
        {
            if (!byPartner.ColumnKeys.Contains(c))
            {
                throw new ArgumentException($"The frame has no column '{c}'. Columns: {string.Join(", ", byPartner.ColumnKeys)}.", nameof(columns));
            }

            var values = FiniteValues(byPartner.GetColumn<double>(c), nameof(byPartner));
            var series = ToSeries(values);
            total = total is null ? series : Combine(FiniteValues(total, nameof(byPartner)), values, (_, a, b) => a + b);
        }

        return total!;
    }

    /// <summary>Share of a part in a total, as a fraction, for each year present in both series.</summary>
    /// <param name="part">The part by year (e.g. trade with one partner), each ≥ 0.</param>
    /// <param name="total">The total by year (e.g. trade with the world), each &gt; 0, same unit as <paramref name="part"/>.</param>
    /// <returns>part / total by year. It is not capped at 1: a value above 1 signals inconsistent inputs (e.g. different sources or rounding).</returns>
    /// <remarks>Formula: x_ij / X_i (WITS "Share of Market in Total Exports"; bilateral trade share (X_ij + M_ij)/(X_i + M_i) when given turnovers).</remarks>
    /// <exception cref="ArgumentNullException">Either series is null.</exception>
    /// <exception cref="ArgumentException">A part is negative or infinite, or a total is ≤ 0 or infinite (the message names the year).</exception>
    public static Series<int, double> Share(Series<int, double> part, Series<int, double> total)
    {
        var parts = NonNegativeValues(part, nameof(part));
        var totals = FiniteValues(total, nameof(total));
        return Combine(parts, totals, (year, p, t) => t <= 0
            ? throw new ArgumentException($"The total in {year} is {Guard.Format(t)}, but it must be > 0.", nameof(total))
            : p / t);
    }

    /// <summary>Ratio of two series, for each year present in both.</summary>
    /// <param name="numerator">Numerator by year.</param>
    /// <param name="denominator">Denominator by year, never zero.</param>
    /// <returns>numerator / denominator by year, unitless when both have the same unit.</returns>
    /// <remarks>Formula: a_t / b_t. Negative values are allowed (e.g. a ratio of balances).</remarks>
    /// <exception cref="ArgumentNullException">Either series is null.</exception>
    /// <exception cref="ArgumentException">A value is infinite, or the denominator is zero in a year (the message names the year).</exception>
    public static Series<int, double> Ratio(Series<int, double> numerator, Series<int, double> denominator) =>
        Combine(
            FiniteValues(numerator, nameof(numerator)),
            FiniteValues(denominator, nameof(denominator)),
            (year, a, b) => b == 0
                ? throw new ArgumentException($"The denominator is zero in {year}.", nameof(denominator))
                : a / b);

    /// <summary>Index with the base year = 100.</summary>
    /// <param name="series">Values by year.</param>
    /// <param name="baseYear">The year set to 100; it must be present with a non-zero value.</param>
    /// <returns>I_t = 100 · V_t / V_base by year.</returns>
    /// <remarks>Standard fixed-base index (as in WITS/UNCTAD trade value indices).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is infinite, or the base year is missing or its value is zero.</exception>
    public static Series<int, double> Rebase(Series<int, double> series, int baseYear)
    {
        var values = FiniteValues(series, nameof(series));
        var baseValue = values.Where(p => p.Year == baseYear).Select(p => (double?)p.Value).FirstOrDefault()
            ?? throw new ArgumentException($"The base year {baseYear} has no value in the series.", nameof(baseYear));
        if (baseValue == 0)
        {
            throw new ArgumentException($"The base year {baseYear} has the value zero, so no index can be formed.", nameof(baseYear));
        }

        return ToSeries(values.Select(p => (p.Year, 100 * p.Value / baseValue)));
    }

    /// <summary>
    /// Pairs, year by year, Russia's share of China's trade with China's share of Russia's trade, and
    /// their ratio (<see cref="TradeDependenceAsymmetry.AsymmetryRatio"/>).
    /// </summary>
    /// <param name="russiaShareOfChinaTrade">Russia's share of China's total trade by year, fractions in (0, 1].</param>
    /// <param name="chinaShareOfRussiaTrade">China's share of Russia's total trade by year, fractions in [0, 1].</param>
    /// <returns>One record per year present in both series, ordered by year.</returns>
    /// <remarks>
    /// Shares are bilateral trade shares (X_ij + M_ij)/(X_i + M_i) (WITS); compute them with
    /// <see cref="Share"/>. Ratio = ChinaShareOfRussiaTrade / RussiaShareOfChinaTrade.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Either series is null.</exception>
    /// <exception cref="ArgumentException">A share is outside [0, 1], or Russia's share of China's trade is zero (the ratio would be undefined).</exception>
    public static IReadOnlyList<TradeDependenceAsymmetry> DependenceAsymmetry(
        Series<int, double> russiaShareOfChinaTrade,
        Series<int, double> chinaShareOfRussiaTrade)
    {
        var russia = FractionValues(russiaShareOfChinaTrade, nameof(russiaShareOfChinaTrade));
        var china = FractionValues(chinaShareOfRussiaTrade, nameof(chinaShareOfRussiaTrade));
        var chinaByYear = china.ToDictionary(p => p.Year, p => p.Value);
        var result = new List<TradeDependenceAsymmetry>();
        foreach (var (year, r) in russia)
        {
            if (!chinaByYear.TryGetValue(year, out var c))
            {
                continue;
            }

            if (r == 0)
            {
                throw new ArgumentException($"Russia's share of China's trade is zero in {year}, so the asymmetry ratio is undefined.", nameof(russiaShareOfChinaTrade));
            }

            result.Add(new TradeDependenceAsymmetry(year, r, c));
        }

        return result;
    }

    private static Series<int, double> Combine(
        IReadOnlyList<(int Year, double Value)> left,
        IReadOnlyList<(int Year, double Value)> right,
        Func<int, double, double, double> combine)
    {
        var rightByYear = right.ToDictionary(p => p.Year, p => p.Value);
        var result = new List<(int Year, double Value)>();
        foreach (var (year, a) in left)
        {
            if (rightByYear.TryGetValue(year, out var b))
            {
                result.Add((year, combine(year, a, b)));
            }
        }

        return ToSeries(result);
    }

    /// <summary>The present (non-missing) observations, ordered by year; infinite values are rejected.</summary>
    private static List<(int Year, double Value)> FiniteValues(Series<int, double> series, string paramName)
    {
        ArgumentNullException.ThrowIfNull(series, paramName);
        var values = new List<(int Year, double Value)>();
        foreach (var observation in series.Observations)
        {
            if (!double.IsFinite(observation.Value))
            {
                throw new ArgumentException($"{paramName} has the non-finite value {Guard.Format(observation.Value)} in {observation.Key}.", paramName);
            }

            values.Add((observation.Key, observation.Value));
        }

        values.Sort((a, b) => a.Year.CompareTo(b.Year));
        return values;
    }

    private static List<(int Year, double Value)> NonNegativeValues(Series<int, double> series, string paramName)
    {
        var values = FiniteValues(series, paramName);
        foreach (var (year, value) in values)
        {
            if (value < 0)
            {
                throw new ArgumentException($"{paramName} has the negative value {Guard.Format(value)} in {year}; trade values must be ≥ 0.", paramName);
            }
        }

        return values;
    }

    private static List<(int Year, double Value)> FractionValues(Series<int, double> series, string paramName)
    {
        var values = FiniteValues(series, paramName);
        foreach (var (year, value) in values)
        {
            if (value is < 0 or > 1)
            {
                throw new ArgumentException($"{paramName} has the value {Guard.Format(value)} in {year}; a share must be a fraction in [0, 1].", paramName);
            }
        }

        return values;
    }

    private static double RequiredPositive(Series<int, double> series, int year, string paramName)
    {
        var value = series.TryGet(year);
        if (!value.HasValue)
        {
            throw new ArgumentException($"The series has no value for {year}.", paramName);
        }

        if (!double.IsFinite(value.Value) || value.Value <= 0)
        {
            throw new ArgumentException($"The value for {year} is {Guard.Format(value.Value)}, but compound growth needs values > 0.", paramName);
        }

        return value.Value;
    }

    private static Series<int, double> ToSeries(IEnumerable<(int Year, double Value)> points)
    {
        var ordered = points.OrderBy(p => p.Year).ToList();
        return new Series<int, double>(ordered.Select(p => p.Year), ordered.Select(p => p.Value));
    }
}
