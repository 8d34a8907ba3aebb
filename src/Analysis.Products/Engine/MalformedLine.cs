namespace Analysis.Products.Engine;

/// <summary>One line of a product file that could not be read.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">1-based line number in the file (the header is line 1).</param>
/// <param name="Column">The column that failed, when known.</param>
/// <param name="Error">What was wrong (e.g. "Expected Number of Columns: 6 Found: 5").</param>
/// <param name="Text">The line as found.</param>
public sealed record MalformedLine(string File, long Line, string? Column, string Error, string Text)
{
    /// <inheritdoc />
    public override string ToString() => $"{System.IO.Path.GetFileName(File)}, line {Line}{(Column is null ? "" : $", column {Column}")}: {Error} — \"{Text}\"";
}

/// <summary>The malformed lines met by one query: how many, and the first <see cref="MaxShown"/>.</summary>
/// <param name="Count">How many lines were malformed.</param>
/// <param name="First">The first of them (at most <see cref="MaxShown"/>), in file and line order.</param>
public sealed record MalformedLineReport(long Count, IReadOnlyList<MalformedLine> First)
{
    /// <summary>How many malformed lines a report shows.</summary>
    public const int MaxShown = 20;

    /// <summary>A report of no malformed line.</summary>
    public static MalformedLineReport None { get; } = new(0, []);

    /// <inheritdoc />
    public override string ToString() =>
        Count == 0 ? "no malformed lines"
        : $"{Count} malformed line(s){(Count > First.Count ? $", the first {First.Count}" : "")}:\n  " + string.Join("\n  ", First);
}
