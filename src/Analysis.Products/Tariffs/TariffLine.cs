namespace Analysis.Products.Tariffs;

/// <summary>
/// The importer's tariff on one HS6 line before and after a change, and the line's elasticities, as the analyst
/// supplies them (see <see cref="TariffLines.Read"/>).
/// </summary>
/// <param name="Hs6">The product, 6 digits.</param>
/// <param name="TariffBefore">Ad-valorem tariff before, as a fraction (0.15 = 15 %), ≥ 0.</param>
/// <param name="TariffAfter">Ad-valorem tariff after, as a fraction, ≥ 0.</param>
/// <param name="SpecificBeforeUsdPerTonne">Specific duty before, US dollars per tonne, ≥ 0 (0 = none); turned into an ad-valorem equivalent from the line's unit value.</param>
/// <param name="SpecificAfterUsdPerTonne">Specific duty after, US dollars per tonne, ≥ 0.</param>
/// <param name="ImportDemandElasticity">The line's η (≤ 0), or null to use the default passed to the model.</param>
/// <param name="SubstitutionElasticity">The line's σ (≥ 0), or null to use the default.</param>
public sealed record TariffLine(
    string Hs6,
    double TariffBefore,
    double TariffAfter,
    double SpecificBeforeUsdPerTonne = 0,
    double SpecificAfterUsdPerTonne = 0,
    double? ImportDemandElasticity = null,
    double? SubstitutionElasticity = null)
{
    /// <summary>Whether the line has a specific (per-tonne) duty before or after.</summary>
    public bool HasSpecificDuty => SpecificBeforeUsdPerTonne > 0 || SpecificAfterUsdPerTonne > 0;
}
