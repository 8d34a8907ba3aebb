using Analysis.Calculations;
using Analysis.Charts;
using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Story;

/// <summary>
/// Notebook 05, war, NATO and the Russian economy: aid to Ukraine, NATO defence spending, and
/// Russia's growth, inflation, key rate, rouble and income per head.
/// </summary>
public static class WarEconomyStory
{
    /// <summary>NATO's guideline for defence spending, % of GDP (Wales summit, 2014).</summary>
    public const double NatoGuidelinePercentOfGdp = 2.0;

    /// <summary>The year of Russia's full-scale invasion of Ukraine (24 February 2022), from which the economy verdict lists years.</summary>
    public const int WarStartYear = 2022;

    private const string KielSource = "Kiel Institute Ukraine Support Tracker releases, as published by IfW Kiel and relayed by news agencies; dataset ukraine-support";
    private const string MacroSource = "Rosstat, Bank of Russia and Ministry of Economy figures via Reuters, TASS, Interfax and others; dataset russia-macro";

    /// <summary>Aid allocated (or committed) to Ukraine by Europe and the US at each Kiel cut-off, EUR bn.</summary>
    public static GenericChart AidChart(DataCatalog catalog, string measure = "allocated")
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var f = catalog.Load(Datasets.UkraineSupport);
        ChartSeries Donor(string donor, string name) => new(donor, name,
            Aid(f, donor, measure, "total").Observations.Select(o => (Dates.DecimalYear(o.Key), o.Value)).ToArray());
        return HouseCharts.YearLines($"Aid to Ukraine {measure} by Europe and the US (EUR bn, cumulative)", "EUR bn (cumulative)", KielSource,
            [Donor("EUROPE", "Europe"), Donor("USA", "United States")]);
    }

    /// <summary>Defence spending (% of GDP) of allies with a value for both years: rows are countries, columns the two years.</summary>
    public static Frame<string, string> NatoSpending(DataCatalog catalog, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var f = catalog.Load(Datasets.NatoDefenceSpending);
        var byCountry = f.RowKeys
            .Select(r => (Country: f.GetColumn<string>("country")[r], Year: f.GetColumn<int>("year")[r], Value: f.GetColumn<double>("share_of_gdp_percent")[r]))
            .Where(x => x.Country != "NATO")
            .GroupBy(x => x.Country)
            .Select(g => (Country: g.Key, From: g.FirstOrDefault(x => x.Year == fromYear).Value, To: g.FirstOrDefault(x => x.Year == toYear).Value, HasBoth: g.Any(x => x.Year == fromYear) && g.Any(x => x.Year == toYear)))
            .Where(x => x.HasBoth)
            .OrderByDescending(x => x.To)
            .ToList();
        var b = new FrameBuilder.Columns<string, string>();
        b.Add($"percent_gdp_{fromYear}", new Series<string, double>(byCountry.Select(c => c.Country), byCountry.Select(c => c.From)));
        b.Add($"percent_gdp_{toYear}", new Series<string, double>(byCountry.Select(c => c.Country), byCountry.Select(c => c.To)));
        return b.Frame;
    }

    /// <summary>The spending of <see cref="NatoSpending"/> as bars, with the 2% guideline.</summary>
    public static GenericChart NatoSpendingChart(DataCatalog catalog, int fromYear, int toYear)
    {
        var f = NatoSpending(catalog, fromYear, toYear);
        var countries = f.RowKeys.ToList();
        return HouseCharts.CategoryBars($"NATO allies' defence spending, {fromYear} and {toYear} (% of GDP)", "Defence expenditure (% of GDP)",
            "NATO 'Defence Expenditure of NATO Countries' estimates via Reuters/Graphic News and NATO releases; dataset nato-defence-spending",
            countries.Select(c => Countries.Name(catalog, c)).ToList(),
            [
                ("WLD", Format.Year(fromYear), countries.Select(c => f.GetColumn<double>($"percent_gdp_{fromYear}")[c]).ToList()),
                ("NATO", Format.Year(toYear), countries.Select(c => f.GetColumn<double>($"percent_gdp_{toYear}")[c]).ToList()),
            ],
            referenceLine: NatoGuidelinePercentOfGdp);
    }

    /// <summary>Russia's annual indicators (rows: year; columns: gdp_growth, cpi_dec_dec, key_rate_end, usd_rub_avg), missing where not sourced.</summary>
    public static Frame<int, string> RussiaMacro(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var f = catalog.Load(Datasets.RussiaMacro);
        var b = new FrameBuilder.Columns<int, string>();
        foreach (var indicator in new[] { "gdp_growth", "cpi_dec_dec", "key_rate_end", "usd_rub_avg" })
        {
            b.Add(indicator, Rows.ByYear(f, "value", new Where("indicator", indicator)));
        }

        return b.Frame.SortRowsByKey();
    }

    /// <summary>Russia's GDP growth, year-end inflation and the key-rate decisions, in percent.</summary>
    public static GenericChart RussiaMacroChart(DataCatalog catalog, int firstYear)
    {
        var m = RussiaMacro(catalog);
        var rate = catalog.Load(Datasets.RussiaKeyRate);
        var decisions = rate.RowKeys
            .Select(r => (Dates.DecimalYear(rate.GetColumn<DateOnly>("decision_date")[r]), rate.GetColumn<double>("key_rate_percent")[r]))
            .OrderBy(p => p.Item1).ToArray();
        return HouseCharts.YearLines("Russia's economy: growth, inflation and the key rate (%)", "Percent",
            MacroSource + "; Bank of Russia decisions (russia-key-rate)",
            [
                ChartSeries.FromYears("RUS", "Real GDP growth (%)", TradeStory.Years(m.GetColumn<double>("gdp_growth"), firstYear, int.MaxValue)),
                ChartSeries.FromYears("WLD", "Consumer prices, Dec/Dec (%)", TradeStory.Years(m.GetColumn<double>("cpi_dec_dec"), firstYear, int.MaxValue)),
                new ChartSeries("EU", "Key rate (%), from each decision", decisions, Stepped: true),
            ]);
    }

    /// <summary>GDP per head in current USD (World Bank GDP ÷ World Bank population), by year, for Russia and China.</summary>
    public static Frame<int, string> GdpPerCapita(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var gdp = catalog.Load(Datasets.WorldBankGdp);
        var pop = catalog.Load(Datasets.WorldBankPopulation);
        var b = new FrameBuilder.Columns<int, string>();
        foreach (var c in new[] { "RUS", "CHN" })
        {
            b.Add(c, Trade.Ratio(Rows.ByYear(gdp, "gdp_current_usd", new Where("country", c)), Rows.ByYear(pop, "population", new Where("country", c))));
        }

        return b.Frame.SortRowsByKey();
    }

    /// <summary>GDP per head of Russia and China as lines, USD.</summary>
    public static GenericChart GdpPerCapitaChart(DataCatalog catalog)
    {
        var f = GdpPerCapita(catalog);
        return HouseCharts.YearLines("GDP per head, Russia and China (current USD)", "USD per person",
            "World Bank WDI NY.GDP.MKTP.CD and SP.POP.TOTL (CC BY 4.0); datasets worldbank-gdp, worldbank-population",
            [ChartSeries.FromYears("RUS", "Russia", f.GetColumn<double>("RUS")), ChartSeries.FromYears("CHN", "China", f.GetColumn<double>("CHN"))]);
    }

    /// <summary>Assesses "the war consumes NATO resources, potentially weakening the alliance".</summary>
    public static ClaimAssessment AssessNato(DataCatalog catalog, int fromYear, int toYear)
    {
        var spending = NatoSpending(catalog, fromYear, toYear);
        var before = spending.GetColumn<double>($"percent_gdp_{fromYear}");
        var after = spending.GetColumn<double>($"percent_gdp_{toYear}");
        var atGuidelineBefore = before.Values.Count(v => v >= NatoGuidelinePercentOfGdp);
        var atGuidelineAfter = after.Values.Count(v => v >= NatoGuidelinePercentOfGdp);
        var rose = spending.RowKeys.Count(c => after[c] > before[c]);
        var kiel = catalog.Load(Datasets.UkraineSupport);
        var totals = Aid(kiel, "ALL", "allocated", "total").Observations.Select(o => (Date: o.Key, o.Value)).ToList();
        var military = Aid(kiel, "ALL", "allocated", "military").Values.ToList();
        var evidence = new List<string>
        {
            $"Allies at or above NATO's {Format.N0(NatoGuidelinePercentOfGdp)}% guideline: {atGuidelineBefore} of {spending.RowCount} in {fromYear}, {atGuidelineAfter} in {toYear}; {rose} of {spending.RowCount} spend a larger share of GDP than in {fromYear}.",
        };
        if (totals.Count > 0)
        {
            var last = totals[^1];
            evidence.Add($"Aid allocated to Ukraine by all donors reached EUR {Format.N0(last.Value)} bn by {last.Date:yyyy-MM-dd}" + (military.Count > 0 ? $", of which EUR {Format.N0(military[^1])} bn military." : "."));
        }

        var verdict = atGuidelineAfter > atGuidelineBefore ? Verdict.Mixed : Verdict.Supported;
        return new ClaimAssessment(
            "nato-resources", "05-war-nato-economy",
            "The war with Ukraine consumes NATO resources, potentially weakening the alliance's position.",
            verdict,
            $"Allies at ≥2% of GDP on defence: {atGuidelineBefore} ({fromYear}) → {atGuidelineAfter} ({toYear})",
            evidence,
            [
                "Aid does consume resources (stocks of weapons and money), but allies responded by spending more, not less: the data shows rearmament, not a weakened alliance.",
                "Kiel counts bilateral government aid; NATO spending shares are NATO estimates (2014 values from press graphics).",
                "Whether the alliance's 'position' weakened is not measurable from spending alone.",
            ],
            [Datasets.NatoDefenceSpending, Datasets.UkraineSupport]);
    }

    /// <summary>Kiel aid of one donor, measure and aid type, EUR bn by cut-off date.</summary>
    private static Series<DateOnly, double> Aid(Frame<int, string> kiel, string donor, string measure, string aidType) =>
        Rows.ByDate(kiel, "cutoff_date", "value_eur_bn", new Where("donor", donor), new Where("measure", measure), new Where("aid_type", aidType));

    /// <summary>Assesses "the struggling Russian economy" over the war years.</summary>
    public static ClaimAssessment AssessRussianEconomy(DataCatalog catalog, int year)
    {
        var m = RussiaMacro(catalog);
        double? V(string col, int y) => m.GetColumn<double>(col).TryGet(y) is { HasValue: true } v ? v.Value : null;
        var growth = V("gdp_growth", year) ?? throw new ArgumentException($"No GDP growth for {year}.", nameof(year));
        var evidence = new List<string>();
        foreach (var y in m.RowKeys.Where(y => y >= WarStartYear && V("gdp_growth", y) is not null))
        {
            evidence.Add($"{y}: GDP {Format.N1(V("gdp_growth", y)!.Value)}%" +
                (V("cpi_dec_dec", y) is { } cpi ? $", inflation {Format.N1(cpi)}% (Dec/Dec)" : "") +
                (V("key_rate_end", y) is { } kr ? $", key rate {Format.N1(kr)}% at year end" : "") +
                (V("usd_rub_avg", y) is { } fx ? $", {Format.N2(fx)} RUB/USD on average" : "") + ".");
        }

        var pc = GdpPerCapita(catalog);
        var lastPc = pc.RowKeys.Where(y => pc.GetColumn<double>("RUS").TryGet(y).HasValue && pc.GetColumn<double>("CHN").TryGet(y).HasValue).DefaultIfEmpty(0).Max();
        if (lastPc > 0)
        {
            evidence.Add($"GDP per head in {lastPc}: Russia USD {Format.N0(pc.GetColumn<double>("RUS")[lastPc])}, China USD {Format.N0(pc.GetColumn<double>("CHN")[lastPc])}.");
        }

        var inflation = V("cpi_dec_dec", year);
        var verdict = growth < 0 ? Verdict.Supported : (inflation ?? 0) > 6 || growth < 1.5 ? Verdict.Mixed : Verdict.NotSupported;
        return new ClaimAssessment(
            "russian-economy", "05-war-nato-economy",
            "The war strains a struggling Russian economy.",
            verdict,
            $"Russia {year}: GDP growth {Format.N1(growth)}%" + (inflation is { } i ? $", inflation {Format.N1(i)}%" : ""),
            evidence,
            [
                "The data does not separate war spending from other drivers of growth, and official statistics may flatter output.",
                "The strain shows in inflation and interest rates more than in output: read the years above together.",
                "Several growth figures are first estimates later revised (see the dataset README).",
            ],
            [Datasets.RussiaMacro, Datasets.RussiaKeyRate, Datasets.WorldBankGdp, Datasets.WorldBankPopulation]);
    }
}
