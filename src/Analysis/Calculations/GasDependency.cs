using Analysis.Domain;

namespace Analysis.Calculations;

/// <summary>
/// Gas import dependency, supplier concentration and pipeline indicators. Volumes are in billion
/// cubic metres (bcm); shares and ratios are fractions.
/// </summary>
/// <remarks>
/// Sources: Eurostat energy import dependency (<c>nrg_ind_id</c>, metadata
/// https://ec.europa.eu/eurostat/cache/metadata/EN/nrg_ind_id_esms.htm); WITS "HH Market concentration
/// index"; European Commission SWD(2015) 243, <i>Monitoring progress towards the Energy Union objectives</i>
/// (supplier concentration index), and EC Occasional Paper 196 (2014). All members are pure.
/// </remarks>
public static class GasDependency
{
    /// <summary>Design capacity of the Power of Siberia pipeline, 38 bcm per year (Gazprom).</summary>
    public const double PowerOfSiberiaCapacityBcmPerYear = 38.0;

    /// <summary>Import dependency: the share of consumption met by net imports.</summary>
    /// <param name="importsBcm">Imports M, bcm, ≥ 0.</param>
    /// <param name="exportsBcm">Exports X, bcm, ≥ 0.</param>
    /// <param name="consumptionBcm">Gross available gas (consumption), bcm, &gt; 0.</param>
    /// <returns>ID = (M − X) / consumption, as a fraction.</returns>
    /// <remarks>
    /// <para>Formula: Eurostat <c>nrg_ind_id</c>, ID = (Imports − Exports) / Gross available energy, applied to
    /// natural gas.</para>
    /// <para>A <b>negative</b> value means a net exporter (e.g. Russia). A value <b>above 1</b> is possible and
    /// means net imports exceeded consumption: stocks were built up, or the statistics disagree.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN or infinite, a trade volume is negative, or consumption is ≤ 0.</exception>
    public static double ImportDependency(double importsBcm, double exportsBcm, double consumptionBcm)
    {
        Guard.NonNegative(importsBcm, nameof(importsBcm));
        Guard.NonNegative(exportsBcm, nameof(exportsBcm));
        Guard.Positive(consumptionBcm, nameof(consumptionBcm));
        return (importsBcm - exportsBcm) / consumptionBcm;
    }

    /// <summary>Each supplier's share of total imports.</summary>
    /// <param name="volumesBySupplier">Import volume by supplier code (e.g. ISO3 "RUS"), any one unit (bcm), each ≥ 0, at least one, total &gt; 0.</param>
    /// <returns>A new dictionary of s_p = V_p / Σ V, fractions summing to 1, with the same keys.</returns>
    /// <remarks>Formula: s_p = imports from p / total imports (WITS HHI; EC SWD(2015) 243).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="volumesBySupplier"/> is null.</exception>
    /// <exception cref="ArgumentException">The dictionary is empty, a supplier code is blank, or the total is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A volume is NaN, infinite or negative.</exception>
    public static IReadOnlyDictionary<string, double> SupplierShares(IReadOnlyDictionary<string, double> volumesBySupplier)
    {
        ArgumentNullException.ThrowIfNull(volumesBySupplier);
        if (volumesBySupplier.Count == 0)
        {
            throw new ArgumentException("At least one supplier is needed.", nameof(volumesBySupplier));
        }

        var total = 0.0;
        foreach (var (supplier, volume) in volumesBySupplier)
        {
            if (string.IsNullOrWhiteSpace(supplier))
            {
                throw new ArgumentException("A supplier code is blank.", nameof(volumesBySupplier));
            }

            if (!double.IsFinite(volume) || volume < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(volumesBySupplier), volume, $"The volume for supplier '{supplier}' must be a finite number ≥ 0, but was {Guard.Format(volume)}.");
            }

            total += volume;
        }

        if (total == 0)
        {
            throw new ArgumentException("The volumes sum to zero, so no shares can be formed.", nameof(volumesBySupplier));
        }

        return volumesBySupplier.ToDictionary(p => p.Key, p => p.Value / total);
    }

    /// <summary>Each supplier's share of total imports, for volumes keyed by supplier code in a Deedle series.</summary>
    /// <param name="volumesBySupplier">Import volume by supplier code, one unit, each ≥ 0, total &gt; 0.</param>
    /// <returns>s_p = V_p / Σ V by supplier, in the same order; see <see cref="SupplierShares(IReadOnlyDictionary{string, double})"/>.</returns>
    /// <exception cref="ArgumentException">The series is empty or sums to zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A volume is NaN, infinite or negative.</exception>
    public static Deedle.Series<string, double> SupplierShares(Deedle.Series<string, double> volumesBySupplier)
    {
        ArgumentNullException.ThrowIfNull(volumesBySupplier);
        var keys = volumesBySupplier.Keys.ToList();
        var shares = SupplierShares(volumesBySupplier.Observations.ToDictionary(o => o.Key, o => o.Value));
        return new Deedle.Series<string, double>(keys, keys.Select(k => shares[k]));
    }

    /// <summary>Import dependency by year, with exports taken as zero: imports ÷ consumption for the years with both.</summary>
    /// <param name="importsBcm">Imports by year, bcm.</param>
    /// <param name="consumptionBcm">Consumption by year, bcm, each &gt; 0.</param>
    /// <returns>ID = M / consumption by year, fractions (see <see cref="ImportDependency"/>).</returns>
    public static Deedle.Series<int, double> ImportDependencyByYear(Deedle.Series<int, double> importsBcm, Deedle.Series<int, double> consumptionBcm)
    {
        ArgumentNullException.ThrowIfNull(importsBcm);
        ArgumentNullException.ThrowIfNull(consumptionBcm);
        var years = importsBcm.Keys.Where(y => consumptionBcm.TryGet(y).HasValue).Order().ToList();
        return new Deedle.Series<int, double>(years, years.Select(y => ImportDependency(importsBcm[y], 0, consumptionBcm[y])));
    }

    /// <summary>Herfindahl–Hirschman index of supplier concentration, on fractions (0..1).</summary>
    /// <param name="shares">Supplier shares as fractions, each in [0, 1], summing to at most 1 (e.g. the values of <see cref="SupplierShares(IReadOnlyDictionary{string, double})"/>); at least one.</param>
    /// <returns>HHI = Σ s_p², in (0, 1]: 1 for a single supplier, 1/N for N equal suppliers.</returns>
    /// <remarks>
    /// <para>Formula: HHI = Σ_p s_p² (WITS "HH Market concentration index"; EC SWD(2015) 243).</para>
    /// <para>Convention: shares are fractions, so the result is on a 0–1 scale. Multiply by 10,000 for the
    /// percentage-point convention (shares in %, single supplier = 10,000) used by competition authorities.</para>
    /// <para>If the shares sum to less than 1 (an incomplete supplier list), the result is a lower bound.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no shares, or they sum to more than 1 (beyond a rounding allowance of 1e-9).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A share is NaN or outside [0, 1].</exception>
    public static double Hhi(IEnumerable<double> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var count = 0;
        var sum = 0.0;
        var sumOfSquares = 0.0;
        foreach (var share in shares)
        {
            Guard.Fraction(share, nameof(shares));
            count++;
            sum += share;
            sumOfSquares += share * share;
        }

        if (count == 0)
        {
            throw new ArgumentException("At least one share is needed.", nameof(shares));
        }

        if (sum > 1 + 1e-9)
        {
            throw new ArgumentException($"The shares sum to {Guard.Format(sum)}, but shares of one total cannot sum to more than 1.", nameof(shares));
        }

        return sumOfSquares;
    }

    /// <summary>Supplier concentration index: import dependency and supplier concentration in one number.</summary>
    /// <param name="importDependency">Import dependency ID as a fraction, ≥ 0 (see <see cref="ImportDependency"/>).</param>
    /// <param name="hhi">Supplier HHI on the 0–1 scale (see <see cref="Hhi"/>).</param>
    /// <returns>SCI = ID² · HHI, on the 0–1 scale when ID ≤ 1.</returns>
    /// <remarks>
    /// The EC's supplier concentration index is SCI = Σ_p (NI_p / GIC)², net imports from each partner over
    /// gross inland consumption (SWD(2015) 243; EC Occasional Paper 196). With s_p = NI_p / Σ NI and
    /// ID = Σ NI / GIC this equals ID² · Σ s_p² = ID² · HHI, which is what is computed here.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="importDependency"/> is NaN, infinite or negative (a net exporter has no import-supplier concentration), or <paramref name="hhi"/> is outside [0, 1].</exception>
    public static double SupplierConcentrationIndex(double importDependency, double hhi)
    {
        if (!double.IsFinite(importDependency) || importDependency < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(importDependency), importDependency, $"importDependency must be a finite number ≥ 0 (a net exporter has no import-supplier concentration), but was {Guard.Format(importDependency)}.");
        }

        Guard.Fraction(hhi, nameof(hhi));
        return importDependency * importDependency * hhi;
    }

    /// <summary>Russia's share among the suppliers.</summary>
    /// <param name="sharesBySupplier">Shares by supplier code, fractions in [0, 1] (e.g. from <see cref="SupplierShares(IReadOnlyDictionary{string, double})"/>).</param>
    /// <param name="russiaCode">The code Russia has in <paramref name="sharesBySupplier"/>; "RUS" (ISO 3166-1 alpha-3) by default.</param>
    /// <returns>The share for <paramref name="russiaCode"/>; 0 when Russia is not listed (the dictionary is taken to list every supplier).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="russiaCode"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Russia's share is NaN or outside [0, 1].</exception>
    public static double RussiaShare(IReadOnlyDictionary<string, double> sharesBySupplier, string russiaCode = "RUS")
    {
        ArgumentNullException.ThrowIfNull(sharesBySupplier);
        ArgumentException.ThrowIfNullOrWhiteSpace(russiaCode);
        return sharesBySupplier.TryGetValue(russiaCode, out var share)
            ? Guard.Fraction(share, nameof(sharesBySupplier))
            : 0.0;
    }

    /// <summary>Pipeline utilisation: deliveries over capacity.</summary>
    /// <param name="deliveriesBcm">Deliveries in the year, bcm, ≥ 0.</param>
    /// <param name="capacityBcmPerYear">Capacity, bcm per year, &gt; 0; Power of Siberia by default (<see cref="PowerOfSiberiaCapacityBcmPerYear"/> = 38).</param>
    /// <returns>deliveries / capacity, as a fraction; above 1 if deliveries exceeded nameplate capacity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN or infinite, deliveries are negative, or capacity is ≤ 0.</exception>
    public static double Utilisation(double deliveriesBcm, double capacityBcmPerYear = PowerOfSiberiaCapacityBcmPerYear)
    {
        Guard.NonNegative(deliveriesBcm, nameof(deliveriesBcm));
        Guard.Positive(capacityBcmPerYear, nameof(capacityBcmPerYear));
        return deliveriesBcm / capacityBcmPerYear;
    }

    /// <summary>
    /// How much of Russia's lost pipeline exports to Europe was replaced by added Power of Siberia
    /// deliveries to China between two years.
    /// </summary>
    /// <param name="baseYear">The earlier year.</param>
    /// <param name="laterYear">The later year, after <paramref name="baseYear"/>.</param>
    /// <param name="europeBaseYearBcm">Pipeline exports to Europe in the base year, bcm, ≥ 0.</param>
    /// <param name="europeLaterYearBcm">Pipeline exports to Europe in the later year, bcm, ≥ 0, below the base-year value.</param>
    /// <param name="chinaBaseYearBcm">Power of Siberia deliveries in the base year, bcm, ≥ 0.</param>
    /// <param name="chinaLaterYearBcm">Power of Siberia deliveries in the later year, bcm, ≥ 0.</param>
    /// <returns>Lost = Europe(base) − Europe(later); Added = China(later) − China(base); FractionReplaced = Added / Lost = ΔChina / −ΔEurope.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A volume is NaN, infinite or negative, or <paramref name="laterYear"/> is not after <paramref name="baseYear"/>.</exception>
    /// <exception cref="ArgumentException">Exports to Europe did not fall, so there is no loss to replace.</exception>
    public static ExportReplacement ReplacementOfLostEuropeanExports(
        int baseYear,
        int laterYear,
        double europeBaseYearBcm,
        double europeLaterYearBcm,
        double chinaBaseYearBcm,
        double chinaLaterYearBcm)
    {
        if (laterYear <= baseYear)
        {
            throw new ArgumentOutOfRangeException(nameof(laterYear), laterYear, $"laterYear must be after baseYear ({baseYear}), but was {laterYear}.");
        }

        Guard.NonNegative(europeBaseYearBcm, nameof(europeBaseYearBcm));
        Guard.NonNegative(europeLaterYearBcm, nameof(europeLaterYearBcm));
        Guard.NonNegative(chinaBaseYearBcm, nameof(chinaBaseYearBcm));
        Guard.NonNegative(chinaLaterYearBcm, nameof(chinaLaterYearBcm));

        var lost = europeBaseYearBcm - europeLaterYearBcm;
        if (lost <= 0)
        {
            throw new ArgumentException(
                $"Exports to Europe did not fall ({Guard.Format(europeBaseYearBcm)} bcm in {baseYear}, {Guard.Format(europeLaterYearBcm)} bcm in {laterYear}), so there is no loss to replace.",
                nameof(europeLaterYearBcm));
        }

        var added = chinaLaterYearBcm - chinaBaseYearBcm;
        return new ExportReplacement(baseYear, laterYear, lost, added, added / lost);
    }
}
