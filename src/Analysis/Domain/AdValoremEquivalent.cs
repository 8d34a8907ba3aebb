namespace Analysis.Domain;

/// <summary>A specific (per-unit) charge in roubles expressed as an ad-valorem rate, with the inputs used.</summary>
/// <param name="FeeRub">The specific charge per unit, in roubles.</param>
/// <param name="AverageImportPriceUsd">The average customs value per unit, in US dollars.</param>
/// <param name="RubPerUsd">The exchange rate used, roubles per US dollar.</param>
/// <param name="AdValoremRate">FeeRub / (AverageImportPriceUsd · RubPerUsd), as a fraction (0.25 = 25 %).</param>
/// <remarks>Immutable. The exchange rate is carried so a reader can see which rate (and so which date) the rate depends on.</remarks>
public sealed record AdValoremEquivalent(double FeeRub, double AverageImportPriceUsd, double RubPerUsd, double AdValoremRate);
