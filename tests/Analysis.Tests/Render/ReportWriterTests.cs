using Analysis.Render;

namespace Analysis.Tests.Render;

/// <summary>The report's index marks the notebooks that failed in this render.</summary>
public sealed class ReportWriterTests : IDisposable
{
    private readonly string _report = Path.Combine(Path.GetTempPath(), "report-writer-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_report))
        {
            Directory.Delete(_report, recursive: true);
        }
    }

    [Fact]
    public void Write_OnlyFailures_IndexListsEachWithItsMessageAndLinksAnEarlierPage()
    {
        Directory.CreateDirectory(_report);
        File.WriteAllText(Path.Combine(_report, "01-trade.html"), "an earlier good render");

        ReportWriter.Write(_report, [], "", [new NotebookFailure("01-trade", "01-trade, cell 3: DataValidationException: 1 problem(s) in a <b>.csv"), new NotebookFailure("02-gas", "x.ipynb: not valid JSON")]);

        var index = File.ReadAllText(Path.Combine(_report, "index.html"));
        Assert.Contains("2 notebook(s) failed in this render", index, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"failed\"><td>01-trade <a href=\"01-trade.html\">(earlier render)</a></td><td></td><td></td><td><strong>FAILED</strong><pre class=\"error\">01-trade, cell 3: DataValidationException: 1 problem(s) in a &lt;b&gt;.csv</pre></td></tr>", index, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"failed\"><td>02-gas</td>", index, StringComparison.Ordinal);
        Assert.Equal("an earlier good render", File.ReadAllText(Path.Combine(_report, "01-trade.html")));
    }
}
