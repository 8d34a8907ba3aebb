namespace Analysis.Data;

/// <summary>One violation of the data package's rules, located as precisely as the rule allows.</summary>
/// <param name="File">Path of the file inside the data package (e.g. <c>china-goods-trade/china-goods-trade.csv</c>).</param>
/// <param name="Line">1-based physical line (the header is line 1), or <c>null</c> for a whole-file rule.</param>
/// <param name="Column">The column (field name), or <c>null</c> for a rule about a whole row or file.</param>
/// <param name="Value">The offending value as read, or <c>null</c>.</param>
/// <param name="Rule">What was expected, in words.</param>
public sealed record DataIssue(string File, int? Line, string? Column, string? Value, string Rule)
{
    /// <summary>A one-line description: <c>file:line, column 'c', value 'v': rule</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } l ? $"{File}:{l}" : File;
        var column = Column is null ? "" : $", column '{Column}'";
        var value = Value is null ? "" : $", value '{Value}'";
        return $"{where}{column}{value}: {Rule}";
    }
}

/// <summary>
/// Thrown when a data file breaks the data package's rules. It carries every problem found in the
/// file, not only the first, so one run tells the whole story, and it names the copy of the data
/// that was read (the folder, or the copy embedded in the library and when it was built).
/// </summary>
public sealed class DataValidationException : Exception
{
    /// <summary>Creates the exception for a non-empty list of issues, with no origin named.</summary>
    public DataValidationException(IReadOnlyList<DataIssue> issues)
        : this(issues, null)
    {
    }

    /// <summary>Creates the exception for a non-empty list of issues found in the copy <paramref name="origin"/>.</summary>
    /// <param name="issues">Every problem found, in file order.</param>
    /// <param name="origin">The copy that was read, e.g. <c>the data folder /repo/data</c>; null if unknown.</param>
    /// <param name="hint">What to do next, appended as the last line; null for none.</param>
    public DataValidationException(IReadOnlyList<DataIssue> issues, string? origin, string? hint = null)
        : base(Describe(issues, origin, hint))
    {
        Issues = issues;
        Origin = origin;
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<DataIssue> Issues { get; }

    /// <summary>The copy of the data that was read (see <see cref="DataCatalog.Origin"/>), or null.</summary>
    public string? Origin { get; }

    private static string Describe(IReadOnlyList<DataIssue> issues, string? origin, string? hint)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var files = string.Join(", ", issues.Select(i => i.File).Distinct());
        var read = origin is null ? "" : $", read from {origin}";
        const int shown = 50;
        var lines = issues.Take(shown).Select(i => "  - " + i);
        var more = issues.Count > shown ? $"{Environment.NewLine}  ... and {issues.Count - shown} more" : "";
        var next = hint is null ? "" : Environment.NewLine + hint;
        return $"{issues.Count} problem(s) in {files}{read}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}{next}";
    }
}
