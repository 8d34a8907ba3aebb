using System.Globalization;
using Analysis.Data;
using Deedle;

namespace Analysis.Products.Codes;

/// <summary>A numeric country code as used in BACI / UN Comtrade, resolved to the project's code and name.</summary>
/// <param name="Numeric">The numeric code in the file (e.g. 156, 842).</param>
/// <param name="Iso3">The project's code (ISO 3166-1 alpha-3), or null for a code that names no single country (e.g. 490 "Other Asia, nes").</param>
/// <param name="Name">A readable name.</param>
/// <param name="BaciSpecific">True when the code comes from the table of BACI/Comtrade-specific codes rather than the ISO numeric column.</param>
public sealed record CountryCode(int Numeric, string? Iso3, string Name, bool BaciSpecific);

/// <summary>
/// Maps BACI's and UN Comtrade's numeric country codes to the project's ISO3 codes and names: first through the
/// <c>iso_numeric</c> column of the project's countries list (ISO 3166-1 numeric), then through a small table of
/// codes that BACI and Comtrade use instead of the ISO ones (251 France, 579 Norway, 699 India, 757 Switzerland,
/// 842 USA, 490 "Other Asia, nes"; each row cites its source, see <c>Codes/baci-country-codes.csv</c>).
/// A code found in neither is reported as unmapped (<see cref="Find"/> returns null; results label it <c>#123</c>),
/// never dropped.
/// </summary>
public sealed class CountryCodes
{
    /// <summary>Name of the countries-list column that holds the ISO 3166-1 numeric code (three digits).</summary>
    public const string IsoNumericColumn = "iso_numeric";

    private static readonly Lazy<IReadOnlyList<CountryCode>> BaciSpecificCodes = new(() =>
        EmbeddedCsv.Read("codes/baci-country-codes.csv")
            .Select(r => new CountryCode(int.Parse(r["code_numeric"], CultureInfo.InvariantCulture), r["iso3"].Length == 0 ? null : r["iso3"], r["name"], BaciSpecific: true))
            .ToList());

    private readonly Dictionary<int, CountryCode> _byNumeric;

    private CountryCodes(Dictionary<int, CountryCode> byNumeric) => _byNumeric = byNumeric;

    /// <summary>The BACI/Comtrade-specific codes, with their sources in <c>Codes/baci-country-codes.csv</c>.</summary>
    public static IReadOnlyList<CountryCode> BaciSpecific => BaciSpecificCodes.Value;

    /// <summary>Every code known, ordered by numeric code.</summary>
    public IReadOnlyList<CountryCode> All => _byNumeric.Values.OrderBy(c => c.Numeric).ToList();

    /// <summary>Codes from the countries list of <paramref name="catalog"/> (its <c>countries</c> resource) plus the BACI-specific table.</summary>
    /// <exception cref="InvalidOperationException">The countries list has no <c>iso_numeric</c> column, or a value in it is not three digits.</exception>
    public static CountryCodes FromCatalog(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return FromFrame(Countries.Frame(catalog), $"the countries list (countries/countries.csv in {catalog.Origin})");
    }

    /// <summary>Codes from a countries frame with columns <c>code</c>, <c>name</c> and <c>iso_numeric</c>, plus the BACI-specific table.</summary>
    /// <param name="countries">The frame (as <see cref="DataCatalog.Load"/> returns the <c>countries</c> resource).</param>
    /// <param name="origin">Where the frame came from, for error messages.</param>
    /// <exception cref="InvalidOperationException">A column is missing, or an <c>iso_numeric</c> value is not three digits.</exception>
    public static CountryCodes FromFrame(Frame<int, string> countries, string origin = "the countries frame")
    {
        ArgumentNullException.ThrowIfNull(countries);
        foreach (var column in new[] { "code", "name", IsoNumericColumn })
        {
            if (!countries.ColumnKeys.Contains(column))
            {
                throw new InvalidOperationException(
                    $"{origin} has no '{column}' column; expected columns code, name and {IsoNumericColumn} (ISO 3166-1 numeric, three digits such as 156 or 643) to map BACI's numeric country codes.");
            }
        }

        var codes = countries.GetColumn<string>("code");
        var names = countries.GetColumn<string>("name");
        var numerics = countries.GetColumn<object>(IsoNumericColumn);
        var map = new Dictionary<int, CountryCode>();
        foreach (var row in countries.RowKeys)
        {
            var numeric = numerics.TryGet(row);
            if (!numeric.HasValue || Convert.ToString(numeric.Value, CultureInfo.InvariantCulture) is not { Length: > 0 } text)
            {
                continue; // groups (EU, WLD, ...) have no numeric code
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 999)
            {
                throw new InvalidOperationException($"{origin}, row {row + 2}, column {IsoNumericColumn}: expected three digits (ISO 3166-1 numeric), found '{text}'.");
            }

            map[value] = new CountryCode(value, codes.Get(row), names.Get(row), BaciSpecific: false);
        }

        foreach (var code in BaciSpecific)
        {
            map.TryAdd(code.Numeric, code);
        }

        return new CountryCodes(map);
    }

    /// <summary>The code's entry, or null when neither the countries list nor the BACI-specific table knows it.</summary>
    public CountryCode? Find(int numeric) => _byNumeric.GetValueOrDefault(numeric);

    /// <summary>The ISO3 code for <paramref name="numeric"/>, or <c>#</c> and the number (e.g. <c>#490</c>) when it has none.</summary>
    public string Label(int numeric) => Find(numeric)?.Iso3 ?? "#" + numeric.ToString(CultureInfo.InvariantCulture);

    /// <summary>The name for <paramref name="numeric"/>, or "unmapped code N".</summary>
    public string NameOf(int numeric) => Find(numeric)?.Name ?? "unmapped code " + numeric.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Every numeric code that stands for <paramref name="country"/>: an ISO3 code (<c>"FRA"</c> gives 250 and 251),
    /// or a number written as digits (<c>"490"</c>) for codes without ISO3.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The country has no numeric code.</exception>
    public IReadOnlyList<int> NumericCodesOf(string country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        if (int.TryParse(country, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric))
        {
            return [numeric];
        }

        var found = _byNumeric.Values.Where(c => string.Equals(c.Iso3, country, StringComparison.Ordinal)).Select(c => c.Numeric).Order().ToList();
        return found.Count > 0
            ? found
            : throw new KeyNotFoundException($"Country '{country}' has no numeric code in the countries list ({IsoNumericColumn}) or the BACI-specific table; give an ISO3 code such as CHN, or the numeric code as digits.");
    }
}
