using D = Analysis.AnalysisDefaults;

namespace Analysis.Verdicts;

/// <summary>
/// The verdict rules of the article's claims, each with the measure it judges, its bounds and the
/// reason for them. Every factory takes the bounds as arguments (defaults from
/// <see cref="AnalysisDefaults"/>), so a notebook's parameters cell can change them.
/// </summary>
public static class Rules
{
    /// <summary>"Still a long way to go for China–Russia trade to match its trade with Western countries."</summary>
    public static ThresholdRule WestMultiple(double supportedAtLeast = D.WestMultipleSupportedAtLeast, double mixedAtLeast = D.WestMultipleMixedAtLeast) =>
        new("China's trade with the West ÷ its trade with Russia", "×", Direction.AtLeast, supportedAtLeast, mixedAtLeast,
            "At 3× the West trades three times as much with China as Russia does (Russia under a quarter of the two together): far from matching. " +
            "Below 1.5× the gap is small enough that 'a long way to go' overstates it. No published convention sets these bounds; the sensitivity table shows where the verdict would change.");

    /// <summary>"Positive sentiment from the Chinese population towards Putin" (and Russia).</summary>
    public static ThresholdRule Favourable(double supportedAtLeastPercent = D.FavourableSupportedAtLeastPercent, double mixedAtLeastPercent = D.FavourableMixedAtLeastPercent) =>
        new("the share of Chinese respondents favourable in the most recent survey", "%", Direction.AtLeast, supportedAtLeastPercent, mixedAtLeastPercent,
            "A majority (50 %) is the conventional bar for 'the public' holding a view; 40–50 % is a plurality at best.");

    /// <summary>"The newly-built bridge between China and Russia faces a lack of traffic."</summary>
    public static ThresholdRule BridgeUtilisation(double supportedAtMostPercent = D.BridgeUtilisationSupportedAtMostPercent, double mixedAtMostPercent = D.BridgeUtilisationMixedAtMostPercent) =>
        new("the bridge's busiest average daily traffic as a share of its design capacity", "%", Direction.AtMost, supportedAtMostPercent, mixedAtMostPercent,
            "Under half its design capacity on every measure, a bridge is clearly under-used; above 80 % it is close to what it was built for.");

    /// <summary>"COVID-19, closed borders and Russian poverty influence the flow of tourists."</summary>
    public static ThresholdRule TourismRecovery(double supportedAtMostPercent = D.TourismRecoverySupportedAtMostPercent, double mixedAtMostPercent = D.TourismRecoveryMixedAtMostPercent) =>
        new("travellers as a share of the last year before the closure", "%", Direction.AtMost, supportedAtMostPercent, mixedAtMostPercent,
            "Below half the pre-closure level the flow is clearly cut; above 90 % it has essentially recovered.");

    /// <summary>"New Russian tariffs on certain Chinese goods ... dampen the trade atmosphere" (cars).</summary>
    public static ThresholdRule ExcessFall(double supportedAtMostPoints = D.ExcessFallSupportedAtMostPoints, double mixedAtMostPoints = D.ExcessFallMixedAtMostPoints) =>
        new("the change in Chinese car exports to Russia minus the change in Russia's whole car market (units, percentage points)", " pp", Direction.AtMost, supportedAtMostPoints, mixedAtMostPoints,
            "Units against units: if the fee dampens Chinese cars, their sales fall more than the market's. A 10-point gap is well beyond the year-to-year noise of market shares; any gap below zero is mixed.");

    /// <summary>"China provides support to Russia by increasing the supply of Russian natural gas."</summary>
    public static ThresholdRule GasGrowth(double supportedAtLeastPercent = D.GasGrowthSupportedAtLeastPercent, double mixedAtLeastPercent = D.GasGrowthMixedAtLeastPercent) =>
        new("the growth of Power of Siberia deliveries since the base year", "%", Direction.AtLeast, supportedAtLeastPercent, mixedAtLeastPercent,
            "A rise of a fifth or more is a clear increase; a smaller rise is mixed; a fall contradicts the claim.");

    /// <summary>"The war with Ukraine consumes NATO resources, potentially weakening the alliance's position."</summary>
    public static ThresholdRule NatoDrain(double supportedAtMost = D.AlliesAtGuidelineSupportedAtMost, double mixedAtMost = D.AlliesAtGuidelineMixedAtMost) =>
        new("the change in the number of allies spending at least 2 % of GDP on defence", "", Direction.AtMost, supportedAtMost, mixedAtMost,
            "NATO's 2 % guideline (Wales summit, 2014) is the alliance's own yardstick. If the war drained the alliance, fewer allies (or no more) would meet it; a rise of more than three allies is rearmament, the opposite.");

    /// <summary>"The war ... further strain[s] the struggling Russian economy."</summary>
    public static ThresholdRule EconomyStrain(double supportedAtLeast = D.StrainSignalsSupportedAtLeast, double mixedAtLeast = D.StrainSignalsMixedAtLeast) =>
        new("the number of strain signals on (weak growth, inflation at least twice the 4 % target, a key rate in double digits)", " of 3", Direction.AtLeast, supportedAtLeast, mixedAtLeast,
            "Each signal is a standard reading of macro stress; the Bank of Russia's own target (4 % inflation) anchors the second. Two of three is strain; one is mixed.");

    /// <summary>"The war ... could lead to an increase in NATO's power."</summary>
    public static ThresholdRule NatoPower(double supportedAtLeastPercent = D.NatoPowerSupportedAtLeastPercent, double mixedAtLeastPercent = D.NatoPowerMixedAtLeastPercent) =>
        new("the real change in the European allies' and Canada's defence spending since the base year", "%", Direction.AtLeast, supportedAtLeastPercent, mixedAtLeastPercent,
            "Real spending is the one measure of strength NATO publishes for every ally every year. A rise of a tenth or more in real terms is a clear increase; a smaller rise is mixed; a fall contradicts the claim.");

    /// <summary>"China's state-controlled media portrays Russia's war with Ukraine as justified."</summary>
    public static ThresholdRule StateMediaCriticism(double supportedAtMostPercent = D.StateMediaCriticalSupportedAtMostPercent, double mixedAtMostPercent = D.StateMediaCriticalMixedAtMostPercent) =>
        new("the share of Chinese media articles critical of Russia", "%", Direction.AtMost, supportedAtMostPercent, mixedAtMostPercent,
            "Media that portray a war as justified hardly criticise it: at most one article in ten. Up to three in ten is mixed; more than that contradicts the claim. Not criticising is weaker than justifying, which is why the bar for 'supported' is strict.");
}
