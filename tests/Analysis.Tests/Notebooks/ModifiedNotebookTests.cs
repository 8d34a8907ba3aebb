using System.Text.Json.Nodes;
using Analysis.Render;
using Analysis.Tests.Support;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// An analyst changes the analysis by editing cells only, with no rebuild: modified copies of the
/// committed notebooks run in the same in-process .NET Interactive kernel the render command uses,
/// and the outputs follow the edit.
/// </summary>
[Collection(NotebookHostGroup.Name)]
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class ModifiedNotebookTests
{
    private static NotebookFile WithParameters(string notebook, params (string Name, string Literal)[] edits)
    {
        var nb = NotebookFile.Load(Path.Combine(RepositoryPaths.Notebooks, notebook + ".ipynb"));
        var cell = nb.Cells.OfType<JsonObject>().Single(c => NotebookFile.Tags(c).Contains(NotebookFile.ParametersTag));
        var lines = NotebookFile.Source(cell).Split('\n').ToList();
        foreach (var (name, literal) in edits)
        {
            var i = lines.FindIndex(l => l.StartsWith($"var {name} = ", StringComparison.Ordinal));
            Assert.True(i >= 0, $"{notebook} declares no parameter {name}");
            lines[i] = $"var {name} = {literal};   // edited by the test";
        }

        cell["source"] = NotebookFile.SplitLines(string.Join('\n', lines));
        return nb;
    }

    private static async Task<List<string>> RunAsync(NotebookFile notebook)
    {
        var run = await NotebookRunner.RunAsync(notebook, RepositoryPaths.Notebooks, new Dictionary<string, string>());

        Assert.True(run.Failure is null, $"cell {run.Failure?.Number}: {run.Failure?.Error}");
        return run.Notebook.Cells.OfType<JsonObject>()
            .SelectMany(c => c["outputs"]?.AsArray().OfType<JsonObject>() ?? [])
            .Select(o => NotebookFile.JoinText(o["data"]?["text/plain"]))
            .Where(t => t.Length > 0)
            .ToList();
    }

    [Fact]
    public async Task RhetoricVsTrade_PartnerAddedAndThresholdRaised_TablesChartsAndVerdictFollow()
    {
        var outputs = await RunAsync(WithParameters("01-rhetoric-vs-trade",
            ("partners", "new[] { \"USA\", \"EU\", \"JPN\", \"KOR\", \"ASEAN\", \"DEU\", \"RUS\" }"),
            ("westMultipleSupportedAtLeast", "100.0"),
            ("westMultipleMixedAtLeast", "50.0")));

        // The turnover table has a column for Germany, which the data holds.
        Assert.Contains(outputs, o => o.Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) is var header && header.Contains("USA") && header.Contains("DEU"));
        // The verdict states the edited rule and, with a bar no year reaches, finds the claim not supported.
        var verdict = Assert.Single(outputs, o => o.Contains("**Claim:** While the political rhetoric", StringComparison.Ordinal));
        Assert.Contains("≥ 100.0×; mixed if ≥ 50.0×", verdict, StringComparison.Ordinal);
        Assert.Contains("**With the latest data (2024): not supported**", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tariffs_AnotherFeeCategory_TheScenarioUsesItsFees()
    {
        var outputs = await RunAsync(WithParameters("03-tariffs", ("feeCategory", "\"passenger_over3y_1000_2000cc_commercial\"")));

        // The used-car schedule: 528,800 RUB from 2023-08-01 and 963,800 RUB from 2024-10-01 (in force on 2025-01-01).
        var fees = Assert.Single(outputs, o => o.Split('\n')[0].Trim() == "value" && o.Contains("2024-10-01", StringComparison.Ordinal));
        Assert.Contains("963,800", fees, StringComparison.Ordinal);
        var ave = Assert.Single(outputs, o => o.StartsWith("Fee (RUB)", StringComparison.Ordinal));
        Assert.Contains("528,800", ave, StringComparison.Ordinal);
        Assert.Contains("963,800", ave, StringComparison.Ordinal);
    }
}
