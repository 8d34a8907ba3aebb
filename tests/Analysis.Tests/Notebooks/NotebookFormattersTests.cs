using System.Text;
using Analysis.Display;
using Analysis.Notebooks;
using Analysis.Verdicts;
using Deedle;
using Microsoft.DotNet.Interactive.Formatting;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// The .NET Interactive formatters: what a notebook shows for the library's types is exactly the
/// library's own rendering (so the report, the tests and the notebooks agree).
/// </summary>
public sealed class NotebookFormattersTests
{
    public NotebookFormattersTests() => NotebookFormatters.Register();

    private static Frame<int, string> SmallFrame()
    {
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("year", new Series<int, int>([0, 1], [2023, 2024]));
        b.Add("value_usd_bn", new Series<int, double>([0, 1], [240.1, 244.81]));
        b.Add("partner", new Series<int, string>([0, 1], ["RUS", "<b>EU</b>"]));
        return b.Frame;
    }

    private static Frame<int, string> LargeFrame(int rows)
    {
        var keys = Enumerable.Range(0, rows).ToArray();
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("year", new Series<int, int>(keys, keys.Select(k => 1000 + k)));
        b.Add("value", new Series<int, double>(keys, keys.Select(k => k * 1.2345)));
        b.Add("label", new Series<int, string>(keys, keys.Select(k => "row " + k + " " + new string('x', 60))));
        return b.Frame;
    }

    private static ClaimAssessment Assessment() => new(
        "test-claim", "00-test", "A claim with <markup> & \"quotes\".", Rules.WestMultiple(),
        new Finding(Finding.AtArticle, "2022", Verdict.Supported, 3.5, "3.5× in 2022", ["Evidence one."]),
        new Finding(Finding.Latest, "2024", Verdict.Mixed, 1.5, "1.5× in 2024", ["Evidence <two>."]),
        ["A caveat."], ["china-goods-trade"]);

    [Fact]
    public void ToDisplayString_FrameAsHtml_IsTableDisplayHtml()
    {
        var frame = SmallFrame();

        Assert.Equal(TableDisplay.ToHtml(frame), frame.ToDisplayString(HtmlFormatter.MimeType));
    }

    [Fact]
    public void ToDisplayString_FrameAsPlainText_IsTableDisplayText()
    {
        var frame = SmallFrame();

        Assert.Equal(TableDisplay.ToText(frame), frame.ToDisplayString(PlainTextFormatter.MimeType));
    }

    [Fact]
    public void ToDisplayString_SeriesAsHtml_IsTableDisplayHtml()
    {
        var series = new Series<int, double>([2023, 2024], [240.1, 244.81]);

        Assert.Equal(TableDisplay.ToHtml(series), Formatter.ToDisplayString(series, HtmlFormatter.MimeType));
    }

    [Fact]
    public void ToDisplayString_ClaimAssessmentAsHtml_IsItsToHtml()
    {
        var a = Assessment();

        Assert.Equal(a.ToHtml(), a.ToDisplayString(HtmlFormatter.MimeType));
    }

    [Fact]
    public void ToDisplayString_ClaimAssessmentAsPlainText_IsItsMarkdown()
    {
        var a = Assessment();

        Assert.Equal(a.ToMarkdown(), a.ToDisplayString(PlainTextFormatter.MimeType));
    }

    [Fact]
    public void PreferredMimeTypes_Frame_HtmlFirst()
    {
        var preferred = Formatter.GetPreferredMimeTypesFor(typeof(Frame<int, string>));

        Assert.Equal(HtmlFormatter.MimeType, preferred.First());
    }

    [Fact]
    public void ToDisplayString_ThousandRowFrame_HtmlIsUnder20KB()
    {
        var frame = LargeFrame(1000);

        var html = frame.ToDisplayString(HtmlFormatter.MimeType);

        Assert.True(Encoding.UTF8.GetByteCount(html) < 20 * 1024, $"{Encoding.UTF8.GetByteCount(html)} bytes");
        Assert.Contains("940 more rows", html, StringComparison.Ordinal);
        Assert.Contains("Show data (1,000 rows)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_CalledTwice_KeepsOneFormatter()
    {
        NotebookFormatters.Register();
        var frame = SmallFrame();

        Assert.Equal(TableDisplay.ToHtml(frame), frame.ToDisplayString(HtmlFormatter.MimeType));
    }
}
