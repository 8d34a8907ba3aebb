using System.Globalization;
using Analysis.Data;
using Analysis.Tests.Support;

namespace Analysis.Tests.Data;

/// <summary>
/// The survey readers and the small lookup readers of Opinion.cs on fixtures: percent figures only,
/// ordered by fieldwork with undated surveys last, each with its qualifier, note and source kind;
/// fieldwork dates given to the year or month read as their first day; media-study figures in the unit
/// asked for; country names and the trade-composition rows as the files hold them.
/// </summary>
public sealed class OpinionReaderTests : IDisposable
{
    // favourable_russia: four surveys out of fieldwork order, one undated and citing a source of kind
    // "other" (visualcapitalist-2023-07); a score measure that is not in percent; another measure.
    private const string ChinaOpinionRows = """
        survey,fieldwork_start,fieldwork_end,sample_size,measure,value,unit,qualifier,source_id,source_quote,note
        tsinghua_ciss_2024,2023-11,2023-12,2000,favourable_russia,58,percent,just_under,SRC,q,
        ceias_2022,2022-03-09,2022-03-23,3039,favourable_russia,80,percent,,SRC,q,Press rounded it
        ecfr_2023,,,,favourable_russia,79,percent,,visualcapitalist-2023-07,q,
        uscnpm_2022,2022,,1400,favourable_russia,60,percent,about,SRC,q,
        ceias_2022,2022-03-09,2022-03-23,3039,favourability_score_russia,3.9,mean_score_1_to_5,,SRC,q,
        ceias_2022,2022-03-09,2022-03-23,3039,unfavourable_russia,12,percent,,SRC,q,
        """;

    private const string RussiaOpinionRows = """
        pollster,fieldwork_start,fieldwork_end,sample_size,measure,value,unit,qualifier,source_id,source_quote,note
        levada,2024-08,2024-08,1600,good_attitude_china,78.5,percent,,SRC,q,
        levada,2018-09-20,2018-09-26,1600,good_attitude_china,75,percent,,SRC,q,
        levada,2018-09-20,2018-09-26,1600,bad_attitude_china,12,percent,,SRC,q,
        vciom,2021,,,good_attitude_china,70,percent,about,SRC,q,
        """;

    private const string MediaRows = """
        study,period_start,period_end,media_group,measure,value,unit,qualifier,source_id,source_quote,note
        cnn_weibo_2022,2022-02-24,2022-03-03,chinese_state_media_weibo,posts_reviewed,5000,posts,just_under,SRC,q,
        cnn_weibo_2022,2022-02-24,2022-03-03,chinese_state_media_weibo,most_shared_posts,300,posts,more_than,SRC,q,First eight days
        carma_first_day_2022,2022-02-24,2022-02-24,chinese_media,call_it_invasion,2,percent_of_articles,,SRC,q,
        """;

    private const string CountryRows = """
        code,name,kind,iso_numeric
        RUS,Russia,country,643
        CHN,China,country,156
        WLD,World,world,
        """;

    private const string CompositionRows = """
        period_start,period_end,exporter,importer,product_group,share_of_exports_percent,value_usd_bn,source_id,source_quote,note
        2019-01-01,2019-12-31,RUS,CHN,mineral_fuels,73,,SRC,q,
        2019-01-01,2019-12-31,CHN,RUS,machinery_equipment_vehicles,55,,SRC,q,
        """;

    private readonly FixtureCatalog _fixture = FixtureCatalog.With(
        (ChinaOpinion.Dataset, ChinaOpinionRows), (RussiaOpinion.Dataset, RussiaOpinionRows), (ChinaMediaWarCoverage.Dataset, MediaRows),
        (Countries.Dataset, CountryRows), (ChinaRussiaTradeComposition.Dataset, CompositionRows));

    private DataCatalog Data => _fixture.Data;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Measures_ChinaOpinion_IsEachMeasureOnceInOrdinalOrder()
    {
        Assert.Equal(["favourability_score_russia", "favourable_russia", "unfavourable_russia"], ChinaOpinion.Measures(Data));
    }

    [Fact]
    public void Values_FavourableRussia_AreTheSurveysByFieldworkUndatedLast()
    {
        var values = ChinaOpinion.Values(Data, "favourable_russia");

        // Fieldwork "2022" reads as 1 Jan 2022, "2023-11" as 1 Nov 2023; ecfr_2023 has none.
        Assert.Equal(["uscnpm_2022", "ceias_2022", "tsinghua_ciss_2024", "ecfr_2023"], values.Select(v => v.Survey).ToArray());
        Assert.Equal([new DateOnly(2022, 1, 1), new DateOnly(2022, 3, 9), new DateOnly(2023, 11, 1), null], values.Select(v => v.FieldworkStart).ToArray());
        Assert.Equal([60.0, 80.0, 58.0, 79.0], values.Select(v => v.ValuePercent).ToArray());
    }

    [Fact]
    public void Values_FavourableRussia_CarryQualifierNoteAndSourceKind()
    {
        var values = ChinaOpinion.Values(Data, "favourable_russia");

        Assert.Equal(["about", "", "just_under", ""], values.Select(v => v.Qualifier).ToArray());
        Assert.Equal(["", "Press rounded it", "", ""], values.Select(v => v.Note).ToArray());

        // The first source of china-opinion-russia is a research institute; visualcapitalist-2023-07 is of kind "other".
        Assert.Equal([SourceKind.ResearchInstitute, SourceKind.ResearchInstitute, SourceKind.ResearchInstitute, SourceKind.Other], values.Select(v => v.SourceKind).ToArray());
    }

    [Fact]
    public void MayBeJudged_ValueCitingASourceOfKindOther_IsFalseOthersTrue()
    {
        var values = ChinaOpinion.Values(Data, "favourable_russia");

        Assert.Equal([true, true, true, false], values.Select(v => v.MayBeJudged).ToArray());
        Assert.True(new SurveyValue("s", null, 50, "", "").MayBeJudged);
    }

    [Fact]
    public void Published_SurveyValue_IsThePercentWithItsQualifierInWords()
    {
        var values = ChinaOpinion.Values(Data, "favourable_russia");

        Assert.Equal(["about 60%", "80%", "just under 58%", "79%"], values.Select(v => v.Published).ToArray());
        Assert.Equal("57.5%", new SurveyValue("s", null, 57.5, "", "").Published);
    }

    [Fact]
    public void Values_MeasureHeldOnlyAsAScore_SaysItIsNotInPercent()
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaOpinion.Values(Data, "favourability_score_russia"));

        Assert.Contains("For measure=favourability_score_russia it holds unit mean_score_1_to_5.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_UnknownMeasure_ListsTheMeasuresTheDataHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaOpinion.Values(Data, "favourable_usa"));

        Assert.Contains("has no measure 'favourable_usa'. Known values: favourability_score_russia, favourable_russia, unfavourable_russia.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_LevadaGoodAttitude_IsThatPollstersMeasureByFieldwork()
    {
        var values = RussiaOpinion.Values(Data, "levada", "good_attitude_china");

        // VCIOM's figure and Levada's bad-attitude figure are left out; "2024-08" reads as 1 Aug 2024.
        Assert.Equal(["levada", "levada"], values.Select(v => v.Survey).ToArray());
        Assert.Equal([new DateOnly(2018, 9, 20), new DateOnly(2024, 8, 1)], values.Select(v => v.FieldworkStart).ToArray());
        Assert.Equal([75.0, 78.5], values.Select(v => v.ValuePercent).ToArray());
        Assert.Equal("78.5%", values[1].Published);
    }

    [Fact]
    public void Values_MeasureThePollsterLacks_NamesTheMeasuresItHas()
    {
        var e = Assert.Throws<ArgumentException>(() => RussiaOpinion.Values(Data, "vciom", "bad_attitude_china"));

        Assert.Contains("For pollster=vciom it holds measure good_attitude_china.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-03-09", "2022-03-09")]
    [InlineData("2023-11", "2023-11-01")]
    [InlineData("2022", "2022-01-01")]
    public void ParseStart_FullOrPartialIsoDate_IsItsFirstDay(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), Surveys.ParseStart(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2022-13")]
    [InlineData("2022/03/09")]
    [InlineData("20220309")]
    [InlineData("22")]
    public void ParseStart_EmptyOrNotAnIsoDate_IsNull(string? text)
    {
        Assert.Null(Surveys.ParseStart(text));
    }

    [Fact]
    public void Value_MediaStudyFigure_IsThatRowWithItsPeriodQualifierAndNote()
    {
        var v = ChinaMediaWarCoverage.Value(Data, "cnn_weibo_2022", "chinese_state_media_weibo", "most_shared_posts", "posts");

        Assert.Equal(
            new PeriodValue(new DateOnly(2022, 2, 24), new DateOnly(2022, 3, 3), 300, "posts", Data.Package.Resource(ChinaMediaWarCoverage.Dataset).Sources[0].Id, "First eight days", "more_than"),
            v);
    }

    [Fact]
    public void Value_MediaStudyInAnotherUnit_NamesTheUnitItIsHeldIn()
    {
        var e = Assert.Throws<ArgumentException>(() => ChinaMediaWarCoverage.Value(Data, "carma_first_day_2022", "chinese_media", "call_it_invasion", "posts"));

        Assert.Contains("For study=carma_first_day_2022, media_group=chinese_media, measure=call_it_invasion it holds unit percent_of_articles.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_Countries_IsEveryCodeWithItsName()
    {
        var names = Countries.Names(Data);

        Assert.Equal(3, names.Count);
        Assert.Equal("China", names["CHN"]);
        Assert.Equal("World", names["WLD"]);
    }

    [Fact]
    public void Frame_Countries_IsTheRowsWithTheirNumericCodesMissingForGroups()
    {
        var frame = Countries.Frame(Data);

        Assert.Equal(["RUS", "CHN", "WLD"], frame.GetColumn<string>("code").Values.ToArray());
        Assert.Equal(["country", "country", "world"], frame.GetColumn<string>("kind").Values.ToArray());
        Assert.False(frame.GetColumn<string>("iso_numeric").TryGet(2).HasValue);
    }

    [Fact]
    public void Frame_TradeComposition_IsTheRowsAsTheFileHoldsThem()
    {
        var frame = ChinaRussiaTradeComposition.Frame(Data);

        Assert.Equal(["mineral_fuels", "machinery_equipment_vehicles"], frame.GetColumn<string>("product_group").Values.ToArray());
        Assert.Equal([73.0, 55.0], frame.GetColumn<double>("share_of_exports_percent").Values.ToArray());
    }

    [Fact]
    public void Frame_NullCatalog_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Countries.Frame(null!));
        Assert.Throws<ArgumentNullException>(() => ChinaRussiaTradeComposition.Frame(null!));
    }
}
