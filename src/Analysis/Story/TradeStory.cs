using Analysis.Calculations;
using Analysis.Charts;
using Analysis.Data;
using Deedle;
using Plotly.NET;

namespace Analysis.Story;

/// <summary>
/// Notebook 01, rhetoric against trade: China's trade with Russia set against its trade with the
/// United States and the European Union, the China–Russia balance, growth, the asymmetry of
/// dependence, and Chinese public opinion of Russia.
/// </summary>
public static class TradeStory
{
    private const string TradeSource = "China customs (GACC) figures as relayed by Reuters, Xinhua, TASS and others; dataset china-goods-trade";

    /// <summary>Turnover with each partner over the years, USD bn.</summary>
    public static GenericChart TurnoverChart(DataCatalog catalog, int firstYear, int lastYear)
    {
        var frame = ChinaTrade.TurnoverByPartner(catalog, ChinaTrade.Partners);
        var series = ChinaTrade.Partners.Select(p => ChartSeries.FromYears(p, CountryName(p), Years(frame.GetColumn<double>(p), firstYear, lastYear)));
        return HouseCharts.YearLines("China's goods trade with its main partners (USD bn)", "Exports + imports (USD bn)", TradeSource, series);
    }

    /// <summary>China–Russia trade by year: exports, imports, balance (X − M), normalised balance, turnover and its year-on-year growth.</summary>
    public static Frame<int, string> RussiaBalance(DataCatalog catalog, int firstYear, int lastYear)
    {
        var x = Years(ChinaTrade.Exports(catalog, "RUS"), firstYear, lastYear);
        var m = Years(ChinaTrade.Imports(catalog, "RUS"), firstYear, lastYear);
        var turnover = Years(ChinaTrade.Turnover(catalog, "RUS"), firstYear, lastYear);
        var builder = new FrameBuilder.Columns<int, string>();
        builder.Add("exports_usd_bn", x);
        builder.Add("imports_usd_bn", m);
        builder.Add("balance_usd_bn", Trade.Balance(x, m));
        builder.Add("normalised_balance", Trade.NormalisedBalance(x, m));
        builder.Add("turnover_usd_bn", turnover);
        builder.Add("turnover_growth", Trade.GrowthYearOnYear(turnover));
        return builder.Frame.SortRowsByKey();
    }

    /// <summary>China's exports to and imports from Russia, with the balance, USD bn.</summary>
    public static GenericChart RussiaBalanceChart(DataCatalog catalog, int firstYear, int lastYear)
    {
        var x = Years(ChinaTrade.Exports(catalog, "RUS"), firstYear, lastYear);
        var m = Years(ChinaTrade.Imports(catalog, "RUS"), firstYear, lastYear);
        return HouseCharts.YearColumns("China–Russia trade and balance (USD bn)", "USD bn", TradeSource,
        [
            ChartSeries.FromYears("CHN", "China's exports to Russia", x),
            ChartSeries.FromYears("RUS", "China's imports from Russia", m),
            ChartSeries.FromYears("WLD", "Balance (exports − imports)", Trade.Balance(x, m)),
        ]);
    }

    /// <summary>How many times China's trade with the US, the EU, and both, exceeds its trade with Russia (years with all three).</summary>
    public static Frame<int, string> WestMultiple(DataCatalog catalog, int firstYear, int lastYear)
    {
        var ru = Years(ChinaTrade.Turnover(catalog, "RUS"), firstYear, lastYear);
        var us = Years(ChinaTrade.Turnover(catalog, "USA"), firstYear, lastYear);
        var eu = Years(ChinaTrade.Turnover(catalog, "EU"), firstYear, lastYear);
        var west = us + eu;
        var builder = new FrameBuilder.Columns<int, string>();
        builder.Add("usa_to_russia", Trade.Ratio(us, ru));
        builder.Add("eu_to_russia", Trade.Ratio(eu, ru));
        builder.Add("us_plus_eu_to_russia", Trade.Ratio(west, ru));
        return builder.Frame.SortRowsByKey();
    }

    /// <summary>The multiples of <see cref="WestMultiple"/> as lines.</summary>
    public static GenericChart WestMultipleChart(DataCatalog catalog, int firstYear, int lastYear)
    {
        var f = WestMultiple(catalog, firstYear, lastYear);
        return HouseCharts.YearLines("China's trade with the West as a multiple of its trade with Russia (×)", "Multiple of China–Russia turnover (×)", TradeSource,
        [
            ChartSeries.FromYears("USA", "United States ÷ Russia", f.GetColumn<double>("usa_to_russia")),
            ChartSeries.FromYears("EU", "European Union ÷ Russia", f.GetColumn<double>("eu_to_russia")),
            ChartSeries.FromYears("NATO", "US + EU ÷ Russia", f.GetColumn<double>("us_plus_eu_to_russia")),
        ], [new ReferenceLine(1, "parity")]);
    }

    /// <summary>Growth of turnover with each partner: compound annual growth rate (fraction) from <paramref name="fromYear"/> to <paramref name="toYear"/>.</summary>
    public static Frame<string, string> Growth(DataCatalog catalog, int fromYear, int toYear)
    {
        var builder = new FrameBuilder.Columns<string, string>();
        var partners = ChinaTrade.Partners.Where(p =>
        {
            var t = ChinaTrade.Turnover(catalog, p);
            return t.TryGet(fromYear).HasValue && t.TryGet(toYear).HasValue;
        }).ToArray();
        builder.Add("turnover_first_year_usd_bn", new Series<string, double>(partners, partners.Select(p => ChinaTrade.Turnover(catalog, p)[fromYear])));
        builder.Add("turnover_last_year_usd_bn", new Series<string, double>(partners, partners.Select(p => ChinaTrade.Turnover(catalog, p)[toYear])));
        builder.Add("cagr", new Series<string, double>(partners, partners.Select(p => Trade.Cagr(ChinaTrade.Turnover(catalog, p), fromYear, toYear))));
        return builder.Frame;
    }

    /// <summary>
    /// The asymmetry of dependence by year: Russia's share of China's trade (China–Russia turnover ÷
    /// China's total turnover, both GACC) against China's share of Russia's trade (as published from
    /// Russian customs data), and how many times larger the second is.
    /// </summary>
    public static Frame<int, string> DependenceAsymmetry(DataCatalog catalog)
    {
        var ruShareOfChina = Trade.Share(ChinaTrade.Turnover(catalog, "RUS"), ChinaTrade.Turnover(catalog, "WLD"));
        var cnShareOfRussia = ChinaShareOfRussiaTrade(catalog);
        var rows = Trade.DependenceAsymmetry(ruShareOfChina, cnShareOfRussia);
        var years = rows.Select(r => r.Year).ToArray();
        var builder = new FrameBuilder.Columns<int, string>();
        builder.Add("russia_share_of_china_trade", new Series<int, double>(years, rows.Select(r => r.RussiaShareOfChinaTrade)));
        builder.Add("china_share_of_russia_trade", new Series<int, double>(years, rows.Select(r => r.ChinaShareOfRussiaTrade)));
        builder.Add("asymmetry_ratio", new Series<int, double>(years, rows.Select(r => r.AsymmetryRatio)));
        return builder.Frame;
    }

    /// <summary>Both shares of <see cref="DependenceAsymmetry"/> over the years, in percent.</summary>
    public static GenericChart DependenceAsymmetryChart(DataCatalog catalog)
    {
        var ruShareOfChina = Trade.Share(ChinaTrade.Turnover(catalog, "RUS"), ChinaTrade.Turnover(catalog, "WLD")) * 100.0;
        var cnShareOfRussia = ChinaShareOfRussiaTrade(catalog) * 100.0;
        return HouseCharts.YearLines("Who depends on whom: shares of each other's trade (%)", "Share of total goods trade (%)",
            "GACC (china-goods-trade); Russian customs figures as relayed by TASS, RT, Sputnik and others (russia-trade-by-partner)",
        [
            ChartSeries.FromYears("RUS", "Russia's share of China's trade", ruShareOfChina),
            ChartSeries.FromYears("CHN", "China's share of Russia's trade", cnShareOfRussia),
        ]);
    }

    /// <summary>China's share of Russia's trade as a fraction, by year (published shares in percent ÷ 100).</summary>
    public static Series<int, double> ChinaShareOfRussiaTrade(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Rows.ByYear(catalog.Load(Datasets.RussiaTradeByPartner), "value", new Where("partner", "CHN"), new Where("measure", "share_of_russia_trade"), new Where("unit", "percent")) / 100.0;
    }

    /// <summary>Chinese survey respondents favourable to Russia and to the US (percent), per survey.</summary>
    public static GenericChart OpinionChart(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var frame = catalog.Load(Datasets.ChinaOpinionRussia);
        var surveys = frame.GetColumn<string>("survey").Values.Distinct().ToList();
        var percent = frame.GetColumn<double>("value_percent");
        double Value(string survey, string measure)
        {
            var rows = Rows.Matching(frame, new Where("survey", survey), new Where("measure", measure)).ToList();
            return rows.Count == 1 ? percent[rows[0]] : double.NaN;
        }

        var withRussia = surveys.Where(s => double.IsFinite(Value(s, "favourable_russia"))).ToList();
        return HouseCharts.CategoryBars("Chinese respondents favourable to Russia and to the US (% of respondents)", "% of respondents",
            "CEIAS/Palacký University 2022, Tsinghua CISS 2022 and 2024 as reported; dataset china-opinion-russia",
            withRussia,
            [
                ("RUS", "Favourable to Russia", withRussia.Select(s => Value(s, "favourable_russia")).ToList()),
                ("USA", "Favourable to the US", withRussia.Select(s => Value(s, "favourable_usa")).ToList()),
            ]);
    }

    /// <summary>
    /// Assesses "trade with Russia is still far smaller than China's trade with the West" for
    /// <paramref name="year"/> against <paramref name="baseYear"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A year lacks turnover for Russia, the US or the EU.</exception>
    public static ClaimAssessment AssessTradeVsWest(DataCatalog catalog, int baseYear, int year)
    {
        var multiple = WestMultiple(catalog, baseYear, year);
        var west = multiple.GetColumn<double>("us_plus_eu_to_russia");
        if (!west.TryGet(year).HasValue || !west.TryGet(baseYear).HasValue)
        {
            throw new ArgumentException($"China's turnover with Russia, the US and the EU must all be sourced for {baseYear} and {year}.", nameof(year));
        }

        var ru = ChinaTrade.Turnover(catalog, "RUS");
        var us = ChinaTrade.Turnover(catalog, "USA");
        var eu = ChinaTrade.Turnover(catalog, "EU");
        var share = Trade.Share(ru, ChinaTrade.Turnover(catalog, "WLD"));
        var cagrRu = Trade.Cagr(ru, baseYear, year);
        var cagrUs = Trade.Cagr(us, baseYear, year);
        var verdict = west[year] >= 3 ? Verdict.Supported : west[year] >= 1.5 ? Verdict.Mixed : Verdict.NotSupported;
        var evidence = new List<string>
        {
            $"In {year} China traded USD {Format.N1(us[year])} bn with the US and USD {Format.N1(eu[year])} bn with the EU, against USD {Format.N1(ru[year])} bn with Russia: the West is {Format.Times(west[year])} Russia.",
            $"In {baseYear} the multiple was {Format.Times(west[baseYear])}: the gap has narrowed as China–Russia trade grew {Format.Percent(cagrRu)} a year ({baseYear}–{year}) against {Format.Percent(cagrUs)} for China–US trade.",
        };
        if (share.TryGet(year).HasValue)
        {
            evidence.Add($"Russia was {Format.Percent(share[year])} of China's goods trade in {year}.");
        }

        return new ClaimAssessment(
            "trade-vs-west", "01-rhetoric-vs-trade",
            "Economic reality lags the rhetoric: China–Russia trade is still a long way from matching China's trade with Western countries.",
            verdict,
            $"US + EU trade = {Format.Times(west[year])} China–Russia trade in {year}",
            evidence,
            [
                "Goods only (customs data); services and investment are not counted.",
                "Values are in current US dollars: part of any change can be prices (energy prices above all), not volumes; the data holds values only.",
                "The verdict rule: supported when the West trades at least 3× Russia, mixed from 1.5× to 3×.",
            ],
            [Datasets.ChinaGoodsTrade]);
    }

    /// <summary>Assesses "positive sentiment from the Chinese population towards Russia" from the published surveys.</summary>
    public static ClaimAssessment AssessPublicOpinion(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var frame = catalog.Load(Datasets.ChinaOpinionRussia);
        var measures = frame.GetColumn<string>("measure");
        var values = frame.GetColumn<double>("value_percent");
        var surveys = frame.GetColumn<string>("survey");
        var favourable = frame.RowKeys.Where(r => measures[r] == "favourable_russia").Select(r => (Survey: surveys[r], Value: values[r])).ToList();
        if (favourable.Count == 0)
        {
            throw new ArgumentException("No survey reports a 'favourable_russia' share.", nameof(catalog));
        }

        var min = favourable.MinBy(f => f.Value);
        var max = favourable.MaxBy(f => f.Value);
        var verdict = min.Value >= 50 ? Verdict.Supported : max.Value >= 50 ? Verdict.Mixed : Verdict.NotSupported;
        return new ClaimAssessment(
            "chinese-opinion", "01-rhetoric-vs-trade",
            "The partnership gives the perception of strong friendship at home: the Chinese public views Russia (and Putin) positively.",
            verdict,
            $"{Format.N0(min.Value)}–{Format.N0(max.Value)}% of Chinese respondents favourable to Russia across {favourable.Count} surveys",
            favourable.Select(f => $"{f.Survey}: {Format.N0(f.Value)}% favourable to Russia.").ToList(),
            [
                "Online panels in an authoritarian setting; respondents may self-censor.",
                "Surveys ask about Russia, not about Putin personally.",
            ],
            [Datasets.ChinaOpinionRussia]);
    }

    internal static Series<int, double> Years(Series<int, double> series, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (firstYear > lastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, $"firstYear ({firstYear}) must not be after lastYear ({lastYear}).");
        }

        return series.Where(kv => kv.Key >= firstYear && kv.Key <= lastYear);
    }

    internal static string CountryName(string code) => code switch
    {
        "USA" => "United States",
        "EU" => "European Union",
        "JPN" => "Japan",
        "KOR" => "South Korea",
        "ASEAN" => "ASEAN",
        "RUS" => "Russia",
        "CHN" => "China",
        "WLD" => "World",
        _ => code,
    };
}
