using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Data;

/// <summary>
/// The manifest's source <c>kind</c>: every allowed value parses into <see cref="SourceDescriptor.Kind"/>,
/// and a missing or unknown kind is a manifest issue naming resource, source and the allowed values.
/// </summary>
public sealed class SourceKindTests : IDisposable
{
    private const string FixtureKind = "\"kind\": \"other\"";
    private readonly TempDataPackage _package = new();

    public void Dispose() => _package.Dispose();

    [Theory]
    [InlineData("official-statistics", SourceKind.OfficialStatistics)]
    [InlineData("international-organisation", SourceKind.InternationalOrganisation)]
    [InlineData("research-institute", SourceKind.ResearchInstitute)]
    [InlineData("company", SourceKind.Company)]
    [InlineData("news-agency", SourceKind.NewsAgency)]
    [InlineData("newspaper", SourceKind.Newspaper)]
    [InlineData("other", SourceKind.Other)]
    public void Parse_SourceKind_IsReadIntoTheDescriptor(string manifestValue, SourceKind expected)
    {
        var package = DataPackage.Parse(FixtureWith($"\"kind\": \"{manifestValue}\""));

        var source = Assert.Single(package.Resource("trade").Sources);
        Assert.Equal(expected, source.Kind);
    }

    [Fact]
    public void Parse_SourceWithoutKind_IsAManifestIssue()
    {
        var json = FixtureWith("\"note\": \"no kind here\"");

        var e = Assert.Throws<DataValidationException>(() => DataPackage.Parse(json));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(DataPackage.ManifestFileName, issue.File);
        Assert.Equal("trade.sources[wiki-2023].kind", issue.Column);
        Assert.Null(issue.Value);
        Assert.Contains("official-statistics", issue.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("blog")]
    [InlineData("News-Agency")] // matching is exact: the manifest spelling is lower case
    [InlineData("")]
    public void Parse_SourceWithUnknownKind_IsAManifestIssueNamingTheValue(string manifestValue)
    {
        var json = FixtureWith($"\"kind\": \"{manifestValue}\"");

        var e = Assert.Throws<DataValidationException>(() => DataPackage.Parse(json));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(("trade.sources[wiki-2023].kind", manifestValue), (issue.Column, issue.Value));
        Assert.Contains("a source needs a 'kind', one of: official-statistics, international-organisation, research-institute, company, news-agency, newspaper, other", issue.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestWithSourceWithoutKind_FailsLikeOtherManifestIssues()
    {
        _package.WithManifest(FixtureWith("\"note\": \"no kind here\""));

        var e = Assert.Throws<DataValidationException>(() => DataCatalog.FromDirectory(_package.Root).Load("trade"));

        Assert.Contains("trade.sources[wiki-2023].kind", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToManifestName_EveryKind_RoundTripsThroughTryParse()
    {
        foreach (var kind in Enum.GetValues<SourceKind>())
        {
            Assert.True(SourceKinds.TryParse(kind.ToManifestName(), out var parsed));
            Assert.Equal(kind, parsed);
        }

        Assert.Equal(Enum.GetValues<SourceKind>().Length, SourceKinds.ManifestNames.Count);
    }

    [Fact]
    public void TryParse_Null_IsFalse() => Assert.False(SourceKinds.TryParse(null, out _));

    private string FixtureWith(string replacement)
    {
        var json = File.ReadAllText(Path.Combine(_package.Root, DataPackage.ManifestFileName));
        Assert.Contains(FixtureKind, json, StringComparison.Ordinal);
        return json.Replace(FixtureKind, replacement, StringComparison.Ordinal);
    }
}
