using Analysis.Products.Engine;

namespace Analysis.Products.Tests.Engine;

/// <summary>How a malformed line and the report of them read: the text the analyst sees in the error.</summary>
public sealed class MalformedLineTests
{
    private static readonly MalformedLine WithColumn = new("/data/BACI_HS22_Y2022_V202401b.csv", 3, "v", "not a number", "2022,156,643,870332,abc,1");
    private static readonly MalformedLine WholeLine = new("/data/BACI_HS22_Y2022_V202401b.csv", 5, null, "expected 6 fields, found 5", "2022,156,643,850440,5");

    [Fact]
    public void Line_NamesFileLineColumnErrorAndText()
    {
        Assert.Equal("BACI_HS22_Y2022_V202401b.csv, line 3, column v: not a number — \"2022,156,643,870332,abc,1\"", WithColumn.ToString());
        Assert.Equal("BACI_HS22_Y2022_V202401b.csv, line 5: expected 6 fields, found 5 — \"2022,156,643,850440,5\"", WholeLine.ToString());
    }

    [Fact]
    public void Report_AllShown_CountsThemWithoutSayingFirst() =>
        Assert.Equal(
            "2 malformed line(s):\n  " + WithColumn + "\n  " + WholeLine,
            new MalformedLineReport(2, [WithColumn, WholeLine]).ToString());

    [Fact]
    public void Report_MoreThanShown_SaysHowManyAreShown() =>
        Assert.Equal(
            "25 malformed line(s), the first 2:\n  " + WithColumn + "\n  " + WholeLine,
            new MalformedLineReport(25, [WithColumn, WholeLine]).ToString());

    [Fact]
    public void Report_None_SaysSo() => Assert.Equal("no malformed lines", MalformedLineReport.None.ToString());

    [Fact]
    public void Exception_WithoutAReport_HasNoMalformedLines()
    {
        Assert.Same(MalformedLineReport.None, new ProductDataException().MalformedLines);
        Assert.Same(MalformedLineReport.None, new ProductDataException("bad").MalformedLines);
        var inner = new InvalidDataException("inner");
        var e = new ProductDataException("bad", inner);
        Assert.Same(MalformedLineReport.None, e.MalformedLines);
        Assert.Same(inner, e.InnerException);
    }
}
