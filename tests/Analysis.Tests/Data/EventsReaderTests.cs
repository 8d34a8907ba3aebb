using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Data;

/// <summary>
/// The events reader on a small fixture: every event by date (then id), with its end date and
/// notebooks; one event by id, or an error listing the ids; the events of one category.
/// </summary>
public sealed class EventsReaderTests : IDisposable
{
    // Out of date order; two events on one day, the later id first.
    private const string Rows = """
        date,end_date,event_id,label,category,notebooks,source_id,source_quote,note
        2022-02-24,,russia_invades_ukraine,Russia invades Ukraine,war,00-overview;05-war-nato-economy,SRC,q,
        2020-01-27,2023-02-21,heihe_crossing_closed,Heihe crossing closed,border,02-border-economy,SRC,q,
        2023-08-01,,fee_rise_2023,Fee rises,tariff,03-tariffs,SRC,q,
        2023-04-04,,finland_joins_nato,Finland joins NATO,nato,05-war-nato-economy,SRC,q,
        2023-08-01,,a_second_fee_step,Another fee step,tariff,03-tariffs,SRC,q,
        """;

    private readonly FixtureCatalog _fixture = FixtureCatalog.With((Events.Dataset, Rows));

    private DataCatalog Data => _fixture.Data;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void All_Fixture_IsEveryEventByDateThenId()
    {
        var ids = Events.All(Data).Select(e => e.Id).ToArray();

        Assert.Equal(["heihe_crossing_closed", "russia_invades_ukraine", "finland_joins_nato", "a_second_fee_step", "fee_rise_2023"], ids);
    }

    [Fact]
    public void All_Fixture_GivesEndDatesOnlyToLastingEvents()
    {
        var ends = Events.All(Data).Select(e => e.EndDate).ToArray();

        Assert.Equal([new DateOnly(2023, 2, 21), null, null, null, null], ends);
    }

    [Fact]
    public void Get_Id_IsThatEventWithItsLabelCategoryAndNotebooks()
    {
        var e = Events.Get(Data, "russia_invades_ukraine");

        Assert.Equal(new DateOnly(2022, 2, 24), e.Date);
        Assert.Null(e.EndDate);
        Assert.Equal("Russia invades Ukraine", e.Label);
        Assert.Equal("war", e.Category);
        Assert.Equal(["00-overview", "05-war-nato-economy"], e.Notebooks);
    }

    [Fact]
    public void Get_UnknownId_ListsTheEventIdsByDate()
    {
        var e = Assert.Throws<ArgumentException>(() => Events.Get(Data, "visit"));

        Assert.Equal(
            "Dataset 'events' has no event 'visit'. Events: heihe_crossing_closed, russia_invades_ukraine, finland_joins_nato, a_second_fee_step, fee_rise_2023. (Parameter 'id')",
            e.Message);
    }

    [Fact]
    public void OfCategory_Tariff_IsThatCategorysEventsByDateThenId()
    {
        Assert.Equal(["a_second_fee_step", "fee_rise_2023"], Events.OfCategory(Data, "tariff").Select(e => e.Id).ToArray());
    }

    [Fact]
    public void OfCategory_CategoryWithoutEvents_IsEmpty()
    {
        Assert.Empty(Events.OfCategory(Data, "energy"));
    }

    [Fact]
    public void Iso_Event_IsItsDateAsYyyyMmDd()
    {
        Assert.Equal("2023-04-04", Events.Iso(Events.Get(Data, "finland_joins_nato")));
    }

    [Fact]
    public void Iso_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Events.Iso(null!));
    }
}
