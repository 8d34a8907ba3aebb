using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Render;

/// <summary>One variable declared in a notebook's parameters cell.</summary>
/// <param name="Name">Variable name.</param>
/// <param name="Kind">Literal kind, inferred from the declared type or the default value.</param>
/// <param name="DefaultLiteral">The default as written in the cell.</param>
public sealed record ParameterDeclaration(string Name, ParameterKind Kind, string DefaultLiteral);

/// <summary>The literal kinds a parameter can take.</summary>
public enum ParameterKind
{
    /// <summary>A C# string.</summary>
    Text,

    /// <summary>A C# int.</summary>
    WholeNumber,

    /// <summary>A C# double.</summary>
    RealNumber,

    /// <summary>A C# bool.</summary>
    Boolean,

    /// <summary>A C# string array, written <c>new[] { "USA", "EU" }</c>; overridden as a comma-separated list (<c>-p partners=USA,EU</c>).</summary>
    TextList,

    /// <summary>A C# double array, written <c>new[] { 0.5, 1.5 }</c>; overridden as a comma-separated list (<c>-p sigmas=0.5,3</c>).</summary>
    NumberList,
}

/// <summary>
/// Papermill-style parameters for C# notebooks: the cell tagged <c>parameters</c> declares
/// variables (<c>var firstYear = 2013;</c>); overrides given on the command line become a cell
/// tagged <c>injected-parameters</c> placed right after it, which redeclares them. C# script
/// submissions may redeclare a variable, so later cells see the override.
/// </summary>
public static partial class Parameters
{
    /// <summary>Reads the declarations of a parameters cell (one per line: <c>type name = literal;</c>).</summary>
    public static IReadOnlyList<ParameterDeclaration> Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new List<ParameterDeclaration>();
        foreach (Match m in Declaration().Matches(source))
        {
            var type = m.Groups["type"].Value;
            var literal = m.Groups["value"].Value.Trim();
            var kind = type switch
            {
                "string" => ParameterKind.Text,
                "int" => ParameterKind.WholeNumber,
                "double" => ParameterKind.RealNumber,
                "bool" => ParameterKind.Boolean,
                _ => Infer(literal),
            };
            result.Add(new ParameterDeclaration(m.Groups["name"].Value, kind, literal));
        }

        return result;
    }

    /// <summary>The source of the injected cell for <paramref name="overrides"/>, checked against <paramref name="declared"/>.</summary>
    /// <exception cref="ArgumentException">An override names an undeclared parameter or has a value of the wrong kind.</exception>
    public static string InjectedCell(IReadOnlyList<ParameterDeclaration> declared, IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(overrides);
        var sb = new StringBuilder("// Parameters injected by the render command (overrides of the cell above)\n");
        foreach (var (name, value) in overrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var declaration = declared.FirstOrDefault(d => d.Name == name)
                ?? throw new ArgumentException($"Unknown parameter '{name}'. The parameters cell declares: {string.Join(", ", declared.Select(d => d.Name))}.", nameof(overrides));
            sb.Append("var ").Append(name).Append(" = ").Append(Literal(declaration, value)).Append(";\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>Parses <c>name=value</c> pairs; the value is everything after the first '=' (it may hold '=' itself).</summary>
    /// <exception cref="ArgumentException">A pair has no '=' or an empty name, or a name is given twice.</exception>
    public static IReadOnlyDictionary<string, string> ParsePairs(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? "" : pair[..eq].Trim();
            if (name.Length == 0)
            {
                throw new ArgumentException($"Parameter '{pair}' must be written name=value, e.g. -p lastYear=2023.", nameof(pairs));
            }

            var value = pair[(eq + 1)..];
            if (result.TryGetValue(name, out var earlier))
            {
                throw new ArgumentException($"Parameter '{name}' is given twice ('{earlier}' and '{value}'); give each parameter once.", nameof(pairs));
            }

            result[name] = value;
        }

        return result;
    }

    /// <summary>An argument error's message without the " (Parameter 'x')" suffix .NET appends, for the console.</summary>
    public static string Plain(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.ParamName is { } p ? exception.Message.Replace($" (Parameter '{p}')", "", StringComparison.Ordinal) : exception.Message;
    }

    private static string Literal(ParameterDeclaration d, string value)
    {
        switch (d.Kind)
        {
            case ParameterKind.WholeNumber when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                return i.ToString(CultureInfo.InvariantCulture);
            case ParameterKind.RealNumber when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x):
                var r = x.ToString("R", CultureInfo.InvariantCulture);
                return r.Contains('.', StringComparison.Ordinal) || r.Contains('E', StringComparison.Ordinal) ? r : r + ".0";
            case ParameterKind.Boolean when bool.TryParse(value, out var b):
                return b ? "true" : "false";
            case ParameterKind.TextList:
                return "new[] { " + string.Join(", ", SplitList(value).Select(v => Literal(d with { Kind = ParameterKind.Text }, v))) + " }";
            case ParameterKind.NumberList when SplitList(value) is { Count: > 0 } items && items.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)):
                return "new[] { " + string.Join(", ", items.Select(v => Literal(d with { Kind = ParameterKind.RealNumber }, v))) + " }";
            case ParameterKind.Text:
                return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
            default:
                throw new ArgumentException($"Parameter '{d.Name}' is a {Describe(d.Kind)} (default {d.DefaultLiteral}); '{value}' is not.", nameof(value));
        }
    }

    private static List<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Describe(ParameterKind kind) => kind switch
    {
        ParameterKind.NumberList => "comma-separated list of numbers",
        ParameterKind.TextList => "comma-separated list",
        ParameterKind.WholeNumber => "whole number",
        ParameterKind.RealNumber => "number",
        ParameterKind.Boolean => "true/false value",
        _ => "text",
    };

    private static ParameterKind Infer(string literal) =>
        literal.StartsWith("new[]", StringComparison.Ordinal) ? (literal.Contains('"', StringComparison.Ordinal) ? ParameterKind.TextList : ParameterKind.NumberList)
        : literal.StartsWith('"') ? ParameterKind.Text
        : literal is "true" or "false" ? ParameterKind.Boolean
        : int.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? ParameterKind.WholeNumber
        : ParameterKind.RealNumber;

    [GeneratedRegex(@"^\s*(?<type>var|string|int|double|bool)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?<value>[^;]+);", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();
}
