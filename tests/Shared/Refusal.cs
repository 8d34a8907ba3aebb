namespace Analysis.Testing;

/// <summary>
/// One assertion for a documented refusal: the exact exception type, the argument it names and the
/// start of its message (.NET appends " (Parameter '…')" and, for an out-of-range argument, the value).
/// </summary>
internal static class Refusal
{
    public static TException Check<TException>(Action call, string paramName, string messageStart)
        where TException : ArgumentException
    {
        var ex = Assert.Throws<TException>(call);
        Assert.Equal(paramName, ex.ParamName);
        Assert.StartsWith(messageStart, ex.Message, StringComparison.Ordinal);
        return ex;
    }
}
