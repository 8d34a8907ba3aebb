namespace Analysis.Products.Tests.Support;

/// <summary>The tolerance for floating-point asserts (decimal places).</summary>
internal static class Tolerance
{
    public const int Places = 6;
}
