using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Analysis.Products.Engine;

/// <summary>
/// Builds one SQL statement from fixed text and positional parameters (<c>$1</c>, <c>$2</c>, …). Values given
/// by callers (file paths, codes, years, delimiters) only ever enter as parameters, never as SQL text; the one
/// exception DuckDB forces is the target of <c>COPY … TO</c>, which must be a literal (see <see cref="Literal"/>).
/// </summary>
internal sealed class SqlCommand
{
    private readonly StringBuilder _sql = new();
    private readonly List<object> _values = [];

    public string Text => _sql.ToString();

    public IReadOnlyList<object> Values => _values;

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string Param(object value)
    {
        _values.Add(value);
        return "$" + _values.Count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A list of parameters: <c>[$1, $2]</c>.</summary>
    public string ParamList<T>(IEnumerable<T> values)
        where T : notnull => "[" + string.Join(", ", values.Select(v => Param(v))) + "]";

    /// <summary>An <c>IN</c> list of parameters: <c>($1, $2)</c>.</summary>
    public string InList<T>(IEnumerable<T> values)
        where T : notnull => "(" + string.Join(", ", values.Select(v => Param(v))) + ")";

    public SqlCommand Append(string sql)
    {
        _sql.Append(sql);
        return this;
    }

    /// <summary>
    /// A single-quoted SQL string literal for a value DuckDB will not take as a parameter (the target of COPY):
    /// quotes are doubled and control characters rejected, so the value cannot end the literal.
    /// </summary>
    public static string Literal(string value)
    {
        if (value.Any(char.IsControl))
        {
            throw new ArgumentException($"The path '{value}' contains a control character.", nameof(value));
        }

        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    public DuckDBCommand Create(DuckDBConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Text;
        foreach (var value in _values)
        {
            command.Parameters.Add(new DuckDBParameter(value));
        }

        return command;
    }
}
