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
}
