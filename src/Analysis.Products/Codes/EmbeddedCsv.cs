using System.Text;
using Analysis.Data;

namespace Analysis.Products.Codes;

/// <summary>
/// Reads the small CSV tables embedded in this assembly with the library's one CSV reader
/// (<see cref="CsvParser.ParseStrict"/>: RFC 4180 quoting, header row, a malformed table refused).
/// </summary>
internal static class EmbeddedCsv
{
    /// <summary>The rows of embedded resource <paramref name="name"/> as dictionaries keyed by header.</summary>
    /// <exception cref="InvalidOperationException">The resource is not in the assembly.</exception>
    /// <exception cref="FormatException">The table is malformed (the message names the resource and line).</exception>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string name)
    {
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from Analysis.Products.dll.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = CsvParser.ParseStrict(name, reader.ReadToEnd());
        return table.Records
            .Select(r => (IReadOnlyDictionary<string, string>)table.Header.Select((h, i) => KeyValuePair.Create(h, r.Fields[i])).ToDictionary(StringComparer.Ordinal))
            .ToList();
    }
}
