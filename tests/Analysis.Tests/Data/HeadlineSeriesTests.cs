using Analysis.Data;
using Analysis.Tests.Support;
using Deedle;

namespace Analysis.Tests.Data;

/// <summary>
/// The headline series of <c>china-goods-trade</c>: China's exports to and imports from Russia, the US,
/// the EU, Japan, Korea, ASEAN and the world, 2013–2024. Every cell has a published value or is a
/// documented exception with its reason (the dataset README lists the same cells and what data would
/// fill them). A value found later makes the exception stale, and the test fails until it is removed.
/// </summary>
public sealed class HeadlineSeriesTests
{
    private const int FirstYear = 2013;
    private const int LastYear = 2024;
    private static readonly string[] Partners = ["RUS", "USA", "EU", "JPN", "KOR", "ASEAN", "WLD"];
    private static readonly string[] Flows = ["exports", "imports"];

    /// <summary>Why a headline cell has no value.</summary>
    public enum Gap
    {
        /// <summary>No citable GACC relay in US dollars was found for the partner and year (searched 2026-11-29).</summary>
        NotFound,

        /// <summary>Only the published total was found in a citable relay; the export/import split was not.</summary>
        SplitNotFound,

        /// <summary>The relays found give the year in yuan only; a yuan figure is not a USD figure.</summary>
        YuanOnly,

        /// <summary>The only source was a games site quoting Russia's "goods and services" (playcrazygame.com); the rows were dropped.</summary>
        Dropped,
    }

    /// <summary>Headline cells without a value, each with its reason (kept in step with the dataset README).</summary>
    public static readonly IReadOnlyDictionary<(string Partner, int Year, string Flow), Gap> DocumentedGaps = new Dictionary<(string, int, string), Gap>
    {
        [("RUS", 2013, "exports")] = Gap.SplitNotFound,
        [("RUS", 2013, "imports")] = Gap.SplitNotFound,
        [("RUS", 2014, "exports")] = Gap.SplitNotFound,
        [("RUS", 2014, "imports")] = Gap.SplitNotFound,
        [("RUS", 2021, "exports")] = Gap.Dropped,
        [("RUS", 2021, "imports")] = Gap.Dropped,
        [("USA", 2014, "exports")] = Gap.SplitNotFound,
        [("USA", 2015, "exports")] = Gap.NotFound,
        [("USA", 2015, "imports")] = Gap.NotFound,
        [("USA", 2016, "exports")] = Gap.SplitNotFound,
        [("USA", 2016, "imports")] = Gap.SplitNotFound,
        [("USA", 2018, "imports")] = Gap.NotFound,
        [("USA", 2022, "exports")] = Gap.SplitNotFound,
        [("USA", 2022, "imports")] = Gap.SplitNotFound,
        [("USA", 2024, "exports")] = Gap.SplitNotFound,
        [("USA", 2024, "imports")] = Gap.SplitNotFound,
        [("EU", 2014, "exports")] = Gap.NotFound,
        [("EU", 2014, "imports")] = Gap.NotFound,
        [("EU", 2015, "exports")] = Gap.NotFound,
        [("EU", 2015, "imports")] = Gap.NotFound,
        [("EU", 2016, "exports")] = Gap.SplitNotFound,
        [("EU", 2016, "imports")] = Gap.SplitNotFound,
        [("EU", 2018, "exports")] = Gap.NotFound,
        [("EU", 2018, "imports")] = Gap.NotFound,
        [("EU", 2019, "exports")] = Gap.YuanOnly,
        [("EU", 2019, "imports")] = Gap.YuanOnly,
        [("EU", 2020, "exports")] = Gap.SplitNotFound,
        [("EU", 2020, "imports")] = Gap.SplitNotFound,
        [("EU", 2021, "exports")] = Gap.SplitNotFound,
        [("EU", 2021, "imports")] = Gap.SplitNotFound,
        [("EU", 2022, "exports")] = Gap.NotFound,
        [("EU", 2022, "imports")] = Gap.NotFound,
        [("EU", 2024, "exports")] = Gap.SplitNotFound,
        [("EU", 2024, "imports")] = Gap.SplitNotFound,
        [("JPN", 2014, "exports")] = Gap.NotFound,
        [("JPN", 2015, "exports")] = Gap.NotFound,
        [("JPN", 2016, "exports")] = Gap.NotFound,
        [("JPN", 2018, "exports")] = Gap.NotFound,
        [("JPN", 2019, "exports")] = Gap.YuanOnly,
        [("JPN", 2020, "exports")] = Gap.NotFound,
        [("JPN", 2021, "exports")] = Gap.NotFound,
        [("JPN", 2024, "exports")] = Gap.NotFound,
        [("KOR", 2013, "exports")] = Gap.NotFound,
        [("KOR", 2014, "exports")] = Gap.NotFound,
        [("KOR", 2015, "exports")] = Gap.NotFound,
        [("KOR", 2015, "imports")] = Gap.NotFound,
        [("KOR", 2016, "exports")] = Gap.NotFound,
        [("KOR", 2018, "exports")] = Gap.NotFound,
        [("KOR", 2018, "imports")] = Gap.NotFound,
        [("KOR", 2019, "exports")] = Gap.NotFound,
        [("KOR", 2019, "imports")] = Gap.NotFound,
        [("KOR", 2020, "exports")] = Gap.NotFound,
        [("KOR", 2020, "imports")] = Gap.NotFound,
        [("KOR", 2021, "imports")] = Gap.SplitNotFound,
        [("KOR", 2024, "exports")] = Gap.NotFound,
        [("KOR", 2024, "imports")] = Gap.NotFound,
        [("ASEAN", 2013, "exports")] = Gap.NotFound,
        [("ASEAN", 2013, "imports")] = Gap.NotFound,
        [("ASEAN", 2015, "exports")] = Gap.SplitNotFound,
        [("ASEAN", 2015, "imports")] = Gap.SplitNotFound,
        [("ASEAN", 2016, "exports")] = Gap.NotFound,
        [("ASEAN", 2016, "imports")] = Gap.NotFound,
        [("ASEAN", 2018, "exports")] = Gap.NotFound,
        [("ASEAN", 2018, "imports")] = Gap.NotFound,
        [("ASEAN", 2019, "exports")] = Gap.NotFound,
        [("ASEAN", 2019, "imports")] = Gap.NotFound,
        [("ASEAN", 2021, "exports")] = Gap.YuanOnly,
        [("ASEAN", 2021, "imports")] = Gap.YuanOnly,
        [("ASEAN", 2022, "exports")] = Gap.YuanOnly,
        [("ASEAN", 2022, "imports")] = Gap.YuanOnly,
        [("ASEAN", 2024, "exports")] = Gap.NotFound,
        [("ASEAN", 2024, "imports")] = Gap.NotFound,
        [("WLD", 2015, "exports")] = Gap.YuanOnly,
        [("WLD", 2015, "imports")] = Gap.YuanOnly,
    };

    /// <summary>
    /// Headline cells whose only source is of kind <c>other</c> (Wikipedia tables of GACC data, a LinkedIn
    /// copy of a bne IntelliNews article): kept for context, but no verdict may rest on them.
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Partner, int Year, string Flow), string> CellsOnSourcesOfKindOther = new Dictionary<(string, int, string), string>
    {
        [("RUS", 2017, "exports")] = "linkedin-cnru2017",
        [("RUS", 2017, "imports")] = "linkedin-cnru2017",
        [("RUS", 2023, "exports")] = "wiki-2023-partners",
        [("RUS", 2023, "imports")] = "wiki-2023-partners",
        [("USA", 2017, "exports")] = "wiki-2017-partners",
        [("USA", 2017, "imports")] = "wiki-2017-partners",
        [("USA", 2023, "exports")] = "wiki-2023-partners",
        [("USA", 2023, "imports")] = "wiki-2023-partners",
        [("EU", 2017, "exports")] = "wiki-2017-partners",
        [("EU", 2017, "imports")] = "wiki-2017-partners",
        [("EU", 2023, "exports")] = "wiki-2023-partners",
        [("EU", 2023, "imports")] = "wiki-2023-partners",
        [("JPN", 2017, "exports")] = "wiki-2017-partners",
        [("JPN", 2017, "imports")] = "wiki-2017-partners",
        [("JPN", 2023, "exports")] = "wiki-2023-partners",
        [("JPN", 2023, "imports")] = "wiki-2023-partners",
        [("KOR", 2017, "exports")] = "wiki-2017-partners",
        [("KOR", 2017, "imports")] = "wiki-2017-partners",
        [("KOR", 2023, "exports")] = "wiki-2023-partners",
        [("KOR", 2023, "imports")] = "wiki-2023-partners",
        [("ASEAN", 2023, "exports")] = "wiki-2023-partners",
        [("ASEAN", 2023, "imports")] = "wiki-2023-partners",
        [("WLD", 2017, "exports")] = "wiki-2017-partners",
        [("WLD", 2017, "imports")] = "wiki-2017-partners",
    };

    [Fact]
    public void Headline_EveryCell2013To2024_HasAValueOrADocumentedGap()
    {
        var cells = HeadlineCells();

        var undocumented = (from p in Partners
                            from y in Enumerable.Range(FirstYear, LastYear - FirstYear + 1)
                            from f in Flows
                            where !cells.ContainsKey((p, y, f)) && !DocumentedGaps.ContainsKey((p, y, f))
                            select $"{p} {y} {f}").ToList();

        Assert.True(undocumented.Count == 0, "Missing headline values with no documented reason: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void DocumentedGaps_EveryOne_IsStillMissing()
    {
        var cells = HeadlineCells();

        var stale = DocumentedGaps.Keys.Where(cells.ContainsKey).Select(k => $"{k.Partner} {k.Year} {k.Flow}").ToList();

        Assert.True(stale.Count == 0, "These cells now have a value; remove them from DocumentedGaps and the README: " + string.Join(", ", stale));
    }

    [Fact]
    public void DocumentedGaps_EveryOne_IsListedInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "china-goods-trade", "README.md"));

        Assert.All(DocumentedGaps, g => Assert.Contains($"| {g.Key.Partner} | {g.Key.Year} | {g.Key.Flow} | {g.Value} |", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void HeadlineCells_SourcesOfKindOther_AreExactlyTheDocumentedOnes()
    {
        var catalog = DataCatalog.FromDirectory(RepositoryPaths.Data);
        var kinds = catalog.Package.Resource(Datasets.ChinaGoodsTrade).Sources.ToDictionary(s => s.Id, s => s.Kind);

        var onOther = HeadlineCells()
            .Where(c => kinds[c.Value] == SourceKind.Other)
            .ToDictionary(c => c.Key, c => c.Value);

        Assert.Equal(CellsOnSourcesOfKindOther.OrderBy(c => c.Key).ToList(), onOther.OrderBy(c => c.Key).ToList());
    }

    [Fact]
    public void EuRows_PartnerScope_IsEu28UpTo2019AndEu27From2020()
    {
        var frame = DataCatalog.FromDirectory(RepositoryPaths.Data).Load(Datasets.ChinaGoodsTrade);
        var partner = frame.GetColumn<string>("partner");
        var year = frame.GetColumn<int>("year");
        var scope = frame.GetColumn<string>("partner_scope");

        foreach (var row in frame.RowKeys)
        {
            var expected = partner[row] == "EU" ? (year[row] <= 2019 ? "EU28" : "EU27_2020") : null;
            var actual = scope.TryGet(row);
            Assert.True(expected == (actual.HasValue ? actual.Value : null), $"row {row}: {partner[row]} {year[row]} has partner_scope '{(actual.HasValue ? actual.Value : "")}', expected '{expected}'");
        }
    }

    /// <summary>Headline cells present in the data: (partner, year, flow) → source id.</summary>
    private static Dictionary<(string Partner, int Year, string Flow), string> HeadlineCells()
    {
        var frame = DataCatalog.FromDirectory(RepositoryPaths.Data).Load(Datasets.ChinaGoodsTrade);
        var partner = frame.GetColumn<string>("partner");
        var year = frame.GetColumn<int>("year");
        var flow = frame.GetColumn<string>("flow");
        var source = frame.GetColumn<string>("source_id");
        var cells = new Dictionary<(string, int, string), string>();
        foreach (var row in frame.RowKeys)
        {
            if (Partners.Contains(partner[row]) && Flows.Contains(flow[row]) && year[row] is >= FirstYear and <= LastYear)
            {
                cells[(partner[row], year[row], flow[row])] = source[row];
            }
        }

        return cells;
    }
}
