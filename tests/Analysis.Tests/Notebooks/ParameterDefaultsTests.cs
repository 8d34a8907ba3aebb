using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Analysis.Render;
using Analysis.Tests.Support;
using Analysis.Verdicts;

namespace Analysis.Tests.Notebooks;

/// <summary>
/// Defaults live in one place: every variable of every notebook's parameters cell has the value of
/// the <see cref="AnalysisDefaults"/> member of the same name (camelCase in the cell, PascalCase in the
/// library), and notebook 06 declares every input of the scorecard.
/// </summary>
public sealed partial class ParameterDefaultsTests
{
    /// <summary>Parameters that only shape a chart or table in one notebook, and so are not scorecard inputs.</summary>
    private static readonly string[] PresentationOnly = ["sensitivityImportDemandElasticities", "sensitivitySubstitutionElasticities", "pipelineYear", "lngYear", "aidDonors", "baciFile"];

    public static TheoryData<string> Notebooks() => CommittedNotebookTests.Notebooks();

    private static IReadOnlyList<ParameterDeclaration> Declared(string notebook)
    {
        var cell = NotebookJson.CodeCells(NotebookJson.Load(Path.Combine(RepositoryPaths.Notebooks, notebook)))
            .Single(c => NotebookJson.Tags(c).Contains("parameters"));
        return Parameters.Parse(NotebookJson.Source(cell));
    }

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static object? Default(string name)
    {
        var member = typeof(AnalysisDefaults).GetMember(Pascal(name), BindingFlags.Public | BindingFlags.Static).SingleOrDefault();
        return member switch
        {
            FieldInfo f => f.GetValue(null),
            PropertyInfo p => p.GetValue(null),
            _ => throw new Xunit.Sdk.XunitException($"AnalysisDefaults has no member {Pascal(name)} for the parameter {name}."),
        };
    }

    private static object Literal(ParameterDeclaration d) => d.Kind switch
    {
        ParameterKind.Text => Regex.Unescape(d.DefaultLiteral.Trim()[1..^1]),
        ParameterKind.WholeNumber => int.Parse(d.DefaultLiteral, CultureInfo.InvariantCulture),
        ParameterKind.RealNumber => double.Parse(d.DefaultLiteral, CultureInfo.InvariantCulture),
        ParameterKind.Boolean => bool.Parse(d.DefaultLiteral),
        ParameterKind.TextList => ArrayItems().Matches(d.DefaultLiteral).Select(m => m.Groups[1].Value).ToArray(),
        ParameterKind.NumberList => d.DefaultLiteral[(d.DefaultLiteral.IndexOf('{', StringComparison.Ordinal) + 1)..d.DefaultLiteral.IndexOf('}', StringComparison.Ordinal)]
            .Split(',', StringSplitOptions.TrimEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void ParametersCell_EveryDefault_IsTheLibrarysDefault(string notebook)
    {
        var declared = Declared(notebook);

        Assert.NotEmpty(declared);
        foreach (var d in declared)
        {
            var expected = Default(d.Name);
            var actual = Literal(d);
            if (expected is System.Collections.IEnumerable list and not string)
            {
                Assert.Equal(list.Cast<object>().ToArray(), ((Array)actual).Cast<object>().ToArray());
            }
            else
            {
                Assert.True(Equals(expected, actual), $"{notebook}: {d.Name} = {d.DefaultLiteral}, but AnalysisDefaults.{Pascal(d.Name)} = {expected}");
            }
        }
    }

    [Fact]
    public void Conclusion_ParametersCell_DeclaresEveryScorecardInputAndNothingElse()
    {
        var declared = Declared("06-conclusion.ipynb").Select(d => Pascal(d.Name)).Where(n => n != "DataDirectory").Order(StringComparer.Ordinal);
        var inputs = typeof(ScorecardInputs).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(inputs, declared);
    }

    [Fact]
    public void Conclusion_ParametersCell_CoversEveryAnalysisChoiceOfNotebooks01To05()
    {
        var conclusion = Declared("06-conclusion.ipynb").Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var story = NotebookJson.CommittedNotebooks().Select(p => Path.GetFileName(p)).Where(n => n[..2] is "01" or "02" or "03" or "04" or "05")
            .SelectMany(n => Declared(n).Select(d => d.Name)).Distinct().Except(PresentationOnly);

        Assert.All(story, name => Assert.Contains(name, conclusion));
    }

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex ArrayItems();
}
