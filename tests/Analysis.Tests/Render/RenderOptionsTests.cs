using Analysis.Render;

namespace Analysis.Tests.Render;

/// <summary>The render command's argument parsing (null = usage error).</summary>
public sealed class RenderOptionsTests
{
    [Fact]
    public void Parse_AllOptions_AreRead()
    {
        var o = RenderOptions.Parse(["-n", "01", "--notebook", "03", "-p", "firstYear=2015", "--parameter", "eta=-2", "-o", "out/report", "--no-write-back"]);

        Assert.NotNull(o);
        Assert.Equal(["01", "03"], o.Notebooks);
        Assert.Equal("2015", o.Overrides["firstYear"]);
        Assert.Equal("-2", o.Overrides["eta"]);
        Assert.Equal(2, o.Overrides.Count);
        Assert.Equal("out/report", o.Output);
        Assert.True(o.NoWriteBack);
        Assert.False(o.Help);
    }

    [Fact]
    public void Parse_NoArguments_RendersEverythingWithDefaults()
    {
        var o = RenderOptions.Parse([]);

        Assert.NotNull(o);
        Assert.Empty(o.Notebooks);
        Assert.Empty(o.Overrides);
        Assert.Null(o.Output);
        Assert.False(o.NoWriteBack);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("--help")]
    public void Parse_Help_SetsHelp(string flag)
    {
        Assert.True(RenderOptions.Parse([flag])!.Help);
    }

    [Theory]
    [InlineData("--unknown")]
    [InlineData("-x")]
    [InlineData("01")]
    public void Parse_UnknownArgument_ReturnsNull(string arg)
    {
        Assert.Null(RenderOptions.Parse([arg]));
    }

    [Theory]
    [InlineData("-p", "novalue")]
    [InlineData("-p", "=2015")]
    public void Parse_ParameterWithoutNameOrEquals_ReturnsNull(string flag, string value)
    {
        Assert.Null(RenderOptions.Parse([flag, value]));
    }

    [Theory]
    [InlineData("-n")]
    [InlineData("-p")]
    [InlineData("-o")]
    public void Parse_OptionMissingItsValue_ReturnsNull(string flag)
    {
        Assert.Null(RenderOptions.Parse([flag]));
    }

    [Theory]
    [InlineData(new[] { "--unknown" }, "unknown option '--unknown'.")]
    [InlineData(new[] { "01" }, "unexpected argument '01' (to choose notebooks, write -n 01).")]
    [InlineData(new[] { "-n" }, "-n needs a notebook name prefix, e.g. -n 03.")]
    [InlineData(new[] { "-n", "" }, "-n needs a notebook name prefix, e.g. -n 03.")]
    [InlineData(new[] { "-p" }, "-p needs NAME=VALUE, e.g. -p lastYear=2023.")]
    [InlineData(new[] { "-o", "" }, "-o needs a folder, e.g. -o artifacts/report.")]
    [InlineData(new[] { "--notebooks", " " }, "--notebooks needs a folder of notebooks, e.g. --notebooks notebooks.")]
    [InlineData(new[] { "-p", "novalue" }, "Parameter 'novalue' must be written name=value, e.g. -p lastYear=2023.")]
    [InlineData(new[] { "-p", "lastYear=2021", "--parameter", "lastYear=2022" }, "Parameter 'lastYear' is given twice ('2021' and '2022'); give each parameter once.")]
    public void TryParse_InvalidArguments_ExplainWhatTheOptionExpects(string[] args, string expected)
    {
        Assert.False(RenderOptions.TryParse(args, out var options, out var error));

        Assert.Null(options);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_ParameterValueWithEquals_KeepsEverythingAfterTheFirstEquals()
    {
        Assert.True(RenderOptions.TryParse(["-p", "dataDirectory=../my=data", "-p", "label=="], out var options, out var error));

        Assert.Equal("", error);
        Assert.Equal("../my=data", options.Overrides["dataDirectory"]);
        Assert.Equal("=", options.Overrides["label"]);
    }

    [Fact]
    public void Usage_ExitCodes_AreThoseTheCommandReturns()
    {
        Assert.Contains($"Exit codes: {RenderCommand.Success} every notebook rendered; {RenderCommand.SetUpError} usage or set-up error", RenderOptions.Usage.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"{RenderCommand.CellFailed} a cell failed", RenderOptions.Usage, StringComparison.Ordinal);
    }
}
