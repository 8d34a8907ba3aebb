using Analysis.Calculations;
using Analysis.Charts;
using Analysis.Data;
using Analysis.Domain;
using Deedle;
using Plotly.NET;

namespace Analysis.Story;

/// <summary>The inputs of the car-fee scenario and where each came from.</summary>
/// <param name="FeeBeforeRub">Recycling fee before the change, RUB per car.</param>
/// <param name="FeeBeforeDate">Date that fee took effect.</param>
/// <param name="FeeAfterRub">Fee after the change, RUB per car.</param>
/// <param name="FeeAfterDate">Date that fee took effect.</param>
/// <param name="AveragePriceUsd">Average customs value of a Chinese car exported to Russia, USD (value ÷ units).</param>
/// <param name="PricePeriod">Period the average price is computed over.</param>
/// <param name="RubPerUsd">Exchange rate used, RUB per USD (annual average).</param>
/// <param name="RubPerUsdYear">Year of that average.</param>
/// <param name="ImportsFromChinaUsdMillions">Chinese passenger-car exports to Russia in the base year, USD mn.</param>
/// <param name="ChinaShareOfCarImports">China's published share of Russia's car imports (fraction), used to size the other suppliers.</param>
/// <param name="Scenario">The resulting SMART scenario.</param>
public sealed record CarFeeScenario(
    double FeeBeforeRub, DateOnly FeeBeforeDate, double FeeAfterRub, DateOnly FeeAfterDate,
    double AveragePriceUsd, string PricePeriod, double RubPerUsd, int RubPerUsdYear,
    double ImportsFromChinaUsdMillions, double ChinaShareOfCarImports, TariffScenario Scenario);

/// <summary>
/// Notebook 03, tariffs: Russia's car recycling fee, Chinese car exports to Russia, a WITS SMART
/// partial-equilibrium estimate of the fee increases, its sensitivity, and model against observed.
/// </summary>
public static class TariffStory
{
    /// <summary>The fee category of a typical Chinese car: new (up to 3 years), 1–2 litres, imported commercially.</summary>
    public const string TypicalCategory = "passenger_new_1000_2000cc_commercial";

    private const string FeeSource = "Government decrees as reported by Kommersant, Vedomosti, the Moscow Times and others; dataset russia-recycling-fee";
    private const string CarSource = "China customs (GACC) via TASS, Vedomosti and others; dataset china-car-exports-russia";

    /// <summary>The fee schedule of <paramref name="category"/>: RUB per car by effective date (scheduled future values included).</summary>
    public static Series<DateOnly, double> FeeSchedule(DataCatalog catalog, string category = TypicalCategory)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var schedule = Rows.ByDate(catalog.Load(Datasets.RussiaRecyclingFee), "effective_date", "fee_rub", new Where("category", category));
        return schedule.KeyCount > 0 ? schedule : throw new ArgumentException($"No recycling-fee rows for category '{category}'.", nameof(category));
    }

    /// <summary>The fee schedule as a step chart, thousand RUB per car; fees taking effect after <paramref name="scheduledAfterYear"/> are drawn dashed as scheduled.</summary>
    public static GenericChart FeeScheduleChart(DataCatalog catalog, int scheduledAfterYear)
    {
        var points = FeeSchedule(catalog).Observations.Select(o => (Date: o.Key, Point: (Dates.DecimalYear(o.Key), o.Value / 1000.0))).ToList();
        var inForce = points.Where(p => p.Date.Year <= scheduledAfterYear).Select(p => p.Point).ToList();
        var scheduled = points.Where(p => p.Date.Year > scheduledAfterYear).Select(p => p.Point).ToList();
        var series = new List<ChartSeries> { new("RUS", "In force (commercial import, new car, 1–2 l)", inForce, Stepped: true) };
        if (scheduled.Count > 0)
        {
            series.Add(new ChartSeries("WLD", "Scheduled", inForce.TakeLast(1).Concat(scheduled).ToList(), Stepped: true, Dashed: true));
        }

        return HouseCharts.YearLines("Russia's recycling fee on a new 1–2 litre imported car (thousand RUB per car)", "Thousand RUB per car", FeeSource, series);
    }

    /// <summary>Full-year Chinese passenger-car exports to Russia: units, USD bn and the average value per car (USD) where both are published.</summary>
    public static Frame<int, string> CarExports(DataCatalog catalog)
    {
        var units = FullYears(catalog, "units");
        var usd = FullYears(catalog, "usd_bn");
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("units", units);
        b.Add("value_usd_bn", usd);
        b.Add("average_value_usd", Trade.Ratio(usd * 1e9, units));
        return b.Frame.SortRowsByKey();
    }

    /// <summary>Chinese passenger-car exports to Russia (USD bn) next to Chinese brands' share of Russia's new-car market (%).</summary>
    public static GenericChart CarExportsChart(DataCatalog catalog)
    {
        var usd = FullYears(catalog, "usd_bn");
        var share = MarketFullYears(catalog, "chinese_brands_share", "percent");
        return HouseCharts.YearColumns("Chinese cars in Russia: exports (USD bn) and Chinese brands' market share (%)", "USD bn  |  % of new-car sales",
            CarSource + "; Autostat via agencies (russia-car-market)",
            [
                ChartSeries.FromYears("CHN", "China's car exports to Russia (USD bn)", usd),
                ChartSeries.FromYears("RUS", "Chinese brands' share of Russia's new-car sales (%)", share),
            ]);
    }

    /// <summary>
    /// Builds the SMART scenario for a fee change from the data: the fee before and after in
    /// <see cref="TypicalCategory"/> as ad-valorem equivalents on the latest average car price, the
    /// base-year imports from China, and the other suppliers sized from China's published import share.
    /// </summary>
    /// <param name="catalog">The data.</param>
    /// <param name="feeBeforeDate">Effective date of the fee before the change.</param>
    /// <param name="feeAfterDate">Effective date of the fee after the change.</param>
    /// <param name="baseYear">Year of the imports the change applies to.</param>
    /// <param name="importDemandElasticity">η, ≤ 0 (an assumption: no sourced value for cars in Russia).</param>
    /// <param name="substitutionElasticity">σ, ≥ 0 (SMART default 1.5).</param>
    /// <exception cref="ArgumentException">A needed figure is not in the data.</exception>
    public static CarFeeScenario BuildScenario(DataCatalog catalog, DateOnly feeBeforeDate, DateOnly feeAfterDate, int baseYear, double importDemandElasticity, double substitutionElasticity)
    {
        var schedule = FeeSchedule(catalog);
        double Fee(DateOnly d, string name) => schedule.TryGet(d).HasValue ? schedule[d] : throw new ArgumentException($"No fee in category {TypicalCategory} took effect on {d:yyyy-MM-dd}.", name);
        var exports = CarExports(catalog);
        var price = exports.GetColumn<double>("average_value_usd");
        if (price.KeyCount == 0)
        {
            throw new ArgumentException("No full year has both units and value of car exports.", nameof(catalog));
        }

        var priceYear = price.Keys.Max();
        var fx = Rows.ByYear(catalog.Load(Datasets.RussiaMacro), "value", new Where("indicator", "usd_rub_avg"));
        var fxYear = fx.Keys.Where(y => y <= priceYear).DefaultIfEmpty(fx.Keys.Min()).Max();
        var usd = exports.GetColumn<double>("value_usd_bn");
        if (!usd.TryGet(baseYear).HasValue)
        {
            throw new ArgumentException($"No full-year value of Chinese car exports to Russia for {baseYear}.", nameof(baseYear));
        }

        var shares = Rows.Periods(catalog.Load(Datasets.RussiaCarMarket), "value", new Where("measure", "china_share_of_car_imports"), new Where("unit", "percent"));
        var share = shares[^1].Value / 100.0;
        var before = TariffImpact.SpecificFeeAsAdValorem(Fee(feeBeforeDate, nameof(feeBeforeDate)), price[priceYear], fx[fxYear]);
        var after = TariffImpact.SpecificFeeAsAdValorem(Fee(feeAfterDate, nameof(feeAfterDate)), price[priceYear], fx[fxYear]);
        var importsFromChina = usd[baseYear] * 1000.0;
        var others = importsFromChina * (1 - share) / share;
        var scenario = new TariffScenario(importsFromChina, others, before.AdValoremRate, after.AdValoremRate, importDemandElasticity, double.PositiveInfinity, substitutionElasticity);
        return new CarFeeScenario(before.FeeRub, feeBeforeDate, after.FeeRub, feeAfterDate, price[priceYear], Format.Year(priceYear), fx[fxYear], fxYear,
            importsFromChina, share, scenario);
    }

    /// <summary><see cref="BuildScenario(DataCatalog, DateOnly, DateOnly, int, double, double)"/> with the fee dates as ISO text (YYYY-MM-DD), as notebook parameters give them.</summary>
    /// <exception cref="FormatException">A date is not YYYY-MM-DD.</exception>
    public static CarFeeScenario BuildScenario(DataCatalog catalog, string feeBeforeDate, string feeAfterDate, int baseYear, double importDemandElasticity, double substitutionElasticity) =>
        BuildScenario(catalog, IsoDate(feeBeforeDate, nameof(feeBeforeDate)), IsoDate(feeAfterDate, nameof(feeAfterDate)), baseYear, importDemandElasticity, substitutionElasticity);

    /// <summary>The scenario's inputs and the SMART results as a two-column table (item, value).</summary>
    public static Frame<string, string> ScenarioTable(CarFeeScenario s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var r = TariffImpact.Estimate(s.Scenario);
        var items = new (string Item, double Value)[]
        {
            ($"fee before ({s.FeeBeforeDate:yyyy-MM-dd}), RUB", s.FeeBeforeRub),
            ($"fee after ({s.FeeAfterDate:yyyy-MM-dd}), RUB", s.FeeAfterRub),
            ($"average car value ({s.PricePeriod}), USD", s.AveragePriceUsd),
            ($"RUB per USD ({s.RubPerUsdYear} average)", s.RubPerUsd),
            ("ad-valorem equivalent before, %", s.Scenario.TariffBefore * 100),
            ("ad-valorem equivalent after, %", s.Scenario.TariffAfter * 100),
            ("imports from China, USD mn", s.ImportsFromChinaUsdMillions),
            ("China's share of Russia's car imports, %", s.ChinaShareOfCarImports * 100),
            ("imports from other suppliers, USD mn", s.Scenario.ImportsFromOtherSuppliersUsdMillions),
            ("import-demand elasticity η", s.Scenario.ImportDemandElasticity),
            ("substitution elasticity σ", s.Scenario.SubstitutionElasticity),
            ("trade creation, USD mn", r.TradeCreationUsdMillions),
            ("trade diversion, USD mn", r.TradeDiversionUsdMillions),
            ("total change in imports from China, USD mn", r.TotalChangeInImportsFromSupplierUsdMillions),
            ("total change in imports from China, %", 100 * r.TotalChangeInImportsFromSupplierUsdMillions / s.ImportsFromChinaUsdMillions),
            ("fee revenue before, USD mn", r.TariffRevenueBeforeUsdMillions),
            ("fee revenue after, USD mn", r.TariffRevenueAfterUsdMillions),
            ("change in deadweight loss, USD mn", r.DeadweightLossChangeUsdMillions),
        };
        var b = new FrameBuilder.Columns<string, string>();
        b.Add("value", new Series<string, double>(items.Select(i => i.Item), items.Select(i => i.Value)));
        return b.Frame;
    }

    /// <summary>Predicted change in imports from China (%) across import-demand elasticities, one line per substitution elasticity.</summary>
    public static GenericChart SensitivityChart(CarFeeScenario s, IReadOnlyList<double> importDemandElasticities, IReadOnlyList<double> substitutionElasticities)
    {
        ArgumentNullException.ThrowIfNull(s);
        var frame = TariffImpact.Sensitivity(s.Scenario, importDemandElasticities, substitutionElasticities);
        var eta = frame.GetColumn<double>(TariffSensitivityColumns.ImportDemandElasticity);
        var sigma = frame.GetColumn<double>(TariffSensitivityColumns.SubstitutionElasticity);
        var change = frame.GetColumn<double>(TariffSensitivityColumns.LinearTotalChangePercent);
        var series = substitutionElasticities.Select(sg => new ChartSeries(
            "sigma-" + sg.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "σ = " + sg.ToString(System.Globalization.CultureInfo.InvariantCulture),
            frame.RowKeys.Where(r => sigma[r] == sg).Select(r => (eta[r], change[r])).OrderBy(p => p.Item1).ToArray()));
        return HouseCharts.XYLines("SMART estimate: change in car imports from China after the fee rise (%)", "Import-demand elasticity η", "Change in imports from China (%)",
            "WITS SMART model (Laird & Yeats 1986) on datasets russia-recycling-fee, china-car-exports-russia, russia-car-market, russia-macro", series);
    }

    /// <summary>
    /// The model's predicted change against the observed change in Chinese car exports to Russia
    /// (USD value) from <paramref name="beforeYear"/> to <paramref name="afterYear"/>.
    /// </summary>
    public static PredictionComparison ModelVersusObserved(DataCatalog catalog, CarFeeScenario s, int beforeYear, int afterYear)
    {
        ArgumentNullException.ThrowIfNull(s);
        var usd = CarExports(catalog).GetColumn<double>("value_usd_bn");
        if (!usd.TryGet(beforeYear).HasValue || !usd.TryGet(afterYear).HasValue)
        {
            throw new ArgumentException($"Car-export values for {beforeYear} and {afterYear} are both needed.", nameof(afterYear));
        }

        var r = TariffImpact.Estimate(s.Scenario);
        var predictedPercent = 100 * r.TotalChangeInImportsFromSupplierUsdMillions / s.ImportsFromChinaUsdMillions;
        return TariffImpact.CompareWithObserved(predictedPercent, usd[beforeYear], usd[afterYear]);
    }

    /// <summary>Assesses "new Russian tariffs on certain Chinese goods dampen the trade atmosphere" for cars.</summary>
    public static ClaimAssessment Assess(DataCatalog catalog, CarFeeScenario s, int beforeYear, int afterYear)
    {
        var cmp = ModelVersusObserved(catalog, s, beforeYear, afterYear);
        var exports = CarExports(catalog);
        var units = exports.GetColumn<double>("units");
        var usd = exports.GetColumn<double>("value_usd_bn");
        var market = MarketFullYears(catalog, "new_car_sales", "units");
        var marketChange = market.TryGet(beforeYear).HasValue && market.TryGet(afterYear).HasValue ? market[afterYear] / market[beforeYear] - 1 : double.NaN;
        var trade = ChinaTrade.Turnover(catalog, "RUS");
        var keyRate = Rows.ByYear(catalog.Load(Datasets.RussiaMacro), "value", new Where("indicator", "key_rate_end"));
        var fellMoreThanMarket = double.IsNaN(marketChange) || cmp.ObservedChange < marketChange;

        // The article's moment: did exports still grow in the year the first of these increases took effect?
        var hikeYear = s.FeeBeforeDate.Year;
        var duringHikeYear = Rows.Periods(catalog.Load(Datasets.ChinaCarExportsRussia), "value", new Where("measure", "passenger_car_exports"), new Where("unit", "units"))
            .Where(p => p.Start == new DateOnly(hikeYear, 1, 1) && p.End.Year == hikeYear)
            .MaxBy(p => p.End);
        var grewInHikeYear = duringHikeYear is not null && units.TryGet(hikeYear - 1).HasValue && duringHikeYear.Value > units[hikeYear - 1];

        var verdict = cmp.PredictedChange < 0 && cmp.ObservedChange < 0 && fellMoreThanMarket
            ? (grewInHikeYear ? Verdict.Mixed : Verdict.Supported)
            : cmp.ObservedChange < 0 ? Verdict.Mixed : Verdict.NotSupported;
        var evidence = new List<string>
        {
            $"The fee on a new 1–2 l imported car rose from {Format.N0(s.FeeBeforeRub)} RUB ({s.FeeBeforeDate:yyyy-MM-dd}) to {Format.N0(s.FeeAfterRub)} RUB ({s.FeeAfterDate:yyyy-MM-dd}): from {Format.Percent(s.Scenario.TariffBefore)} to {Format.Percent(s.Scenario.TariffAfter)} of an average car's customs value (USD {Format.N0(s.AveragePriceUsd)}, {s.PricePeriod}, at {Format.N2(s.RubPerUsd)} RUB/USD).",
            $"The SMART model (η = {Format.N2(s.Scenario.ImportDemandElasticity)}, σ = {Format.N2(s.Scenario.SubstitutionElasticity)}) predicts a {Format.Percent(cmp.PredictedChange)} change in car imports from China.",
            $"Observed: China's car exports to Russia went from USD {Format.N1(usd[beforeYear])} bn in {beforeYear} to USD {Format.N1(usd[afterYear])} bn in {afterYear} ({Format.Percent(cmp.ObservedChange)}).",
        };
        if (!double.IsNaN(marketChange))
        {
            evidence.Add($"Russia's whole new-car market changed {Format.Percent(marketChange)} over the same years, so Chinese exports fell {(fellMoreThanMarket ? "more" : "less")} than demand.");
        }

        if (trade.TryGet(beforeYear).HasValue && trade.TryGet(afterYear).HasValue)
        {
            evidence.Add($"All China–Russia goods trade: USD {Format.N1(trade[beforeYear])} bn in {beforeYear}, USD {Format.N1(trade[afterYear])} bn in {afterYear}.");
        }

        if (duringHikeYear is not null && units.TryGet(hikeYear - 1).HasValue)
        {
            evidence.Add($"In {hikeYear}, the year of the first increase and of the article, exports {(grewInHikeYear ? "kept soaring" : "did not exceed the year before")}: {Format.N0(duringHikeYear.Value)} cars in {Dates.Label(duringHikeYear.Start, duringHikeYear.End)} against {Format.N0(units[hikeYear - 1])} in all of {hikeYear - 1}.");
        }

        return new ClaimAssessment(
            "tariffs-dampen", "03-tariffs",
            "New Russian tariffs on certain Chinese goods (the car recycling fee) dampen the trade atmosphere.",
            verdict,
            $"Car exports {Format.Percent(cmp.ObservedChange)} ({beforeYear}→{afterYear}) against a model prediction of {Format.Percent(cmp.PredictedChange)}" + (grewInHikeYear ? $", after still soaring in {hikeYear}" : ""),
            evidence,
            [
                "The verdict rule: supported when the model and the data both show a fall larger than the car market's and exports did not grow through the first increase; mixed when they did, or when only the data shows a fall.",
                "The import-demand elasticity for cars in Russia is an assumption (no sourced estimate); the sensitivity chart shows how the prediction moves with it.",
                "The ad-valorem equivalent uses one average price and one annual exchange rate; the EAEU import duty and excise are not modelled.",
                keyRate.TryGet(beforeYear).HasValue
                    ? $"Credit was dear too (a {Format.N0(keyRate[beforeYear])}% key rate at the end of {beforeYear}) and the market cooled, so the fall is not the fee alone."
                    : "Other forces (credit costs, the market's own cycle) moved at the same time, so the fall is not the fee alone.",
                $"Other suppliers are sized from China's share of Russia's car imports in the latest published period ({Format.Percent(s.ChinaShareOfCarImports)}).",
            ],
            [Datasets.RussiaRecyclingFee, Datasets.ChinaCarExportsRussia, Datasets.RussiaCarMarket, Datasets.RussiaMacro, Datasets.ChinaGoodsTrade]);
    }

    private static DateOnly IsoDate(string text, string name) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"{name} must be a date written YYYY-MM-DD, but was '{text}'.");

    private static Series<int, double> FullYears(DataCatalog catalog, string unit)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var periods = Rows.Periods(catalog.Load(Datasets.ChinaCarExportsRussia), "value", new Where("measure", "passenger_car_exports"), new Where("unit", unit))
            .Where(p => p.IsCalendarYear).ToArray();
        return new Series<int, double>(periods.Select(p => p.Start.Year), periods.Select(p => p.Value));
    }

    private static Series<int, double> MarketFullYears(DataCatalog catalog, string measure, string unit)
    {
        var periods = Rows.Periods(catalog.Load(Datasets.RussiaCarMarket), "value", new Where("measure", measure), new Where("unit", unit))
            .Where(p => p.IsCalendarYear).ToArray();
        return new Series<int, double>(periods.Select(p => p.Start.Year), periods.Select(p => p.Value));
    }
}
