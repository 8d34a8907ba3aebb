using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Docs;

/// <summary>One fenced block of data/CONVENTIONS.md: its language, the file it is for (if any) and its text.</summary>
internal sealed record DocBlock(string Language, string? Target, string Text);

/// <summary>Reads the "Adding a dataset" steps of data/CONVENTIONS.md.</summary>
internal static partial class Conventions
{
    public static string Text => File.ReadAllText(Path.Combine(RepositoryPaths.Data, "CONVENTIONS.md"));

    /// <summary>The fenced blocks of the section <paramref name="heading"/>, in order, with list indentation removed.</summary>
    public static IReadOnlyList<DocBlock> Blocks(string heading)
    {
        var lines = Text.ReplaceLineEndings("\n").Split('\n');
        var start = Array.IndexOf(lines, "## " + heading);
        Assert.True(start >= 0, $"CONVENTIONS.md has no section '## {heading}'");
        var blocks = new List<DocBlock>();
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var indent = open.Groups["indent"].Value.Length;
            var body = new List<string>();
            for (i++; !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart());
            }

            var target = open.Groups["target"].Value;
            blocks.Add(new DocBlock(open.Groups["lang"].Value, target.Length == 0 ? null : target, string.Join("\n", body) + "\n"));
        }

        return blocks;
    }

    [GeneratedRegex(@"^(?<indent> *)```(?<lang>[a-z]+)(?: (?<target>\S+))?")]
    private static partial Regex Fence();
}

/// <summary>data/CONVENTIONS.md names only what exists, and its steps are complete.</summary>
public sealed partial class ConventionsTests
{
    [Fact]
    public void Conventions_TestClassesAndTestsItNames_Exist()
    {
        var types = typeof(ConventionsTests).Assembly.GetTypes();
        var classes = types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var methods = types.SelectMany(t => t.GetMethods()).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        var named = Quoted().Matches(Conventions.Text).Select(m => m.Groups[1].Value).Distinct().ToList();

        var classNames = named.Where(n => n.EndsWith("Tests", StringComparison.Ordinal)).ToList();
        var testNames = named.Where(n => TestName().IsMatch(n)).ToList();
        Assert.Contains("BundledDataTests", classNames);
        Assert.True(testNames.Count >= 5, "CONVENTIONS.md should name the tests that check a new dataset");
        Assert.All(classNames, c => Assert.Contains(c, classes));
        Assert.All(testNames, t => Assert.Contains(t, methods));
    }

    [Fact]
    public void Conventions_AddingADataset_HasOneBlockPerStep()
    {
        var blocks = Conventions.Blocks("Adding a dataset");

        Assert.Equal(
            [("csv", "data/my-dataset/my-dataset.csv"), ("markdown", "data/my-dataset/README.md"), ("json", "data/datapackage.json"), ("markdown", "data/README.md"), ("bash", null), ("csharp", null)],
            blocks.Select(b => (b.Language, b.Target)));
        Assert.Equal("dotnet test tests/Analysis.Tests --filter \"FullyQualifiedName~Analysis.Tests.Data\"\n", blocks[4].Text);
        Assert.Equal("DataCatalog.Open(dataDirectory).Load(\"my-dataset\")\n", blocks[5].Text);
    }

    [GeneratedRegex(@"`([A-Za-z][A-Za-z0-9_]+)`")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*$")]
    private static partial Regex TestName();
}

/// <summary>
/// Follows data/CONVENTIONS.md's "Adding a dataset" on a copy of the repository, with the blocks
/// exactly as the document writes them, and runs its data-test command there (a restore and a
/// build of the copy: a few minutes).
/// </summary>
[Collection(NotebookHostGroup.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ConventionsWalkthroughTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "conventions-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_copy, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public void AddingADataset_StepByStepOnACopy_PassesTheDataTestsAndLoads()
    {
        RepositoryCopy.Create(_copy);
        var blocks = Conventions.Blocks("Adding a dataset");

        foreach (var block in blocks.Where(b => b.Target is not null))
        {
            var target = Path.Combine(_copy, block.Target!);
            switch (block.Target)
            {
                case "data/datapackage.json":
                    var manifest = JsonNode.Parse(File.ReadAllText(target))!;
                    manifest["resources"]!.AsArray().Add(JsonNode.Parse(block.Text));
                    File.WriteAllText(target, manifest.ToJsonString(new() { WriteIndented = true }) + "\n");
                    break;
                case "data/README.md":
                    var lines = File.ReadAllLines(target).ToList();
                    lines.Insert(lines.FindLastIndex(l => l.StartsWith("| [", StringComparison.Ordinal)) + 1, block.Text.TrimEnd('\n'));
                    File.WriteAllText(target, string.Join("\n", lines) + "\n");
                    break;
                default:
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllText(target, block.Text);
                    break;
            }
        }

        var command = blocks.Single(b => b.Language == "bash").Text.Trim();
        var result = ProcessRunner.Run("bash", ["-c", command], _copy, TimeSpan.FromMinutes(20));

        Assert.True(result.ExitCode == 0, result.Describe());
        var summary = Regex.Match(result.StandardOutput, @"Passed!\s+-\s+Failed:\s+0, Passed:\s+(\d+)");
        Assert.True(summary.Success && int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 50, result.Describe());

        // The cell's one-liner, with dataDirectory = "../data" as seen from notebooks/.
        Assert.Equal("DataCatalog.Open(dataDirectory).Load(\"my-dataset\")", blocks.Single(b => b.Language == "csharp").Text.Trim());
        var frame = DataCatalog.Open(Path.Combine(_copy, "notebooks", "..", "data")).Load("my-dataset");
        Assert.Equal(38.8, frame.GetColumn<double>("deliveries_bcm")[0], 9);
    }
}
