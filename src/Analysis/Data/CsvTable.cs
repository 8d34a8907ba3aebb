using System.Text;

namespace Analysis.Data;

/// <summary>One data record of a CSV file, with the physical line on which it starts.</summary>
/// <param name="Line">1-based line number in the file (the header is line 1).</param>
/// <param name="Fields">The record's fields, unquoted.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>A CSV file split into a header and records, before any typing or validation.</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRecord> Records);

/// <summary>
/// An RFC 4180 reader: comma-delimited, fields optionally wrapped in double quotes (a quote inside
/// is doubled), LF or CRLF line ends, an optional UTF-8 byte-order mark. It never guesses: a
/// structural problem (unterminated quote, text after a closing quote) is reported as a
/// <see cref="DataIssue"/> with the line it occurs on.
/// </summary>
internal static class CsvParser
{
    /// <summary>Parses <paramref name="text"/>; structural problems are added to <paramref name="issues"/>.</summary>
    public static CsvTable Parse(string file, string text, List<DataIssue> issues)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var atFieldStart = true;
        var anyContentInRecord = false;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            atFieldStart = true;
        }

        void EndRecord()
        {
            EndField();
            // A blank line (one empty field) is not a record.
            if (!(fields.Count == 1 && fields[0].Length == 0 && !anyContentInRecord))
            {
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            }

            fields.Clear();
            anyContentInRecord = false;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                anyContentInRecord = true;
                var startLine = line;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    var q = text[i];
                    if (q == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        closed = true;
                        break;
                    }

                    if (q == '\n')
                    {
                        line++;
                    }

                    field.Append(q);
                    i++;
                }

                if (!closed)
                {
                    issues.Add(new DataIssue(file, startLine, null, Truncate(field.ToString()), "unterminated quoted field: expected a closing '\"'"));
                    EndRecord();
                    return ToTable(records);
                }

                atFieldStart = false;
                // After a closing quote only a delimiter or a line end may follow.
                if (i < text.Length && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                {
                    var rest = new StringBuilder();
                    while (i < text.Length && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                    {
                        rest.Append(text[i++]);
                    }

                    issues.Add(new DataIssue(file, line, null, Truncate(field + rest.ToString()), "text after a closing quote: expected ',' or a line end"));
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    anyContentInRecord = true;
                    EndField();
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    break;
                case '\r':
                case '\n':
                    EndRecord();
                    i++;
                    line++;
                    recordLine = line;
                    break;
                default:
                    anyContentInRecord = true;
                    atFieldStart = false;
                    field.Append(c);
                    i++;
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0 || anyContentInRecord)
        {
            EndRecord();
        }

        return ToTable(records);
    }

    /// <summary>
    /// Parses <paramref name="text"/> for a reader that must refuse a malformed table outright rather than
    /// collect issues: a structural problem (see <see cref="Parse"/>), or a record whose number of fields
    /// differs from the header's, throws. Blank lines are skipped; line numbers are physical lines.
    /// </summary>
    /// <param name="origin">The name of the text in messages (a file name or path).</param>
    /// <param name="text">The CSV text.</param>
    /// <exception cref="FormatException">The first problem, as "<c>origin, line N: what</c>".</exception>
    public static CsvTable ParseStrict(string origin, string text)
    {
        var issues = new List<DataIssue>();
        var table = Parse(origin, text, issues);
        if (issues.Count > 0)
        {
            var issue = issues[0];
            throw new FormatException($"{origin}, line {issue.Line}: {issue.Rule}; found '{issue.Value}'.");
        }

        var ragged = table.Records.FirstOrDefault(r => r.Fields.Count != table.Header.Count);
        return ragged is null
            ? table
            : throw new FormatException($"{origin}, line {ragged.Line}: {ragged.Fields.Count} fields where the header has {table.Header.Count}.");
    }

    private static CsvTable ToTable(List<CsvRecord> records) =>
        records.Count == 0
            ? new CsvTable(Array.Empty<string>(), Array.Empty<CsvRecord>())
            : new CsvTable(records[0].Fields, records.Skip(1).ToArray());

    internal static string Truncate(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
