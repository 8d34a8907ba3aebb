using System.Globalization;
using Deedle;

namespace Analysis.Data;

/// <summary>
/// Reader of dataset <c>russia-recycling-fee</c>: Russia's vehicle recycling (utilisation) fee, RUB
/// per vehicle, by category and effective date (scheduled future steps included).
/// </summary>
public static class RecyclingFee
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.RussiaRecyclingFee;

    /// <summary>Column names.</summary>
    public static class Columns
    {
        /// <summary>Date the fee takes effect.</summary>
        public const string EffectiveDate = "effective_date";

        /// <summary>Vehicle category.</summary>
        public const string Category = "category";

        /// <summary>Fee, RUB per vehicle.</summary>
        public const string FeeRub = "fee_rub";
    }

    /// <summary>Every fee category the dataset holds.</summary>
    public static IReadOnlyList<string> Categories(DataCatalog data) => new DatasetView(data, Dataset).Distinct(Columns.Category);

    /// <summary>The schedule of <paramref name="category"/>: RUB per vehicle by effective date, ascending.</summary>
    /// <exception cref="ArgumentException">The category is unknown (the message lists the known ones).</exception>
    public static Series<DateOnly, double> ScheduleRub(DataCatalog data, string category) =>
        new DatasetView(data, Dataset).ByDate(Columns.EffectiveDate, Columns.FeeRub, new Where(Columns.Category, category));

    /// <summary>
    /// The fee in force on <paramref name="isoDate"/> (YYYY-MM-DD) for <paramref name="category"/>: the last
    /// step of the schedule that took effect on or before that date, RUB per vehicle, with its effective date.
    /// </summary>
    /// <exception cref="FormatException">The date is not YYYY-MM-DD.</exception>
    /// <exception cref="ArgumentException">The category is unknown, or no fee was in force yet on that date.</exception>
    public static (DateOnly EffectiveDate, double FeeRub) InForceOn(DataCatalog data, string category, string isoDate)
    {
        var date = IsoDate.Parse(isoDate, nameof(isoDate));
        var schedule = ScheduleRub(data, category);
        var steps = schedule.Keys.Where(d => d <= date).ToList();
        return steps.Count > 0
            ? (steps[^1], schedule[steps[^1]])
            : throw new ArgumentException($"No fee in category '{category}' was in force on {isoDate}; the schedule starts {schedule.FirstKey().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", nameof(isoDate));
    }
}

/// <summary>ISO dates as notebook parameters give them.</summary>
public static class IsoDate
{
    /// <summary>Parses <c>YYYY-MM-DD</c>.</summary>
    /// <exception cref="FormatException">The text is not a date written YYYY-MM-DD; the message names the parameter.</exception>
    public static DateOnly Parse(string text, string name = "date") =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"{name} must be a date written YYYY-MM-DD, but was '{text}'.");
}
