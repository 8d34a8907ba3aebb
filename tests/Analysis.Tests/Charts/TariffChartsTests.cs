using System.Text.Json;
using Analysis.Calculations;
using Analysis.Charts;
using Analysis.Domain;
using Analysis.Testing;

namespace Analysis.Tests.Charts;

/// <summary>The two-model sensitivity chart, asserted on its figure JSON.</summary>
public sealed class TariffChartsTests
{
    [Fact]
    public void Sensitivity_TwoSigmas_ExactSolidAndLinearDashedPerSigma()
    {
        // Rows of the frame come η-outer, σ-inner; the chart sorts each line by η.
        var scenario = new TariffScenario(100, 300, 0.0, 0.2, -1.0, double.PositiveInfinity, 1.5);
        var frame = TariffImpact.Sensitivity(scenario, [-1.0, -2.0], [0.0, 1.5]);

        var figure = JsonDocument.Parse(HouseCharts.ToFigureJson(TariffCharts.Sensitivity(frame, new ChartText("Imports fall", "Change in imports, %", "Change (%)", "%", "s"), ChartContext.SourceOnly("test")))).RootElement;
        var traces = figure.GetProperty("data").EnumerateArray().ToArray();

        Assert.Equal(["σ = 0, exact", "σ = 0, SMART linear", "σ = 1.5, exact", "σ = 1.5, SMART linear"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(["solid", "dash", "solid", "dash"], traces.Select(t => t.GetProperty("line").GetProperty("dash").GetString()));
        Assert.Equal(traces[2].GetProperty("line").GetProperty("color").GetString(), traces[3].GetProperty("line").GetProperty("color").GetString());
        Assert.Equal([-2.0, -1.0], traces[0].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        // σ = 1.5, exact, η = −2 then −1: −44.6839047117134 and −33.12774939033185 (TariffImpactTests' sensitivity case);
        // linear σ = 1.5: −55.789473684210526 and −35.789473684210526.
        var exact = traces[2].GetProperty("y").EnumerateArray().Select(y => y.GetDouble()).ToArray();
        var linear = traces[3].GetProperty("y").EnumerateArray().Select(y => y.GetDouble()).ToArray();
        Assert.Equal(-44.6839047117134, exact[0], Tolerance.Absolute);
        Assert.Equal(-33.12774939033185, exact[1], Tolerance.Absolute);
        Assert.Equal(-55.789473684210526, linear[0], Tolerance.Absolute);
        Assert.Equal(-35.789473684210526, linear[1], Tolerance.Absolute);
        Assert.Equal("Import-demand elasticity η", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Sensitivity_NullFrame_ThrowsArgumentNullException()
    {
        Assert.Equal("sensitivity", Assert.Throws<ArgumentNullException>(() => TariffCharts.Sensitivity(null!, new ChartText("t", "s", "y (%)", "%", "s"), ChartContext.SourceOnly("s"))).ParamName);
    }
}
