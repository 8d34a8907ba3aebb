using System.Globalization;
using System.Text.RegularExpressions;

namespace Analysis.Data;

/// <summary>A CSV file that passed validation: typed columns, in schema order, the row count, and the records as read.</summary>
internal sealed record ValidatedTable(ResourceDescriptor Resource, int RowCount, IReadOnlyDictionary<string, object?[]> Columns, IReadOnlyList<CsvRecord> Records, IReadOnlyDictionary<string, int> HeaderIndex)
{
    /// <summary>The physical line on which row <paramref name="row"/> starts.</summary>
    public int Line(int row) => Records[row].Line;

    /// <summary>The value of <paramref name="field"/> in row <paramref name="row"/> as written in the file.</summary>
    public string Raw(int row, string field) => Records[row].Fields[HeaderIndex[field]];
}

/// <summary>
/// Checks a parsed CSV against its resource's schema: header, field count, types (invariant
/// culture), constraints, primary-key uniqueness, foreign keys and source ids. It collects every
/// problem rather than stopping at the first, and it never coerces or drops a value.
/// </summary>
internal static class TableValidator
{
    /// <summary>Name of the column that cites a source.</summary>
    public const string SourceIdField = "source_id";

    private static readonly char[] OtherDelimiters = [';', '\t', '|'];

    /// <summary>Validates <paramref name="table"/>; returns the typed table, or <c>null</c> if the header is unusable.</summary>
    /// <param name="resource">The schema and sources to check against.</param>
    /// <param name="table">The parsed file.</param>
    /// <param name="referencedValues">Gives the allowed values of a foreign key's target (resource, field).</param>
    /// <param name="issues">Receives every problem found.</param>
    public static ValidatedTable? Validate(
        ResourceDescriptor resource,
        CsvTable table,
        Func<string, string, IReadOnlySet<string>> referencedValues,
        List<DataIssue> issues)
    {
        var file = resource.Path;
        var expected = string.Join(",", resource.Fields.Select(f => f.Name));
        if (table.Header.Count == 0)
        {
            issues.Add(new DataIssue(file, 1, null, null, $"file is empty: expected a header row '{expected}'"));
            return null;
        }

        if (table.Header.Count == 1 && table.Header[0].IndexOfAny(OtherDelimiters) >= 0)
        {
            var found = table.Header[0][table.Header[0].IndexOfAny(OtherDelimiters)];
            var shown = found == '\t' ? "tab" : $"'{found}'";
            issues.Add(new DataIssue(file, 1, null, CsvParser.Truncate(table.Header[0]), $"wrong delimiter: the header looks {shown}-delimited; expected comma-delimited '{expected}'"));
            return null;
        }

        var headerOk = CheckHeader(resource, table.Header, issues);
        if (!headerOk)
        {
            return null;
        }

        if (table.Records.Count == 0)
        {
            issues.Add(new DataIssue(file, 2, null, null, "no data rows: expected at least one row after the header"));
            return null;
        }

        var index = table.Header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        var columns = resource.Fields.ToDictionary(f => f.Name, _ => new object?[table.Records.Count]);
        var sourceIds = resource.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var hasSourceField = resource.Field(SourceIdField) is not null;
        var keysSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var patterns = resource.Fields
            .Where(f => f.Constraints.Pattern is not null)
            .ToDictionary(f => f.Name, f => new Regex("^(?:" + f.Constraints.Pattern + ")$", RegexOptions.CultureInvariant));

        for (var row = 0; row < table.Records.Count; row++)
        {
            var record = table.Records[row];
            if (record.Fields.Count != table.Header.Count)
            {
                issues.Add(new DataIssue(file, record.Line, null, CsvParser.Truncate(string.Join(",", record.Fields)),
                    $"expected {table.Header.Count} fields, found {record.Fields.Count} (check for an unquoted comma)"));
                continue;
            }

            var rowOk = true;
            var rowUnit = index.TryGetValue(DataPackage.UnitField, out var unitIndex) ? record.Fields[unitIndex] : null;
            foreach (var field in resource.Fields)
            {
                var raw = record.Fields[index[field.Name]];
                if (!TryConvert(file, record.Line, field, UnitOf(field, rowUnit), raw, patterns, issues, out var value))
                {
                    rowOk = false;
                    continue;
                }

                columns[field.Name][row] = value;
                if (value is string s && field.Name == SourceIdField && hasSourceField && !sourceIds.Contains(s))
                {
                    issues.Add(new DataIssue(file, record.Line, field.Name, s, "unknown source id: expected one of this resource's sources in datapackage.json"));
                    rowOk = false;
                }
            }

            foreach (var fk in resource.ForeignKeys)
            {
                if (columns[fk.Field][row] is string v && !referencedValues(fk.ReferencedResource, fk.ReferencedField).Contains(v))
                {
                    issues.Add(new DataIssue(file, record.Line, fk.Field, v, $"unknown code: expected a value of {fk.ReferencedResource}.{fk.ReferencedField}"));
                }
            }

            if (rowOk && resource.PrimaryKey.Count > 0)
            {
                var key = string.Join("|", resource.PrimaryKey.Select(k => KeyText(columns[k][row])));
                if (keysSeen.TryGetValue(key, out var firstLine))
                {
                    // Quoted as written in the file (dates stay ISO, numbers keep their digits).
                    var described = string.Join(", ", resource.PrimaryKey.Select(k => $"{k}={record.Fields[index[k]]}"));
                    issues.Add(new DataIssue(file, record.Line, string.Join("+", resource.PrimaryKey), described, $"duplicate primary key: first seen on line {firstLine}"));
                }
                else
                {
                    keysSeen[key] = record.Line;
                }
            }
        }

        return new ValidatedTable(resource, table.Records.Count, columns, table.Records, index);
    }

    private static bool CheckHeader(ResourceDescriptor resource, IReadOnlyList<string> header, List<DataIssue> issues)
    {
        var ok = true;
        var file = resource.Path;
        foreach (var dup in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            issues.Add(new DataIssue(file, 1, dup.Key, null, "duplicate column name in the header"));
            ok = false;
        }

        foreach (var field in resource.Fields.Where(f => !header.Contains(f.Name)))
        {
            issues.Add(new DataIssue(file, 1, field.Name, null, "missing column: the schema requires it"));
            ok = false;
        }

        foreach (var extra in header.Where(h => resource.Field(h) is null))
        {
            issues.Add(new DataIssue(file, 1, extra, null, "unknown column: not in the schema in datapackage.json"));
            ok = false;
        }

        return ok;
    }

    /// <summary>
    /// The unit of <paramref name="field"/> in a row: the row's value of the <c>unit</c> column when
    /// the schema says the unit lives there (a number field without a unit, or one whose unit text
    /// starts with "see unit column"), otherwise the field's own unit; null when none is known.
    /// </summary>
    private static string? UnitOf(FieldDescriptor field, string? rowUnit)
    {
        var fromColumn = field.Unit is null || field.Unit.StartsWith("see unit column", StringComparison.OrdinalIgnoreCase);
        return fromColumn && !string.IsNullOrEmpty(rowUnit) ? rowUnit : fromColumn ? null : field.Unit;
    }

    /// <summary>A typed key value as invariant text (dates as ISO), for comparing primary keys.</summary>
    private static string KeyText(object? value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static bool TryConvert(
        string file, int line, FieldDescriptor field, string? unit, string raw,
        Dictionary<string, Regex> patterns, List<DataIssue> issues, out object? value)
    {
        value = null;
        var shown = CsvParser.Truncate(raw);
        if (raw.Length == 0)
        {
            if (field.Constraints.Required)
            {
                issues.Add(new DataIssue(file, line, field.Name, "", "required value is empty"));
                return false;
            }

            return true;
        }

        if (raw.Trim() != raw)
        {
            issues.Add(new DataIssue(file, line, field.Name, shown, "leading or trailing whitespace"));
            return false;
        }

        double? numeric = null;
        switch (field.Type)
        {
            case FieldType.Integer:
                if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
                {
                    issues.Add(new DataIssue(file, line, field.Name, shown, "expected an integer (digits only, no separators)"));
                    return false;
                }

                value = i;
                numeric = i;
                break;
            case FieldType.Number:
                if (!double.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d)
                    || !double.IsFinite(d))
                {
                    issues.Add(new DataIssue(file, line, field.Name, shown, $"expected a number{(unit is null ? "" : " in " + unit)} ('.' as decimal mark, no thousands separators)"));
                    return false;
                }

                value = d;
                numeric = d;
                break;
            case FieldType.Date:
                if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    issues.Add(new DataIssue(file, line, field.Name, shown, "expected an ISO date YYYY-MM-DD"));
                    return false;
                }

                value = date;
                break;
            default:
                value = raw;
                break;
        }

        var c = field.Constraints;
        if (numeric is { } n)
        {
            if (c.Minimum is { } min && n < min)
            {
                issues.Add(new DataIssue(file, line, field.Name, shown, $"below the minimum {min.ToString(CultureInfo.InvariantCulture)}{UnitSuffix(unit)}"));
                return false;
            }

            if (c.Maximum is { } max && n > max)
            {
                issues.Add(new DataIssue(file, line, field.Name, shown, $"above the maximum {max.ToString(CultureInfo.InvariantCulture)}{UnitSuffix(unit)}"));
                return false;
            }
        }

        if (c.Enum is { } allowed && !allowed.Contains(raw))
        {
            issues.Add(new DataIssue(file, line, field.Name, shown, $"expected one of: {string.Join(", ", allowed)}"));
            return false;
        }

        if (patterns.TryGetValue(field.Name, out var regex) && !regex.IsMatch(raw))
        {
            issues.Add(new DataIssue(file, line, field.Name, shown, $"does not match the pattern {c.Pattern}"));
            return false;
        }

        return true;
    }

    private static string UnitSuffix(string? unit) => unit is null ? "" : " " + unit;
}
