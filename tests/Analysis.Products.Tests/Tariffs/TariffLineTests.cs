using Analysis.Products.Tariffs;

namespace Analysis.Products.Tests.Tariffs;

public sealed class TariffLineTests
{
    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(500, 0, true)]   // a specific duty removed by the change still needs a unit value for t⁰
    [InlineData(0, 500, true)]
    [InlineData(500, 800, true)]
    public void HasSpecificDuty_BeforeOrAfter_IsTrue(double before, double after, bool expected) =>
        Assert.Equal(expected, new TariffLine("870323", 0.05, 0.05, before, after).HasSpecificDuty);
}
