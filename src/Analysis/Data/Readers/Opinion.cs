using Deedle;

namespace Analysis.Data;

/// <summary>One survey's figure for one question.</summary>
/// <param name="Survey">Survey (or pollster) id, e.g. <c>tsinghua_ciss_2022</c> or <c>levada</c>.</param>
/// <param name="FieldworkStart">First day of fieldwork (the first of the month or year when only that is published), if known.</param>
/// <param name="ValuePercent">Share of respondents, percent.</param>
/// <param name="Qualifier">How the source qualified the figure (<c>just_under</c>, <c>about</c> …), or empty.</param>
/// <param name="Note">Caveat, or empty.</param>
/// <param name="SourceKind">The kind of the source the figure cites (null when unknown, e.g. a value built by hand).</param>
public sealed record SurveyValue(string Survey, DateOnly? FieldworkStart, double ValuePercent, string Qualifier, string Note, SourceKind? SourceKind = null)
{
    /// <summary>
    /// Whether a verdict may rest on this value: not when its only source is of kind <see cref="Data.SourceKind.Other"/>
    /// (a wiki, a blog, a site relaying someone else's table), which gives context only (data/CONVENTIONS.md).
    /// </summary>
    public bool MayBeJudged => SourceKind != Data.SourceKind.Other;

    /// <summary>The figure as published, e.g. "80%" or "just under 60%".</summary>
    public string Published => (Qualifier.Length > 0 ? Qualifiers.Text(Qualifier) + " " : "") + ValuePercent.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}

/// <summary>Reader of dataset <c>china-opinion-russia</c>: Chinese public opinion of Russia, Putin and the US in published surveys.</summary>
public static class ChinaOpinion
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.ChinaOpinionRussia;

    /// <summary>Every measure (survey question) the dataset holds.</summary>
    public static IReadOnlyList<string> Measures(DataCatalog data) => new DatasetView(data, Dataset).Distinct("measure");

    /// <summary>Every survey's share of respondents (percent) for one measure, ordered by fieldwork (undated last).</summary>
    /// <exception cref="ArgumentException">Unknown measure, or it is held only as a score, not in percent.</exception>
    public static IReadOnlyList<SurveyValue> Values(DataCatalog data, string measure) => Surveys.Percent(new DatasetView(data, Dataset), "survey", new Where("measure", measure));
}

/// <summary>Reader of dataset <c>russia-opinion-china</c>: how Russians see China, in Levada Center and VCIOM polls.</summary>
public static class RussiaOpinion
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.RussiaOpinionChina;

    /// <summary>One pollster's share of respondents (percent) for one measure, ordered by fieldwork.</summary>
    /// <exception cref="ArgumentException">Unknown pollster or measure (the message lists what exists).</exception>
    public static IReadOnlyList<SurveyValue> Values(DataCatalog data, string pollster, string measure) =>
        Surveys.Percent(new DatasetView(data, Dataset), "pollster", new Where("pollster", pollster), new Where("measure", measure));
}

/// <summary>Shared reading of survey datasets (fieldwork dates, qualifiers, percent only).</summary>
internal static class Surveys
{
    public static IReadOnlyList<SurveyValue> Percent(DatasetView view, string idColumn, params Where[] filters)
    {
        var ids = view.Column<string>(idColumn);
        var values = view.Column<double>("value");
        var notes = view.Column<string>("note");
        var qualifiers = view.Column<string>(DatasetView.QualifierColumn);
        var starts = view.Column<string>("fieldwork_start");
        return view.Matching([.. filters, new Where(DataPackage.UnitField, "percent")]).Where(values.ContainsKey)
            .Select(r => new SurveyValue(ids[r], ParseStart(starts.GetValueOrDefault(r)), values[r], qualifiers.GetValueOrDefault(r, ""), notes.GetValueOrDefault(r, ""), view.SourceKindOf(r)))
            .OrderBy(v => v.FieldworkStart ?? DateOnly.MaxValue)
            .ToArray();
    }

    /// <summary>A full or partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) as its first day; null when empty.</summary>
    public static DateOnly? ParseStart(string? text)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var style = System.Globalization.DateTimeStyles.None;
        return text switch
        {
            { Length: 10 } when DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, style, out var d) => d,
            { Length: 7 } when DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", culture, style, out var m) => m,
            { Length: 4 } when DateOnly.TryParseExact(text + "-01-01", "yyyy-MM-dd", culture, style, out var y) => y,
            _ => null,
        };
    }
}

/// <summary>Reader of dataset <c>china-media-war-coverage</c>: published content analyses of Chinese media coverage of the war in Ukraine.</summary>
public static class ChinaMediaWarCoverage
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.ChinaMediaWarCoverage;

    /// <summary>One study's figure for one media group and measure, in the unit asked for, with its period.</summary>
    /// <exception cref="ArgumentException">Unknown study, group or measure, or another unit.</exception>
    public static PeriodValue Value(DataCatalog data, string study, string mediaGroup, string measure, string unit)
    {
        var periods = new DatasetView(data, Dataset).Periods("value", new("study", study), new("media_group", mediaGroup), new("measure", measure), new(DataPackage.UnitField, unit));
        return periods.Count == 1 ? periods[0] : throw new ArgumentException($"Dataset '{Dataset}' has {periods.Count} rows for {study}, {mediaGroup}, {measure}; expected one.", nameof(measure));
    }
}

/// <summary>Reader of dataset <c>countries</c>: country and group codes with their English names.</summary>
public static class Countries
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.Countries;

    /// <summary>The English name of <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">The code is not listed (the message says where to add it).</exception>
    public static string Name(DataCatalog data, string code)
    {
        var names = Names(data);
        return names.TryGetValue(code, out var name)
            ? name
            : throw new ArgumentException($"Code '{code}' is not in dataset '{Dataset}'; add it to data/countries/countries.csv.", nameof(code));
    }

    /// <summary>The validated list as a frame: columns <c>code</c>, <c>name</c>, <c>kind</c> and <c>iso_numeric</c> (ISO 3166-1 numeric, three digits; empty for groups).</summary>
    public static Deedle.Frame<int, string> Frame(DataCatalog data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Load(Dataset);
    }

    /// <summary>Every code with its name.</summary>
    public static IReadOnlyDictionary<string, string> Names(DataCatalog data)
    {
        var view = new DatasetView(data, Dataset);
        var codes = view.Column<string>("code");
        var names = view.Column<string>("name");
        return codes.Keys.ToDictionary(r => codes[r], r => names[r], StringComparer.Ordinal);
    }
}

/// <summary>
/// Reader of dataset <c>china-russia-trade-composition</c>: published figures on what each side sells the other,
/// product groups' shares of one side's exports (percent) and values (USD bn), by period.
/// </summary>
public static class ChinaRussiaTradeComposition
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.ChinaRussiaTradeComposition;

    /// <summary>The validated rows as a frame: period_start, period_end, exporter, importer, product_group, share_of_exports_percent, value_usd_bn, source_id.</summary>
    public static Deedle.Frame<int, string> Frame(DataCatalog data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Load(Dataset);
    }
}
