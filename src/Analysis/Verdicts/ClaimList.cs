namespace Analysis.Verdicts;

/// <summary>How a claim of the article is handled.</summary>
public enum ClaimStatus
{
    /// <summary>Judged by a rule on public data, in the notebook named.</summary>
    Assessed,

    /// <summary>A plain fact, confirmed by a sourced record (the events dataset).</summary>
    OnRecord,

    /// <summary>Public data cannot settle it; the reason and the data that would are given.</summary>
    NotTestable,
}

/// <summary>One checkable claim of the article, in its words.</summary>
/// <param name="Id">Stable id; an assessed claim's id is its <see cref="ClaimAssessment.Id"/>.</param>
/// <param name="Notebook">The notebook that deals with it.</param>
/// <param name="ArticleWords">The claim as the article puts it.</param>
/// <param name="Status">Assessed, on record, or not testable.</param>
/// <param name="Reason">For a claim not assessed: why, and what is on record.</param>
/// <param name="WouldSettleIt">For a claim not testable: the data that would settle it.</param>
public sealed record ArticleClaim(string Id, string Notebook, string ArticleWords, ClaimStatus Status, string Reason, string WouldSettleIt);

/// <summary>Every checkable claim of the article (<c>shared/reference/article.txt</c>), in the article's order.</summary>
public static class ClaimList
{
    /// <summary>Id of the on-record claim about the Belt and Road Forum, whose event id in dataset <c>events</c> is <see cref="BeltAndRoadEvent"/>.</summary>
    public const string BeltAndRoad = "belt-and-road-forum";

    /// <summary>The event that puts <see cref="BeltAndRoad"/> on record.</summary>
    public const string BeltAndRoadEvent = "putin_visits_beijing";

    /// <summary>All claims, in the article's order.</summary>
    public static IReadOnlyList<ArticleClaim> All { get; } =
    [
        new("rhetoric", "01-rhetoric-vs-trade", "The political rhetoric between China and Russia touts a strong partnership; the visit celebrates China–Russia ties.", ClaimStatus.NotTestable,
            "The tone of official statements is not a number any public dataset publishes.", "A content analysis of Chinese and Russian official statements (e.g. the frequency of 'no limits' or 'strategic partnership' in joint statements and readouts)."),
        new("trade-vs-west", "01-rhetoric-vs-trade", "There is still a long way to go for China–Russia trade to match its trade with Western countries.", ClaimStatus.Assessed, "", ""),
        new("isolation", "01-rhetoric-vs-trade", "This alliance serves as a means of reassurance when they face isolation on the world stage.", ClaimStatus.NotTestable,
            "Reassurance is a motive, which data cannot observe; isolation could be measured, but not what the alliance does for the leaders' sense of it.", "Diplomatic isolation indices (UN General Assembly votes against each country, sanctions counts) would measure the isolation, not the reassurance."),
        new("public-perception", "01-rhetoric-vs-trade", "It gives the perception of strong friendship to their domestic populations.", ClaimStatus.Assessed, "", ""),
        new("bridge-traffic", "02-border-economy", "The newly-built bridge between China and Russia faces a lack of traffic.", ClaimStatus.Assessed, "", ""),
        new("heihe-shops", "02-border-economy", "Shopping centres in the border city of Heihe struggle due to a lack of patrons.", ClaimStatus.NotTestable,
            "No public series of Heihe's retail sales, shop footfall or Russian shoppers' spending was found; Heihe's tourist visits (2024) count all visitors, not shoppers.", "Heihe's statistical bulletin of retail sales by month, or footfall counts of its Russian-facing malls, before and after 2020."),
        new("border-tourism", "02-border-economy", "COVID-19, closed borders and Russian poverty influence the flow of tourists and trade between the two countries.", ClaimStatus.Assessed, "", ""),
        new("lorry-drivers", "02-border-economy", "Some lorry drivers involved in transporting goods across the border have an optimistic outlook.", ClaimStatus.NotTestable,
            "The drivers' outlook is anecdotal in the article; no survey of cross-border drivers was found.", "A survey of freight drivers at the Heihe and Blagoveshchensk crossings, or freight-rate and queue data."),
        new("tariffs-dampen", "03-tariffs", "New Russian tariffs on certain Chinese goods dampen the trade atmosphere.", ClaimStatus.Assessed, "", ""),
        new("gas-more", "04-gas", "China provides support to Russia by increasing the supply of Russian natural gas to its northeastern province of Heilongjiang.", ClaimStatus.Assessed, "", ""),
        new("state-media", "05-war-nato-economy", "China's state-controlled media portrays Russia's war with Ukraine as justified, aimed at countering NATO's expansionary tendencies.", ClaimStatus.Assessed, "", ""),
        new("putin-sentiment", "01-rhetoric-vs-trade", "This propaganda is backed by positive sentiment from the Chinese population towards Putin.", ClaimStatus.Assessed, "", ""),
        new("geostrategic-alignment", "05-war-nato-economy", "This reflects China's alignment with Russian geostrategic interests.", ClaimStatus.NotTestable,
            "Alignment of interests is an interpretation; no single public measure captures it.", "UN General Assembly voting agreement between China and Russia on Ukraine resolutions, and China's exports of dual-use goods to Russia, would measure parts of it."),
        new("nato-power", "05-war-nato-economy", "The war could lead to an increase in NATO's power.", ClaimStatus.Assessed, "", ""),
        new("russian-economy", "05-war-nato-economy", "The war could further strain the struggling Russian economy.", ClaimStatus.Assessed, "", ""),
        new("nato-resources", "05-war-nato-economy", "The war with Ukraine consumes NATO resources, potentially weakening the alliance's position.", ClaimStatus.Assessed, "", ""),
        new("taiwan-lessons", "05-war-nato-economy", "The war exposes China's Communist Party to the misery and economic pain that may accompany taking Taiwan by force, and offers lessons.", ClaimStatus.NotTestable,
            "A counterfactual about China's own choices; no data can observe lessons learned.", "None directly; statements of Chinese officials and military journals on the war could be content-analysed."),
        new(BeltAndRoad, "00-overview", "Officially, Putin's visit to China aims to attend a forum reviewing Xi Jinping's Belt and Road Initiative.", ClaimStatus.OnRecord,
            "A dated fact: the events dataset records Putin in Beijing for the third Belt and Road Forum, with its source.", ""),
        new("anti-west-coalition", "06-conclusion", "The underlying goal is to strengthen ties and foster a broader coalition against the West, alongside other like-minded governments.", ClaimStatus.NotTestable,
            "An intent; what data can show is the membership of groupings, not their purpose.", "Membership and voting of BRICS and the SCO over time, and UN voting blocs, would measure the coalition's breadth, not its aim."),
    ];
}
