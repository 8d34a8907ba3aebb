using System.Globalization;
using Analysis.Calculations;
using Analysis.Domain;
using Analysis.Products.Codes;
using Analysis.Products.Engine;
using Deedle;

namespace Analysis.Products.Tariffs;

/// <summary>
/// The WITS SMART partial-equilibrium model applied to each HS6 line and summed by chapter and in total, the way
/// the WITS SMART tool simulates a tariff schedule: every line is a separate market with its own imports, tariffs
/// and elasticities, run through the single-line model (<see cref="TariffImpact.Estimate"/> by default).
/// </summary>
/// <remarks>
/// <para>Per line k: M = imports from the supplier, M_K = imports from all other exporters (both from the product
/// file, thousand USD → USD millions), t⁰ and t¹ = the ad-valorem tariff plus the ad-valorem equivalent of any
/// specific duty, η and σ = the line's own or the defaults. Specific duties: AVE = duty (USD per tonne) / unit value,
/// with unit value = 1000 · v / q (USD per tonne, v in thousand USD and q in tonnes) — the unit-value method WITS
/// and UNCTAD TRAINS use. A line with a specific duty but no quantity has no unit value: it is not modelled and
/// is listed in <see cref="LineTariffImpact.LinesWithoutQuantity"/>.</para>
/// <para>Sums: trade creation, diversion, total change, revenues and welfare add up over lines (each line is its own
/// market in SMART); the price effect is reported as the import-weighted mean of the lines'.</para>
/// <para>Source: WITS SMART online help ("Theoretical Framework", "SMART Input Requirements and Output Results");
/// Jammes &amp; Olarreaga (2005), <i>Explaining SMART and GSIM</i>, World Bank.</para>
/// </remarks>
public static class SmartByLine
{
    /// <summary>Runs the model on every line of <paramref name="tariffs"/> that the supplier sells.</summary>
    /// <param name="imports">Imports by line as <see cref="ProductTrade.ImportsByLine"/> returns them (columns hs6, imports_from_supplier_usd_thousands, quantity_from_supplier_tonnes, imports_from_others_usd_thousands).</param>
    /// <param name="tariffs">The tariff lines (<see cref="TariffLines.Read"/>).</param>
    /// <param name="defaultImportDemandElasticity">η for lines without their own, ≤ 0. WITS ships estimates per line (Kee, Nicita &amp; Olarreaga 2008); a single value is a simplification — see <see cref="Sensitivity"/>.</param>
    /// <param name="defaultSubstitutionElasticity">σ for lines without their own, ≥ 0 (SMART default 1.5).</param>
    /// <param name="exportSupplyElasticity">ε for every line (SMART default: infinite).</param>
    /// <param name="model">The single-line model; null = <see cref="TariffImpact.Estimate"/>. Any function with the same inputs and result (e.g. an exact constant-elasticity solution) plugs in.</param>
    /// <returns>
    /// Lines frame columns: hs6, hs_chapter, status, imports_from_supplier_usd_mn, imports_from_others_usd_mn,
    /// unit_value_usd_per_tonne, tariff_before, tariff_after (ad-valorem incl. equivalents, fractions),
    /// import_demand_elasticity, substitution_elasticity, trade_creation_usd_mn, trade_diversion_usd_mn,
    /// total_change_usd_mn, tariff_revenue_before_usd_mn, tariff_revenue_after_usd_mn, welfare_usd_mn.
    /// By-chapter frame (rows keyed by chapter "01" … ): hs_title, lines, imports_from_supplier_usd_mn,
    /// trade_creation_usd_mn, trade_diversion_usd_mn, total_change_usd_mn, total_change_percent,
    /// tariff_revenue_before_usd_mn, tariff_revenue_after_usd_mn, welfare_usd_mn.
    /// </returns>
    /// <exception cref="ArgumentException">A required column is missing from <paramref name="imports"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An elasticity has the wrong sign or is not finite.</exception>
    public static LineTariffImpact Estimate(
        Frame<int, string> imports,
        IReadOnlyList<TariffLine> tariffs,
        double defaultImportDemandElasticity,
        double defaultSubstitutionElasticity = TariffScenario.SmartDefaultSubstitutionElasticity,
        double exportSupplyElasticity = double.PositiveInfinity,
        Func<TariffScenario, TariffImpactResult>? model = null)
    {
        ArgumentNullException.ThrowIfNull(imports);
        ArgumentNullException.ThrowIfNull(tariffs);
        if (!double.IsFinite(defaultImportDemandElasticity) || defaultImportDemandElasticity > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(defaultImportDemandElasticity), defaultImportDemandElasticity, "The default import-demand elasticity must be a finite number ≤ 0.");
        }

        model ??= TariffImpact.Estimate;
        var flows = ReadImports(imports);
        var byHs6 = tariffs.ToDictionary(t => t.Hs6, StringComparer.Ordinal);
        var rows = new List<LineRow>();
        foreach (var flow in flows.Where(f => byHs6.ContainsKey(f.Hs6)))
        {
            var tariff = byHs6[flow.Hs6];
            var mSupplier = flow.SupplierUsdThousands / 1000;
            var mOthers = flow.OthersUsdThousands / 1000;
            double? unitValue = flow.QuantityTonnes is > 0 ? 1000 * flow.SupplierUsdThousands / flow.QuantityTonnes.Value : null;
            var eta = tariff.ImportDemandElasticity ?? defaultImportDemandElasticity;
            var sigma = tariff.SubstitutionElasticity ?? defaultSubstitutionElasticity;
            if (tariff.HasSpecificDuty && unitValue is null)
            {
                rows.Add(new LineRow(flow.Hs6, "not modelled: specific duty but no quantity, so no unit value", mSupplier, mOthers, null, double.NaN, double.NaN, eta, sigma, null));
                continue;
            }

            var t0 = tariff.TariffBefore + (tariff.SpecificBeforeUsdPerTonne > 0 ? tariff.SpecificBeforeUsdPerTonne / unitValue!.Value : 0);
            var t1 = tariff.TariffAfter + (tariff.SpecificAfterUsdPerTonne > 0 ? tariff.SpecificAfterUsdPerTonne / unitValue!.Value : 0);
            var result = model(new TariffScenario(mSupplier, mOthers, t0, t1, eta, exportSupplyElasticity, sigma));
            rows.Add(new LineRow(flow.Hs6, "modelled", mSupplier, mOthers, unitValue, t0, t1, eta, sigma, result));
        }

        var modelled = rows.Where(r => r.Result is not null).ToList();
        var importsModelled = modelled.Sum(r => r.SupplierUsdMillions);
        var total = Sum(modelled);
        var withoutQuantity = flows.Where(f => byHs6.ContainsKey(f.Hs6) && f.QuantityTonnes is not > 0).Select(f => f.Hs6).ToList();
        var sold = flows.Select(f => f.Hs6).ToHashSet(StringComparer.Ordinal);
        var notSold = tariffs.Select(t => t.Hs6).Where(h => !sold.Contains(h)).ToList();
        return new LineTariffImpact(LinesFrame(rows), ChapterFrame(modelled), total, importsModelled, withoutQuantity, notSold, defaultImportDemandElasticity);
    }

    /// <summary>
    /// The total effect for each default import-demand elasticity η (lines with their own η keep it): how much the
    /// answer depends on the one number the analyst is least sure of.
    /// </summary>
    /// <param name="imports">As for <see cref="Estimate"/>.</param>
    /// <param name="tariffs">As for <see cref="Estimate"/>.</param>
    /// <param name="importDemandElasticities">Default η values to try, each finite and ≤ 0.</param>
    /// <param name="defaultSubstitutionElasticity">σ for lines without their own.</param>
    /// <param name="model">The single-line model; null = <see cref="TariffImpact.Estimate"/>.</param>
    /// <returns>Rows 0, 1, … in the order given, columns import_demand_elasticity, trade_creation_usd_mn, trade_diversion_usd_mn, total_change_usd_mn, total_change_percent.</returns>
    public static Frame<int, string> Sensitivity(
        Frame<int, string> imports,
        IReadOnlyList<TariffLine> tariffs,
        IEnumerable<double> importDemandElasticities,
        double defaultSubstitutionElasticity = TariffScenario.SmartDefaultSubstitutionElasticity,
        Func<TariffScenario, TariffImpactResult>? model = null)
    {
        ArgumentNullException.ThrowIfNull(importDemandElasticities);
        var runs = importDemandElasticities.Select(eta => (Eta: eta, Impact: Estimate(imports, tariffs, eta, defaultSubstitutionElasticity, double.PositiveInfinity, model))).ToList();
        var keys = Enumerable.Range(0, runs.Count).ToArray();
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("import_demand_elasticity", new Series<int, double>(keys, runs.Select(r => r.Eta)));
        b.Add("trade_creation_usd_mn", new Series<int, double>(keys, runs.Select(r => r.Impact.Total.TradeCreationUsdMillions)));
        b.Add("trade_diversion_usd_mn", new Series<int, double>(keys, runs.Select(r => r.Impact.Total.TradeDiversionUsdMillions)));
        b.Add("total_change_usd_mn", new Series<int, double>(keys, runs.Select(r => r.Impact.Total.TotalChangeInImportsFromSupplierUsdMillions)));
        b.Add("total_change_percent", new Series<int, double>(keys, runs.Select(r => r.Impact.TotalChangePercent)));
        return b.Frame;
    }

    private sealed record ImportFlow(string Hs6, double SupplierUsdThousands, double? QuantityTonnes, double OthersUsdThousands);

    private sealed record LineRow(string Hs6, string Status, double SupplierUsdMillions, double OthersUsdMillions, double? UnitValueUsdPerTonne, double TariffBefore, double TariffAfter, double Eta, double Sigma, TariffImpactResult? Result)
    {
        public string Chapter => Hs6[..2];
    }

    private static List<ImportFlow> ReadImports(Frame<int, string> imports)
    {
        foreach (var column in new[] { ProductColumns.Hs6, ProductColumns.ImportsFromSupplierUsdThousands, ProductColumns.QuantityFromSupplierTonnes, ProductColumns.ImportsFromOthersUsdThousands })
        {
            if (!imports.ColumnKeys.Contains(column))
            {
                throw new ArgumentException($"The imports frame has no '{column}' column; pass the frame ProductTrade.ImportsByLine returns.", nameof(imports));
            }
        }

        var hs6 = imports.GetColumn<string>(ProductColumns.Hs6);
        var supplier = imports.GetColumn<double>(ProductColumns.ImportsFromSupplierUsdThousands);
        var quantity = imports.GetColumn<double>(ProductColumns.QuantityFromSupplierTonnes);
        var others = imports.GetColumn<double>(ProductColumns.ImportsFromOthersUsdThousands);
        return imports.RowKeys.Select(k => new ImportFlow(hs6.Get(k), supplier.Get(k), quantity.TryGet(k).HasValue ? quantity.Get(k) : null, others.Get(k))).ToList();
    }

    private static TariffImpactResult Sum(IReadOnlyList<LineRow> rows)
    {
        var imports = rows.Sum(r => r.SupplierUsdMillions);
        return new TariffImpactResult(
            rows.Sum(r => r.Result!.TradeCreationUsdMillions),
            rows.Sum(r => r.Result!.TradeDiversionUsdMillions),
            rows.Sum(r => r.Result!.TotalChangeInImportsFromSupplierUsdMillions),
            imports == 0 ? 0 : rows.Sum(r => r.Result!.PriceEffect * r.SupplierUsdMillions) / imports,
            rows.Sum(r => r.Result!.TariffRevenueBeforeUsdMillions),
            rows.Sum(r => r.Result!.TariffRevenueAfterUsdMillions),
            rows.Sum(r => r.Result!.ConsumerSurplusChangeUsdMillions),
            rows.Sum(r => r.Result!.DeadweightLossChangeUsdMillions));
    }

    private static Frame<int, string> LinesFrame(List<LineRow> rows)
    {
        var keys = Enumerable.Range(0, rows.Count).ToArray();
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("hs6", new Series<int, string>(keys, rows.Select(r => r.Hs6)));
        b.Add("hs_chapter", new Series<int, string>(keys, rows.Select(r => r.Chapter)));
        b.Add("status", new Series<int, string>(keys, rows.Select(r => r.Status)));
        b.Add("imports_from_supplier_usd_mn", new Series<int, double>(keys, rows.Select(r => r.SupplierUsdMillions)));
        b.Add("imports_from_others_usd_mn", new Series<int, double>(keys, rows.Select(r => r.OthersUsdMillions)));
        b.Add("unit_value_usd_per_tonne", FrameColumns.Optional(keys, rows.Select(r => r.UnitValueUsdPerTonne)));
        b.Add("tariff_before", FrameColumns.Optional(keys, rows.Select(r => r.Result is null ? null : (double?)r.TariffBefore)));
        b.Add("tariff_after", FrameColumns.Optional(keys, rows.Select(r => r.Result is null ? null : (double?)r.TariffAfter)));
        b.Add("import_demand_elasticity", new Series<int, double>(keys, rows.Select(r => r.Eta)));
        b.Add("substitution_elasticity", new Series<int, double>(keys, rows.Select(r => r.Sigma)));
        b.Add("trade_creation_usd_mn", FrameColumns.Optional(keys, rows.Select(r => r.Result?.TradeCreationUsdMillions)));
        b.Add("trade_diversion_usd_mn", FrameColumns.Optional(keys, rows.Select(r => r.Result?.TradeDiversionUsdMillions)));
        b.Add("total_change_usd_mn", FrameColumns.Optional(keys, rows.Select(r => r.Result?.TotalChangeInImportsFromSupplierUsdMillions)));
        b.Add("tariff_revenue_before_usd_mn", FrameColumns.Optional(keys, rows.Select(r => r.Result?.TariffRevenueBeforeUsdMillions)));
        b.Add("tariff_revenue_after_usd_mn", FrameColumns.Optional(keys, rows.Select(r => r.Result?.TariffRevenueAfterUsdMillions)));
        b.Add("consumer_surplus_change_usd_mn", FrameColumns.Optional(keys, rows.Select(r => r.Result?.ConsumerSurplusChangeUsdMillions)));
        b.Add("deadweight_loss_change_usd_mn", FrameColumns.Optional(keys, rows.Select(r => r.Result?.DeadweightLossChangeUsdMillions)));
        return b.Frame;
    }

    private static Frame<string, string> ChapterFrame(List<LineRow> modelled)
    {
        var groups = modelled.GroupBy(r => r.Chapter).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var keys = groups.Select(g => g.Key).ToArray();
        var sums = groups.Select(g => Sum(g.ToList())).ToList();
        var imports = groups.Select(g => g.Sum(r => r.SupplierUsdMillions)).ToList();
        var b = new FrameBuilder.Columns<string, string>();
        b.Add("hs_title", new Series<string, string>(keys, keys.Select(k => HsNomenclature.Chapter(int.Parse(k, CultureInfo.InvariantCulture))?.Title ?? "not an HS chapter")));
        b.Add("lines", new Series<string, int>(keys, groups.Select(g => g.Count())));
        b.Add("imports_from_supplier_usd_mn", new Series<string, double>(keys, imports));
        b.Add("trade_creation_usd_mn", new Series<string, double>(keys, sums.Select(s => s.TradeCreationUsdMillions)));
        b.Add("trade_diversion_usd_mn", new Series<string, double>(keys, sums.Select(s => s.TradeDiversionUsdMillions)));
        b.Add("total_change_usd_mn", new Series<string, double>(keys, sums.Select(s => s.TotalChangeInImportsFromSupplierUsdMillions)));
        b.Add("total_change_percent", new Series<string, double>(keys, sums.Select((s, i) => 100 * s.TotalChangeInImportsFromSupplierUsdMillions / imports[i])));
        b.Add("tariff_revenue_before_usd_mn", new Series<string, double>(keys, sums.Select(s => s.TariffRevenueBeforeUsdMillions)));
        b.Add("tariff_revenue_after_usd_mn", new Series<string, double>(keys, sums.Select(s => s.TariffRevenueAfterUsdMillions)));
        b.Add("consumer_surplus_change_usd_mn", new Series<string, double>(keys, sums.Select(s => s.ConsumerSurplusChangeUsdMillions)));
        b.Add("deadweight_loss_change_usd_mn", new Series<string, double>(keys, sums.Select(s => s.DeadweightLossChangeUsdMillions)));
        return b.Frame;
    }
}
