using System.Globalization;
using Analysis.Data;

namespace Analysis.Products.Tariffs;

/// <summary>Reads the analyst's table of tariffs per HS6 line.</summary>
public static class TariffLines
{
    /// <summary>The columns of the table, in any order: hs6, tariff_before, tariff_after are required; the rest optional.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["hs6", "tariff_before", "tariff_after", "specific_before_usd_per_tonne", "specific_after_usd_per_tonne", "import_demand_elasticity", "substitution_elasticity"];

    /// <summary>
    /// Reads a CSV table with a header row and the <see cref="Columns"/>: tariffs as fractions (0.15 = 15 %), specific
    /// duties in US dollars per tonne, elasticities per line (empty = the model's default).
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The table is malformed (an unclosed quote, text after a closing quote, a line with another number of fields than the header), a required column is missing, a value is not a number in range, or a line repeats; the message names file, line (the physical line, blank lines counted) and column.</exception>
    public static IReadOnlyList<TariffLine> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Tariff table '{Path.GetFullPath(path)}' does not exist; expected a CSV with the columns {string.Join(", ", Columns)}.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses the table from CSV text (see <see cref="Read"/>).</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="origin">A name for the text in error messages.</param>
    /// <exception cref="FormatException">As for <see cref="Read"/>.</exception>
    public static IReadOnlyList<TariffLine> Parse(string csv, string origin = "tariff table")
    {
        ArgumentNullException.ThrowIfNull(csv);
        var table = CsvParser.ParseStrict(origin, csv);
        if (table.Header.Count == 0)
        {
            throw new FormatException($"{origin}: empty; expected a header line with {string.Join(", ", Columns)}.");
        }

        var header = table.Header.Select(h => h.Trim()).ToList();
        foreach (var required in Columns.Take(3))
        {
            if (!header.Contains(required))
            {
                throw new FormatException($"{origin}, line 1: column '{required}' is missing; expected {string.Join(", ", Columns)} (tariffs as fractions, specific duties in USD per tonne).");
            }
        }

        var lines = new List<TariffLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var lineNumber = record.Line;
            string Field(string column) => header.IndexOf(column) is var i and >= 0 ? record.Fields[i].Trim() : "";
            double? Number(string column, double min, double max)
            {
                var text = Field(column);
                if (text.Length == 0)
                {
                    return null;
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max
                    ? value
                    : throw new FormatException($"{origin}, line {lineNumber}, column {column}: expected a number in [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}], found '{text}'.");
            }

            var hs6 = Field("hs6");
            if (hs6.Length != 6 || !hs6.All(char.IsAsciiDigit))
            {
                throw new FormatException($"{origin}, line {lineNumber}, column hs6: expected 6 digits, found '{hs6}'.");
            }

            if (!seen.Add(hs6))
            {
                throw new FormatException($"{origin}, line {lineNumber}, column hs6: product {hs6} is listed twice.");
            }

            lines.Add(new TariffLine(
                hs6,
                Number("tariff_before", 0, 100) ?? throw new FormatException($"{origin}, line {lineNumber}, column tariff_before: a value is required."),
                Number("tariff_after", 0, 100) ?? throw new FormatException($"{origin}, line {lineNumber}, column tariff_after: a value is required."),
                Number("specific_before_usd_per_tonne", 0, double.MaxValue) ?? 0,
                Number("specific_after_usd_per_tonne", 0, double.MaxValue) ?? 0,
                Number("import_demand_elasticity", double.MinValue, 0),
                Number("substitution_elasticity", 0, double.MaxValue)));
        }

        return lines;
    }
}
