using Analysis.Data;
using Analysis.Tests.Support;
using Deedle;

namespace Analysis.Tests.Data;

/// <summary>
/// Published cross-checks on the bundled NATO data: NATO's own totals (nato-defence-aggregates)
/// must equal the sum of the allies' rows (nato-defence-spending) for the allies that were members
/// in each year (nato-membership), and the number of allies must match the accession counts. A
/// mistyped figure, a missing ally or a wrong accession year makes these fail.
/// </summary>
public sealed class NatoDefenceTests
{
    // NATO rounds each ally to whole USD millions; 31 roundings can differ from the rounded total by a few.
    private const double RoundingToleranceUsdMn = 3.0;

    private static readonly DataCatalog Catalog = DataCatalog.FromDirectory(RepositoryPaths.Data);

    public static TheoryData<int> Years()
    {
        var data = new TheoryData<int>();
        for (var year = 2014; year <= 2026; year++)
        {
            data.Add(year);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void EuropeAndCanadaTotal_Year_EqualsSumOfMemberAlliesExceptUsa(int year)
    {
        var members = MemberSpending(year).Where(kv => kv.Key != "USA").Sum(kv => kv.Value);

        Assert.Equal(Aggregate("nato_europe_canada", year), members, RoundingToleranceUsdMn);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void NatoTotal_Year_EqualsSumOfMemberAllies(int year)
    {
        Assert.Equal(Aggregate("nato_total", year), MemberSpending(year).Values.Sum(), RoundingToleranceUsdMn);
    }

    [Fact]
    public void Membership_LastAccession_CountsEveryAllyInTheSpendingTablePlusIceland()
    {
        var allies = Catalog.Load(Datasets.NatoDefenceSpending).GetColumn<string>("country").Values.Distinct().Count();
        var latest = Catalog.Load(Datasets.NatoMembership).GetColumn<int>("members_after").Values.Max();

        // Iceland is an ally without armed forces, so NATO publishes no spending row for it.
        Assert.Equal(latest, allies + 1);
    }

    [Fact]
    public void Membership_Counts_RiseByOneAtEachAccession()
    {
        var frame = Catalog.Load(Datasets.NatoMembership);
        var ordered = frame.GetColumn<DateOnly>("accession_date").Values
            .Zip(frame.GetColumn<int>("members_after").Values)
            .OrderBy(p => p.First)
            .Select(p => p.Second)
            .ToArray();

        Assert.Equal(Enumerable.Range(ordered[0], ordered.Length), ordered);
    }

    /// <summary>Spending of the allies that were members in <paramref name="year"/> (an ally counts from its accession year).</summary>
    private static Dictionary<string, double> MemberSpending(int year)
    {
        var membership = Catalog.Load(Datasets.NatoMembership);
        var joined = membership.GetColumn<string>("country").Values
            .Zip(membership.GetColumn<DateOnly>("accession_date").Values)
            .ToDictionary(p => p.First, p => p.Second.Year);

        var spending = Catalog.Load(Datasets.NatoDefenceSpending);
        var result = new Dictionary<string, double>();
        foreach (var row in spending.Rows.Values)
        {
            var country = row.GetAs<string>("country");
            if (row.GetAs<int>("year") == year && (!joined.TryGetValue(country, out var since) || since <= year))
            {
                result.Add(country, row.GetAs<double>("spending_usd_mn_2021"));
            }
        }

        return result;
    }

    private static double Aggregate(string group, int year) =>
        NatoDefenceAggregates.SpendingUsdMillions2021Prices(Catalog, group)[year];
}
