namespace Analysis.Products.Engine;

/// <summary>
/// A product file that cannot be used as asked: missing, of the wrong format, truncated, or with malformed lines
/// (then <see cref="MalformedLines"/> holds how many and the first 20, with line numbers).
/// </summary>
public sealed class ProductDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProductDataException()
    {
        MalformedLines = MalformedLineReport.None;
    }

    /// <summary>Creates the exception with a message.</summary>
    public ProductDataException(string message)
        : base(message)
    {
        MalformedLines = MalformedLineReport.None;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ProductDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        MalformedLines = MalformedLineReport.None;
    }

    /// <summary>Creates the exception for malformed lines.</summary>
    public ProductDataException(string message, MalformedLineReport malformedLines)
        : base(message)
    {
        MalformedLines = malformedLines;
    }

    /// <summary>The malformed lines, when that is the problem (otherwise a report of none).</summary>
    public MalformedLineReport MalformedLines { get; }
}
