using Analysis.Data;
using Analysis.Tests.Support;
using Deedle;

namespace Analysis.Tests.Data;

/// <summary>
/// The events dataset agrees with the datasets that hold the same dates: every tariff event is an
/// effective date of russia-recycling-fee, every NATO event is an accession date of nato-membership,
/// and lasting events end after they begin. A mistyped date in either file makes these fail.
/// </summary>
public sealed class EventsDataTests
{
    private static readonly DataCatalog Catalog = DataCatalog.FromDirectory(RepositoryPaths.Data);

    [Fact]
    public void TariffEvents_Dates_AreRecyclingFeeEffectiveDates()
    {
        var effective = Catalog.Load(Datasets.RussiaRecyclingFee).GetColumn<DateOnly>("effective_date").Values.ToHashSet();

        var tariffs = EventDates("tariff");

        Assert.NotEmpty(tariffs);
        Assert.All(tariffs, d => Assert.Contains(d, effective));
    }

    [Fact]
    public void NatoEvents_Dates_AreAccessionDates()
    {
        var accessions = Catalog.Load(Datasets.NatoMembership).GetColumn<DateOnly>("accession_date").Values.ToHashSet();

        var nato = EventDates("nato");

        Assert.Equal(2, nato.Count);
        Assert.All(nato, d => Assert.Contains(d, accessions));
    }

    [Fact]
    public void LastingEvents_EndDate_IsAfterStart()
    {
        var frame = Catalog.Load(Datasets.Events);
        var starts = frame.GetColumn<DateOnly>("date");
        var ends = frame.GetColumn<DateOnly>("end_date");

        foreach (var key in ends.Keys)
        {
            if (ends.TryGet(key).HasValue)
            {
                Assert.True(ends[key] > starts[key], $"event row {key}: end {ends[key]} is not after start {starts[key]}");
            }
        }
    }

    private static List<DateOnly> EventDates(string category)
    {
        var frame = Catalog.Load(Datasets.Events);
        return frame.GetColumn<string>("category").Values
            .Zip(frame.GetColumn<DateOnly>("date").Values)
            .Where(p => p.First == category)
            .Select(p => p.Second)
            .ToList();
    }
}
