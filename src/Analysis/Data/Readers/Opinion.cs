using Deedle;

namespace Analysis.Data;

/// <summary>One survey's figure for one question.</summary>
/// <param name="Survey">Survey id (e.g. <c>tsinghua_ciss_2024</c>).</param>
/// <param name="FieldworkStart">First day of fieldwork, if published.</param>
/// <param name="ValuePercent">Share of respondents, percent.</param>
/// <param name="Note">Caveat (e.g. "published as 'just under 60 percent'"), or empty.</param>
public sealed record SurveyValue(string Survey, DateOnly? FieldworkStart, double ValuePercent, string Note);

/// <summary>Reader of dataset <c>china-opinion-russia</c>: Chinese public opinion of Russia (and the US) in published surveys.</summary>
public static class ChinaOpinion
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.ChinaOpinionRussia;

    /// <summary>Every measure (survey question) the dataset holds.</summary>
    public static IReadOnlyList<string> Measures(DataCatalog data) => new DatasetView(data, Dataset).Distinct("measure");

    /// <summary>Every survey's figure for one measure, in file order.</summary>
    /// <exception cref="ArgumentException">Unknown measure (the message lists the known ones).</exception>
    public static IReadOnlyList<SurveyValue> Values(DataCatalog data, string measure)
    {
        var view = new DatasetView(data, Dataset);
        var surveys = view.Column<string>("survey");
        var values = view.Column<double>("value_percent");
        var notes = view.Column<string>("note");
        var starts = view.Column<string>("fieldwork_start");
        return view.Matching(new Where("measure", measure)).Where(values.ContainsKey)
            .Select(r => new SurveyValue(surveys[r], ParseStart(starts.GetValueOrDefault(r)), values[r], notes.GetValueOrDefault(r, "")))
            .ToArray();
    }

    /// <summary>The figures of <see cref="Values"/> as a series keyed by survey id.</summary>
    public static Series<string, double> PercentBySurvey(DataCatalog data, string measure)
    {
        var values = Values(data, measure);
        return new Series<string, double>(values.Select(v => v.Survey), values.Select(v => v.ValuePercent));
    }

    private static DateOnly? ParseStart(string? text) =>
        text is { Length: 10 } && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
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

    /// <summary>Every code with its name.</summary>
    public static IReadOnlyDictionary<string, string> Names(DataCatalog data)
    {
        var view = new DatasetView(data, Dataset);
        var codes = view.Column<string>("code");
        var names = view.Column<string>("name");
        return codes.Keys.ToDictionary(r => codes[r], r => names[r], StringComparer.Ordinal);
    }
}
