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
/// file, not only the first, so one run tells the whole story.
/// </summary>
public sealed class DataValidationException : Exception
{
    /// <summary>Creates the exception for a non-empty list of issues.</summary>
    public DataValidationException(IReadOnlyList<DataIssue> issues)
        : base(Describe(issues))
    {
        Issues = issues;
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<DataIssue> Issues { get; }

    private static string Describe(IReadOnlyList<DataIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var files = string.Join(", ", issues.Select(i => i.File).Distinct());
        const int shown = 50;
        var lines = issues.Take(shown).Select(i => "  - " + i);
        var more = issues.Count > shown ? $"{Environment.NewLine}  ... and {issues.Count - shown} more" : "";
        return $"{issues.Count} problem(s) in {files}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
