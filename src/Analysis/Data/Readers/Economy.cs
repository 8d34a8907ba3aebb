using Deedle;

namespace Analysis.Data;

/// <summary>Reader of datasets <c>worldbank-gdp</c> and <c>worldbank-population</c> (World Bank WDI).</summary>
public static class WorldBank
{
    /// <summary>GDP, current USD, by year.</summary>
    /// <exception cref="ArgumentException">The dataset has no such country.</exception>
    public static Series<int, double> GdpCurrentUsd(DataCatalog data, string country) =>
        new DatasetView(data, Datasets.WorldBankGdp).ByYear("gdp_current_usd", new Where("country", country));

    /// <summary>Population, persons, by year.</summary>
    /// <exception cref="ArgumentException">The dataset has no such country.</exception>
    public static Series<int, double> Population(DataCatalog data, string country) =>
        new DatasetView(data, Datasets.WorldBankPopulation).ByYear("population", new Where("country", country));
}

/// <summary>Reader of dataset <c>russia-macro</c>: Russia's annual macro indicators, each in its own unit.</summary>
public static class RussiaMacro
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.RussiaMacro;

    /// <summary>One indicator in the unit asked for, by year.</summary>
    /// <exception cref="ArgumentException">Unknown indicator, or it is held in another unit (the message names it).</exception>
    public static Series<int, double> Indicator(DataCatalog data, string indicator, string unit) =>
        new DatasetView(data, Dataset).ByYear("value", new("indicator", indicator), new(DataPackage.UnitField, unit));

    /// <summary>Real GDP growth, percent by year.</summary>
    public static Series<int, double> GdpGrowthPercent(DataCatalog data) => Indicator(data, "gdp_growth", "percent");

    /// <summary>Consumer-price inflation, December on December, percent by year.</summary>
    public static Series<int, double> InflationDecemberPercent(DataCatalog data) => Indicator(data, "cpi_dec_dec", "percent");

    /// <summary>The Bank of Russia's key rate at the end of the year, percent by year.</summary>
    public static Series<int, double> KeyRateYearEndPercent(DataCatalog data) => Indicator(data, "key_rate_end", "percent");

    /// <summary>The rouble's average rate over the year, RUB per USD, by year.</summary>
    public static Series<int, double> RubPerUsdAverage(DataCatalog data) => Indicator(data, "usd_rub_avg", "rub_per_usd");

    /// <summary>Share of the population below the subsistence minimum (Rosstat), percent by year.</summary>
    public static Series<int, double> PovertyRatePercent(DataCatalog data) => Indicator(data, "poverty_rate", "percent");
}

/// <summary>Reader of dataset <c>russia-key-rate</c>: the Bank of Russia's key-rate decisions.</summary>
public static class RussiaKeyRate
{
    /// <summary>The key rate set at each decision, percent by decision date.</summary>
    public static Series<DateOnly, double> DecisionsPercent(DataCatalog data) =>
        new DatasetView(data, Datasets.RussiaKeyRate).ByDate("decision_date", "key_rate_percent");
}

/// <summary>Reader of dataset <c>ukraine-support</c>: Kiel Institute Ukraine Support Tracker aggregates, cumulative EUR bn.</summary>
public static class UkraineSupport
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.UkraineSupport;

    /// <summary>
    /// Cumulative aid of one donor, measure (<c>allocated</c>, <c>committed</c>) and aid type
    /// (<c>total</c>, <c>military</c> …), EUR bn by Kiel cut-off date.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown donor, measure or type (the message lists what exists).</exception>
    public static Series<DateOnly, double> CumulativeEurBillions(DataCatalog data, string donor, string measure, string aidType) =>
        new DatasetView(data, Dataset).ByDate("cutoff_date", "value_eur_bn", new("donor", donor), new("measure", measure), new("aid_type", aidType));

    /// <summary><see cref="CumulativeEurBillions(DataCatalog, string, string, string)"/> for several donors, keyed by donor code.</summary>
    public static IReadOnlyDictionary<string, Series<DateOnly, double>> CumulativeEurBillions(DataCatalog data, IEnumerable<string> donors, string measure, string aidType)
    {
        ArgumentNullException.ThrowIfNull(donors);
        return donors.ToDictionary(d => d, d => CumulativeEurBillions(data, d, measure, aidType), StringComparer.Ordinal);
    }
}

/// <summary>
/// Reader of dataset <c>nato-defence-spending</c>: allies' core defence expenditure as NATO's 2026 edition
/// publishes it, as a share of GDP and in USD million at constant 2021 prices, by year (reported or estimate).
/// </summary>
public static class NatoDefenceSpending
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.NatoDefenceSpending;

    /// <summary>Every ally's share of GDP spent on defence in <paramref name="year"/>, percent, keyed by country code.</summary>
    /// <exception cref="ArgumentException">No ally has a value for that year (the message lists the years held).</exception>
    public static Series<string, double> SharePercentByAlly(DataCatalog data, int year)
    {
        var view = new DatasetView(data, Dataset);
        var countries = view.Column<string>("country");
        var years = view.Column<int>(DatasetView.YearColumn);
        var values = view.Column<double>("share_of_gdp_percent");
        var rows = countries.Keys.Where(r => years[r] == year && values.ContainsKey(r)).OrderBy(r => countries[r], StringComparer.Ordinal).ToList();
        var known = years.Values.Distinct().Order();
        return rows.Count > 0
            ? new Series<string, double>(rows.Select(r => countries[r]), rows.Select(r => values[r]))
            : throw new ArgumentException($"Dataset '{Dataset}' has no ally with a value for {year}. Years held: {string.Join(", ", known)}.", nameof(year));
    }

    /// <summary>Every ally's share of GDP spent on defence, percent: rows are allies, columns years; missing where an ally was not yet a member.</summary>
    public static Frame<string, int> SharePercentByAllyAndYear(DataCatalog data)
    {
        var view = new DatasetView(data, Dataset);
        var b = new FrameBuilder.Columns<string, int>();
        foreach (var y in view.Column<int>(DatasetView.YearColumn).Values.Distinct().Order())
        {
            b.Add(y, SharePercentByAlly(data, y));
        }

        return b.Frame.SortRowsByKey();
    }
}

/// <summary>Reader of dataset <c>nato-defence-aggregates</c>: NATO's own totals (all allies; European allies and Canada).</summary>
public static class NatoDefenceAggregates
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.NatoDefenceAggregates;

    /// <summary>Group code of all allies.</summary>
    public const string AllAllies = "nato_total";

    /// <summary>Group code of the European allies and Canada.</summary>
    public const string EuropeAndCanada = "nato_europe_canada";

    /// <summary>A group's core defence expenditure, USD million at constant 2021 prices and exchange rates, by year.</summary>
    /// <exception cref="ArgumentException">Unknown group (the message lists the groups).</exception>
    public static Series<int, double> SpendingUsdMillions2021Prices(DataCatalog data, string group) =>
        new DatasetView(data, Dataset).ByYear("spending_usd_mn_2021", new Where("group", group));

    /// <summary>A group's defence expenditure as a share of its GDP, percent by year.</summary>
    public static Series<int, double> SharePercent(DataCatalog data, string group) =>
        new DatasetView(data, Dataset).ByYear("share_of_gdp_percent", new Where("group", group));
}

/// <summary>One accession to NATO.</summary>
/// <param name="Country">Country code.</param>
/// <param name="Date">Date of accession.</param>
/// <param name="MembersAfter">Number of allies after it.</param>
public sealed record Accession(string Country, DateOnly Date, int MembersAfter);

/// <summary>Reader of dataset <c>nato-membership</c>: accessions to NATO since 2017, with the number of allies after each.</summary>
public static class NatoMembership
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.NatoMembership;

    /// <summary>Every accession, by date.</summary>
    public static IReadOnlyList<Accession> Accessions(DataCatalog data)
    {
        var view = new DatasetView(data, Dataset);
        var countries = view.Column<string>("country");
        var dates = view.Column<DateOnly>("accession_date");
        var members = view.Column<int>("members_after");
        return countries.Keys.Select(r => new Accession(countries[r], dates[r], members[r])).OrderBy(a => a.Date).ToArray();
    }

    /// <summary>The number of allies on <paramref name="date"/>: after the last accession on or before it.</summary>
    /// <exception cref="ArgumentException">The date is before the first accession the data holds.</exception>
    public static int MembersOn(DataCatalog data, DateOnly date)
    {
        var accessions = Accessions(data);
        var last = accessions.LastOrDefault(a => a.Date <= date)
            ?? throw new ArgumentException($"Dataset '{Dataset}' starts at {accessions[0].Date:yyyy-MM-dd}; the number of allies before it is not held.", nameof(date));
        return last.MembersAfter;
    }
}
