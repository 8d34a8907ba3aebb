using Analysis.Products.Engine;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Engine;

/// <summary>Opens product files with the fixture countries list.</summary>
internal static class ProductTradeTestsAccess
{
    public static ProductTrade Open(string path) => ProductTrade.Open(path, TestData.Countries);
}
