using Analysis.Calculations;
using Analysis.Data;
using Deedle;
using D = Analysis.AnalysisDefaults;

namespace Analysis.Verdicts;

/// <summary>
/// Every analysis choice behind the scorecard, named as the notebooks' parameters are (the record's
/// <c>FirstYear</c> is the cells' <c>firstYear</c>); the defaults are <see cref="AnalysisDefaults"/>.
/// Notebook 06 declares them all in its parameters cell and builds this record from them.
/// </summary>
public sealed record ScorecardInputs
{
    /// <summary>The article's moment, YYYY-MM-DD.</summary>
    public string ArticleDate { get; init; } = D.ArticleDate;

    /// <summary>Partners compared with Russia.</summary>
    public IReadOnlyList<string> Partners { get; init; } = D.Partners;

    /// <summary>The partners that make up the West.</summary>
    public IReadOnlyList<string> WestPartners { get; init; } = D.WestPartners;

    /// <summary>First year of the trade comparison.</summary>
    public int FirstYear { get; init; } = D.FirstYear;

    /// <summary>Latest year of the trade comparison.</summary>
    public int LastYear { get; init; } = D.LastYear;

    /// <summary>See <see cref="Rules.WestMultiple"/>.</summary>
    public double WestMultipleSupportedAtLeast { get; init; } = D.WestMultipleSupportedAtLeast;

    /// <summary>See <see cref="Rules.WestMultiple"/>.</summary>
    public double WestMultipleMixedAtLeast { get; init; } = D.WestMultipleMixedAtLeast;

    /// <summary>See <see cref="Rules.Favourable"/>.</summary>
    public double FavourableSupportedAtLeastPercent { get; init; } = D.FavourableSupportedAtLeastPercent;

    /// <summary>See <see cref="Rules.Favourable"/>.</summary>
    public double FavourableMixedAtLeastPercent { get; init; } = D.FavourableMixedAtLeastPercent;

    /// <summary>The last full year before the border closure.</summary>
    public int TourismBeforeYear { get; init; } = D.TourismBeforeYear;

    /// <summary>Travellers compared: origin.</summary>
    public string TravellerOrigin { get; init; } = D.TravellerOrigin;

    /// <summary>Travellers compared: destination.</summary>
    public string TravellerDestination { get; init; } = D.TravellerDestination;

    /// <summary>See <see cref="Rules.BridgeUtilisation"/>.</summary>
    public double BridgeUtilisationSupportedAtMostPercent { get; init; } = D.BridgeUtilisationSupportedAtMostPercent;

    /// <summary>See <see cref="Rules.BridgeUtilisation"/>.</summary>
    public double BridgeUtilisationMixedAtMostPercent { get; init; } = D.BridgeUtilisationMixedAtMostPercent;

    /// <summary>See <see cref="Rules.TourismRecovery"/>.</summary>
    public double TourismRecoverySupportedAtMostPercent { get; init; } = D.TourismRecoverySupportedAtMostPercent;

    /// <summary>See <see cref="Rules.TourismRecovery"/>.</summary>
    public double TourismRecoveryMixedAtMostPercent { get; init; } = D.TourismRecoveryMixedAtMostPercent;

    /// <summary>Recycling-fee category.</summary>
    public string FeeCategory { get; init; } = D.FeeCategory;

    /// <summary>Fee in force before the increases (ISO date).</summary>
    public string FeeBeforeDate { get; init; } = D.FeeBeforeDate;

    /// <summary>Fee in force after the increases (ISO date).</summary>
    public string FeeAfterDate { get; init; } = D.FeeAfterDate;

    /// <summary>Year of the car imports the change applies to.</summary>
    public int CarBaseYear { get; init; } = D.CarBaseYear;

    /// <summary>Year observed after the change.</summary>
    public int CarAfterYear { get; init; } = D.CarAfterYear;

    /// <summary>η.</summary>
    public double ImportDemandElasticity { get; init; } = D.ImportDemandElasticity;

    /// <summary>σ.</summary>
    public double SubstitutionElasticity { get; init; } = D.SubstitutionElasticity;

    /// <summary>See <see cref="Rules.ExcessFall"/>.</summary>
    public double ExcessFallSupportedAtMostPoints { get; init; } = D.ExcessFallSupportedAtMostPoints;

    /// <summary>See <see cref="Rules.ExcessFall"/>.</summary>
    public double ExcessFallMixedAtMostPoints { get; init; } = D.ExcessFallMixedAtMostPoints;

    /// <summary>Base year of the gas comparison.</summary>
    public int GasBaseYear { get; init; } = D.GasBaseYear;

    /// <summary>Later year of the gas comparison.</summary>
    public int GasLaterYear { get; init; } = D.GasLaterYear;

    /// <summary>See <see cref="Rules.GasGrowth"/>.</summary>
    public double GasGrowthSupportedAtLeastPercent { get; init; } = D.GasGrowthSupportedAtLeastPercent;

    /// <summary>See <see cref="Rules.GasGrowth"/>.</summary>
    public double GasGrowthMixedAtLeastPercent { get; init; } = D.GasGrowthMixedAtLeastPercent;

    /// <summary>Base year for NATO spending.</summary>
    public int NatoFromYear { get; init; } = D.NatoFromYear;

    /// <summary>Latest year for NATO spending.</summary>
    public int NatoToYear { get; init; } = D.NatoToYear;

    /// <summary>See <see cref="Rules.NatoPower"/>.</summary>
    public double NatoPowerSupportedAtLeastPercent { get; init; } = D.NatoPowerSupportedAtLeastPercent;

    /// <summary>See <see cref="Rules.NatoPower"/>.</summary>
    public double NatoPowerMixedAtLeastPercent { get; init; } = D.NatoPowerMixedAtLeastPercent;

    /// <summary>See <see cref="Rules.StateMediaCriticism"/>.</summary>
    public double StateMediaCriticalSupportedAtMostPercent { get; init; } = D.StateMediaCriticalSupportedAtMostPercent;

    /// <summary>See <see cref="Rules.StateMediaCriticism"/>.</summary>
    public double StateMediaCriticalMixedAtMostPercent { get; init; } = D.StateMediaCriticalMixedAtMostPercent;

    /// <summary>See <see cref="Rules.NatoDrain"/>.</summary>
    public double AlliesAtGuidelineSupportedAtMost { get; init; } = D.AlliesAtGuidelineSupportedAtMost;

    /// <summary>See <see cref="Rules.NatoDrain"/>.</summary>
    public double AlliesAtGuidelineMixedAtMost { get; init; } = D.AlliesAtGuidelineMixedAtMost;

    /// <summary>Year of the latest economy finding.</summary>
    public int EconomyYear { get; init; } = D.EconomyYear;

    /// <summary>Strain signal bound on growth, %.</summary>
    public double GrowthStrainAtMostPercent { get; init; } = D.GrowthStrainAtMostPercent;

    /// <summary>Strain signal bound on inflation, %.</summary>
    public double InflationStrainAtLeastPercent { get; init; } = D.InflationStrainAtLeastPercent;

    /// <summary>Strain signal bound on the key rate, %.</summary>
    public double KeyRateStrainAtLeastPercent { get; init; } = D.KeyRateStrainAtLeastPercent;

    /// <summary>See <see cref="Rules.EconomyStrain"/>.</summary>
    public double StrainSignalsSupportedAtLeast { get; init; } = D.StrainSignalsSupportedAtLeast;

    /// <summary>See <see cref="Rules.EconomyStrain"/>.</summary>
    public double StrainSignalsMixedAtLeast { get; init; } = D.StrainSignalsMixedAtLeast;
}

/// <summary>
/// Notebook 06: every claim of the article, assessed by the same chain of readers, calculations and
/// verdict functions the notebooks 01–05 show cell by cell, from one set of inputs.
/// </summary>
public static class Scorecard
{
    /// <summary>The assessments of every assessed claim (<see cref="ClaimList"/>), in the article's order.</summary>
    public static IReadOnlyList<ClaimAssessment> Assess(DataCatalog data, ScorecardInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var i = inputs;
        var favourable = Rules.Favourable(i.FavourableSupportedAtLeastPercent, i.FavourableMixedAtLeastPercent);
        var chineseFavourable = ChinaOpinion.Values(data, "favourable_russia");
        var byId = new Dictionary<string, ClaimAssessment>(StringComparer.Ordinal)
        {
            ["trade-vs-west"] = TradeVsWest(data, i),
            ["public-perception"] = Verdicts.Assess.PublicPerception(chineseFavourable, RussiaOpinion.Values(data, "levada", "good_attitude_china"), i.ArticleDate, favourable),
            ["bridge-traffic"] = Bridge(data, i),
            ["border-tourism"] = Verdicts.Assess.BorderTourism(RussiaChinaTourism.FullYearCounts(data, i.TravellerOrigin, i.TravellerDestination),
                $"{Countries.Name(data, i.TravellerOrigin)} → {Countries.Name(data, i.TravellerDestination)} travellers", i.TourismBeforeYear, i.LastYear, i.ArticleDate,
                Rules.TourismRecovery(i.TourismRecoverySupportedAtMostPercent, i.TourismRecoveryMixedAtMostPercent), RussiaMacro.PovertyRatePercent(data)),
            ["tariffs-dampen"] = CarFee(data, i),
            ["gas-more"] = Gas(data, i),
            ["state-media"] = StateMedia(data, i),
            ["putin-sentiment"] = Verdicts.Assess.PutinSentiment(ChinaOpinion.Values(data, "confidence_putin"), chineseFavourable, i.ArticleDate, favourable),
            ["nato-power"] = Verdicts.Assess.NatoPower(NatoDefenceAggregates.SpendingUsdMillions2021Prices(data, NatoDefenceAggregates.EuropeAndCanada), i.NatoFromYear, i.NatoToYear, i.ArticleDate,
                Rules.NatoPower(i.NatoPowerSupportedAtLeastPercent, i.NatoPowerMixedAtLeastPercent), NatoMembership.Accessions(data)),
            ["russian-economy"] = Economy(data, i),
            ["nato-resources"] = Verdicts.Assess.NatoResources(NatoDefenceSpending.SharePercentByAllyAndYear(data), i.NatoFromYear, i.NatoToYear, i.ArticleDate,
                Rules.NatoDrain(i.AlliesAtGuidelineSupportedAtMost, i.AlliesAtGuidelineMixedAtMost), UkraineSupport.CumulativeEurBillions(data, "ALL", "allocated", "total")),
        };
        return ClaimList.All.Where(c => c.Status == ClaimStatus.Assessed).Select(c => byId[c.Id]).ToArray();
    }

    /// <summary>
    /// Every claim of the article (<see cref="ClaimList"/>) as a table keyed by claim id: the article's words,
    /// the verdict when the article appeared and now (or "on record" / "not testable"), what changed, the
    /// latest key figure or the reason it is not tested, and the notebook.
    /// </summary>
    public static Frame<string, string> Table(DataCatalog data, IReadOnlyList<ClaimAssessment> assessments)
    {
        var rows = View(data, assessments).Rows;
        var ids = rows.Select(r => r.Id).ToArray();
        var b = new FrameBuilder.Columns<string, string>();
        b.Add("claim", new Series<string, string>(ids, rows.Select(r => r.Claim)));
        b.Add("verdict_october_2023", new Series<string, string>(ids, rows.Select(r => r.Then)));
        b.Add("verdict_latest", new Series<string, string>(ids, rows.Select(r => r.Now)));
        b.Add("key_figure_or_reason", new Series<string, string>(ids, rows.Select(r => r.Detail)));
        b.Add("notebook", new Series<string, string>(ids, rows.Select(r => r.Notebook)));
        return b.Frame;
    }

    /// <summary>The scorecard as readers see it: every claim with colour-coded verdicts at both moments, linked to its section (see <see cref="ScorecardView"/>).</summary>
    public static ScorecardView View(DataCatalog data, IReadOnlyList<ClaimAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        return new ScorecardView(ClaimList.All.Select(c =>
        {
            var a = assessments.FirstOrDefault(x => x.Id == c.Id);
            if (c.Status == ClaimStatus.Assessed && a is not null)
            {
                return new ScorecardRow(c.Id, a.Notebook, c.ArticleWords, ClaimAssessment.TextOf(a.AtArticle.Verdict), a.AtArticle.Verdict, a.VerdictText, a.Verdict, a.Latest.KeyFigure);
            }

            var note = Note(data, c);
            return new ScorecardRow(c.Id, c.Notebook, c.ArticleWords, note.StatusText, null, note.StatusText, null, note.Reason);
        }).ToArray());
    }

    /// <summary>
    /// The claims no rule judges (a fact on record, claims public data cannot test) that <paramref name="notebook"/>
    /// deals with, or all of them when it is null: each with its reason (for the fact on record, the dated event from
    /// dataset <c>events</c>) and the data that would settle it. Each is shown with the id the scorecard links to.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="notebook"/> is not a notebook of <see cref="ClaimList"/>; the message lists them.</exception>
    public static ClaimNotes NotAssessed(DataCatalog data, string? notebook = null)
    {
        var notebooks = ClaimList.All.Select(c => c.Notebook).Distinct().Order(StringComparer.Ordinal).ToList();
        if (notebook is not null && !notebooks.Contains(notebook))
        {
            throw new ArgumentException($"No claim belongs to notebook '{notebook}'; the notebooks with claims are: {string.Join(", ", notebooks)}.", nameof(notebook));
        }

        return new ClaimNotes(ClaimList.All
            .Where(c => c.Status != ClaimStatus.Assessed && (notebook is null || c.Notebook == notebook))
            .Select(c => Note(data, c))
            .ToArray());
    }

    /// <summary>A claim as no rule judges it: its status in words and its reason (for the fact on record, the dated event).</summary>
    private static ClaimNote Note(DataCatalog data, ArticleClaim c) =>
        new(c.Id, c.Notebook, c.ArticleWords, c.Status, c.Status == ClaimStatus.OnRecord ? OnRecord(data, c) : c.Reason, c.WouldSettleIt);

    /// <summary>The conclusion, computed from the assessments: counts of verdicts at both moments and what changed.</summary>
    public static ScorecardSummary Summary(IReadOnlyList<ClaimAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        string Counts(Func<ClaimAssessment, Verdict> verdict) =>
            string.Join(", ", new[] { Verdict.Supported, Verdict.Mixed, Verdict.NotSupported, Verdict.NotTestable }
                .Select(v => (v, n: assessments.Count(a => verdict(a) == v))).Where(x => x.n > 0).Select(x => $"{x.n} {ClaimAssessment.TextOf(x.v)}"));
        var total = ClaimList.All.Count;
        var lines = new List<string>
        {
            $"The article makes {total} checkable claims: {assessments.Count} are judged on public data, {ClaimList.All.Count(c => c.Status == ClaimStatus.OnRecord)} is a fact on record, and {ClaimList.All.Count(c => c.Status == ClaimStatus.NotTestable)} cannot be tested with public data.",
            $"With the data available when the article appeared (October 2023): {Counts(a => a.AtArticle.Verdict)}.",
            $"With the latest data: {Counts(a => a.Latest.Verdict)}.",
        };
        var changed = assessments.Where(a => a.AtArticle.Verdict != a.Latest.Verdict).ToList();
        lines.Add(changed.Count == 0
            ? "No verdict changed between the two moments."
            : "Changed since the article: " + string.Join("; ", changed.Select(a => $"{a.Id} ({a.Change})")) + ".");
        var supported = assessments.Where(a => a.Latest.Verdict == Verdict.Supported).Select(a => a.Id).ToList();
        var against = assessments.Where(a => a.Latest.Verdict == Verdict.NotSupported).Select(a => a.Id).ToList();
        if (supported.Count > 0)
        {
            lines.Add("Supported now: " + string.Join(", ", supported) + ".");
        }

        if (against.Count > 0)
        {
            lines.Add("Contradicted now: " + string.Join(", ", against) + ".");
        }

        return new ScorecardSummary(lines);
    }

    private static string OnRecord(DataCatalog data, ArticleClaim claim)
    {
        var e = Events.Get(data, ClaimList.BeltAndRoadEvent);
        return $"{claim.Reason} ({e.Label}, {Events.Iso(e)}{(e.EndDate is { } end ? "–" + end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")})";
    }

    private static ClaimAssessment TradeVsWest(DataCatalog data, ScorecardInputs i)
    {
        var partners = i.Partners.Union(i.WestPartners).Append("RUS").Distinct().ToList();
        var turnover = ChinaGoodsTrade.TurnoverUsdBillions(data, partners).InYears(i.FirstYear, i.LastYear);
        return Verdicts.Assess.TradeVsWest(turnover, i.WestPartners, i.FirstYear, i.LastYear, i.ArticleDate, Rules.WestMultiple(i.WestMultipleSupportedAtLeast, i.WestMultipleMixedAtLeast));
    }

    private static ClaimAssessment Bridge(DataCatalog data, ScorecardInputs i) =>
        Verdicts.Assess.BridgeTraffic(Capacity.Utilisation(BorderTraffic.BridgeTotals(data), FacilityCapacity.BridgeDesign(data)), i.ArticleDate,
            Rules.BridgeUtilisation(i.BridgeUtilisationSupportedAtMostPercent, i.BridgeUtilisationMixedAtMostPercent));

    private static ClaimAssessment CarFee(DataCatalog data, ScorecardInputs i)
    {
        // The chain of notebook 03, cell by cell.
        var units = ChinaCarExports.UnitsByYear(data);
        var value = ChinaCarExports.ValueUsdBillionsByYear(data);
        var pricePerCarUsd = Trade.Ratio(value * 1e9, units);
        var priceYear = pricePerCarUsd.LastKey();
        var rubPerUsd = RussiaMacro.RubPerUsdAverage(data)[priceYear];
        var before = TariffImpact.SpecificFeeAsAdValorem(RecyclingFee.InForceOn(data, i.FeeCategory, i.FeeBeforeDate).FeeRub, pricePerCarUsd[priceYear], rubPerUsd);
        var after = TariffImpact.SpecificFeeAsAdValorem(RecyclingFee.InForceOn(data, i.FeeCategory, i.FeeAfterDate).FeeRub, pricePerCarUsd[priceYear], rubPerUsd);
        var chinaShare = RussiaCarMarket.ChinaShareOfCarImportsPercent(data)[^1].Value / 100;
        var scenario = TariffScenarios.FromSupplierShare(value[i.CarBaseYear] * 1000, chinaShare, before.AdValoremRate, after.AdValoremRate, i.ImportDemandElasticity, i.SubstitutionElasticity);
        var impact = TariffImpact.Solve(scenario);
        var model = value.TryGet(i.CarAfterYear).HasValue
            ? TariffImpact.CompareWithObserved(100 * impact.TotalChangeInImportsFromSupplierUsdMillions / scenario.ImportsFromSupplierUsdMillions, value[i.CarBaseYear], value[i.CarAfterYear])
            : null;
        return Verdicts.Assess.CarFee(units, RussiaCarMarket.NewCarSalesUnits(data), RussiaCarMarket.ChineseBrandsSalesUnits(data),
            i.CarBaseYear, i.CarAfterYear, i.FeeBeforeDate, i.ArticleDate, Rules.ExcessFall(i.ExcessFallSupportedAtMostPoints, i.ExcessFallMixedAtMostPoints), model);
    }

    private static ClaimAssessment Gas(DataCatalog data, ScorecardInputs i)
    {
        var deliveries = PowerOfSiberia.DeliveriesBcm(data);
        var europe = RussiaGasExports.PipelineToEuropeBcm(data);
        var replacement = GasDependency.ReplacementOfLostEuropeanExports(i.GasBaseYear, i.GasLaterYear, europe[i.GasBaseYear], europe[i.GasLaterYear], deliveries[i.GasBaseYear], deliveries[i.GasLaterYear]);
        return Verdicts.Assess.GasPurchases(deliveries, FacilityCapacity.PowerOfSiberiaBcmPerYear(data), i.GasBaseYear, i.GasLaterYear, i.ArticleDate,
            Rules.GasGrowth(i.GasGrowthSupportedAtLeastPercent, i.GasGrowthMixedAtLeastPercent), replacement);
    }

    private static ClaimAssessment StateMedia(DataCatalog data, ScorecardInputs i) =>
        Verdicts.Assess.StateMediaFraming(
            ChinaMediaWarCoverage.Value(data, "carma_first_day_2022", "chinese_media", "criticise_russia", "percent_of_articles"),
            ChinaMediaWarCoverage.Value(data, "carma_first_day_2022", "us_media", "criticise_russia", "percent_of_articles"),
            StateMediaContext(data), i.ArticleDate,
            Rules.StateMediaCriticism(i.StateMediaCriticalSupportedAtMostPercent, i.StateMediaCriticalMixedAtMostPercent));

    /// <summary>The further published findings on Chinese media and the war, as notebook 05 shows them.</summary>
    public static IReadOnlyList<(string Finding, PeriodValue Value)> StateMediaContext(DataCatalog data)
    {
        var pro = ChinaMediaWarCoverage.Value(data, "cnn_weibo_2022", "chinese_state_media_weibo", "pro_russian_most_shared_posts", "posts");
        var shared = ChinaMediaWarCoverage.Value(data, "cnn_weibo_2022", "chinese_state_media_weibo", "most_shared_posts", "posts");
        var invasion = ChinaMediaWarCoverage.Value(data, "carma_first_day_2022", "chinese_media", "call_it_invasion", "percent_of_articles");
        var usInvasion = ChinaMediaWarCoverage.Value(data, "carma_first_day_2022", "us_media", "call_it_invasion", "percent_of_articles");
        return
        [
            ($"{pro.QualifierText} {Format.N0(pro.Value)} of the {shared.QualifierText} {Format.N0(shared.Value)} most-shared posts of Chinese state media on Weibo were distinctly pro-Russian (CNN's review).", pro),
            ($"{Format.N0(invasion.Value)}% of Chinese media articles called it an invasion, against {Format.N0(usInvasion.Value)}% of US media articles (CARMA).", invasion),
        ];
    }

    private static ClaimAssessment Economy(DataCatalog data, ScorecardInputs i)
    {
        var signals = Verdicts.Assess.StrainSignals(RussiaMacro.GdpGrowthPercent(data), RussiaMacro.InflationDecemberPercent(data), StepSeries.YearEndValues(RussiaKeyRate.DecisionsPercent(data)),
            i.GrowthStrainAtMostPercent, i.InflationStrainAtLeastPercent, i.KeyRateStrainAtLeastPercent);
        return Verdicts.Assess.RussianEconomy(signals, i.EconomyYear, i.ArticleDate, Rules.EconomyStrain(i.StrainSignalsSupportedAtLeast, i.StrainSignalsMixedAtLeast));
    }
}

/// <summary>The scorecard's conclusion, computed from the assessments (never typed in).</summary>
/// <param name="Lines">The sentences, in order.</param>
public sealed record ScorecardSummary(IReadOnlyList<string> Lines)
{
    /// <summary>The summary as Markdown paragraphs.</summary>
    public string ToMarkdown() => string.Join("\n\n", Lines) + "\n";

    /// <summary>The summary as HTML paragraphs (escaped).</summary>
    public string ToHtml() => "<div class=\"scorecard-summary\">" + string.Concat(Lines.Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>")) + "</div>";

    /// <inheritdoc/>
    public override string ToString() => ToMarkdown();
}
