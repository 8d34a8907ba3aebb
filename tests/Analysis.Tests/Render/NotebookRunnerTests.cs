using Analysis.Data;
using Analysis.Render;

namespace Analysis.Tests.Render;

/// <summary>How a failed cell is reported on the console: one message, no stack trace.</summary>
public sealed class NotebookRunnerTests
{
    [Fact]
    public void ShortMessage_Exception_IsTypeNameAndMessage()
    {
        var e = new InvalidOperationException("boom");

        Assert.Equal("InvalidOperationException: boom", NotebookRunner.ShortMessage(e, e.ToString()));
    }

    [Fact]
    public void ShortMessage_DataValidationException_KeepsEveryIssueAndNoStackTrace()
    {
        DataValidationException e;
        try
        {
            throw new DataValidationException([new DataIssue("trade/trade.csv", 2, "value_usd_bn", "abc", "expected a number in USD bn")], "the data folder /d");
        }
        catch (DataValidationException thrown)
        {
            e = thrown;
        }

        var message = NotebookRunner.ShortMessage(e, e.ToString());

        Assert.Equal("DataValidationException: 1 problem(s) in trade/trade.csv, read from the data folder /d:" + Environment.NewLine +
            "  - trade/trade.csv:2, column 'value_usd_bn', value 'abc': expected a number in USD bn", message);
        Assert.Contains("   at ", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ShortMessage_KernelTextOnly_DropsStackTraceLinesAndNamespace()
    {
        const string text = "System.InvalidOperationException: boom\n   at Submission#2.<<Initialize>>d__0.MoveNext()\n--- End of stack trace from previous location ---\n   at Microsoft.CodeAnalysis.Scripting.ScriptExecutionState.RunSubmissionsAsync()";

        Assert.Equal("InvalidOperationException: boom", NotebookRunner.ShortMessage(null, text));
    }

    [Fact]
    public void ShortMessage_CompilerDiagnostics_AreKeptAsTheyAre()
    {
        const string text = "(1,1): error CS0103: The name 'x' does not exist in the current context";

        Assert.Equal(text, NotebookRunner.ShortMessage(null, text));
    }
}
