using Analysis.Domain;

namespace Analysis.Calculations;

/// <summary>Builds <see cref="TariffScenario"/>s from the figures the data publishes.</summary>
public static class TariffScenarios
{
    /// <summary>
    /// A scenario in which the other suppliers are sized from the supplier's published share of the
    /// market's imports: M_K = M_k · (1 − s) / s.
    /// </summary>
    /// <param name="importsFromSupplierUsdMillions">Imports from the supplier before the change, USD mn, &gt; 0.</param>
    /// <param name="supplierShareOfImports">The supplier's share of the market's imports, a fraction in (0, 1].</param>
    /// <param name="tariffBefore">Ad-valorem tariff before, fraction.</param>
    /// <param name="tariffAfter">Ad-valorem tariff after, fraction.</param>
    /// <param name="importDemandElasticity">η ≤ 0.</param>
    /// <param name="substitutionElasticity">σ ≥ 0.</param>
    /// <param name="exportSupplyElasticity">ε &gt; 0; infinite by default (SMART's 99).</param>
    /// <exception cref="ArgumentOutOfRangeException">The share is not in (0, 1], or a scenario input is invalid (see <see cref="TariffScenario"/>).</exception>
    public static TariffScenario FromSupplierShare(
        double importsFromSupplierUsdMillions,
        double supplierShareOfImports,
        double tariffBefore,
        double tariffAfter,
        double importDemandElasticity,
        double substitutionElasticity,
        double exportSupplyElasticity = double.PositiveInfinity)
    {
        if (!(supplierShareOfImports > 0 && supplierShareOfImports <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(supplierShareOfImports), supplierShareOfImports, $"supplierShareOfImports must be a fraction in (0, 1], but was {Guard.Format(supplierShareOfImports)}.");
        }

        var others = importsFromSupplierUsdMillions * (1 - supplierShareOfImports) / supplierShareOfImports;
        return new TariffScenario(importsFromSupplierUsdMillions, others, tariffBefore, tariffAfter, importDemandElasticity, exportSupplyElasticity, substitutionElasticity);
    }
}
