using System.Globalization;
using Analysis.Charts;
using Analysis.Data;
using Analysis.Products.Codes;
using Analysis.Products.Engine;
using Deedle;
using Plotly.NET;

namespace Analysis.Products;

/// <summary>
/// The composition of China-Russia trade, what each side sells the other: the share of mineral fuels (HS 27) in
/// Russia's exports to China, and of machinery and electrical equipment (HS 84-85) and transport equipment
/// (HS 86-89) in China's exports to Russia. From the published figures (<see cref="Published"/>) or computed from
/// a product-level file (<see cref="FromProducts"/>); both give frames of the same shape, which
/// <see cref="Chart"/> draws.
/// </summary>
public static class TradeComposition
{
    /// <summary>Name of the bundled dataset of published figures.</summary>
    public const string Dataset = ChinaRussiaTradeComposition.Dataset;

    /// <summary>The product groups, with their HS chapters, direction and label, in chart order.</summary>
    public static IReadOnlyList<ProductGroup> Groups { get; } =
    [
        new("mineral_fuels", "RUS", "CHN", [27], "Russia → China: mineral fuels (HS 27)"),
        new("machinery_equipment_vehicles", "CHN", "RUS", [84, 85, 86, 87, 88, 89], "China → Russia: machinery, equipment and vehicles (HS 84-89)"),
        new("machinery_electrical", "CHN", "RUS", [84, 85], "China → Russia: machinery and electrical equipment (HS 84-85)"),
        new("transport_equipment", "CHN", "RUS", [86, 87, 88, 89], "China → Russia: vehicles and transport equipment (HS 86-89)"),
    ];

    /// <summary>
    /// The published figures: one row per period and group with the share of the exporter's exports, in % —
    /// as published where the source gives a share; otherwise computed here from the published value and total
    /// of the same period; and the HS 84-89 group computed as the sum of HS 84-85 and HS 86-89 where a source
    /// gives only those two.
    /// </summary>
    /// <param name="catalog">The data (e.g. <c>DataCatalog.Open(dataDirectory)</c>).</param>
    /// <returns>Rows 0, 1, … by period and group; columns period, period_start, period_end, exporter, importer,
    /// product_group, label, share_of_exports_percent, basis ("published", or how it was computed), source.</returns>
    public static Frame<int, string> Published(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var frame = ChinaRussiaTradeComposition.Frame(catalog);
        var records = Records(frame);
        var rows = new List<CompositionRow>();
        foreach (var period in records.GroupBy(r => (r.Start, r.End, r.Exporter, r.Importer)))
        {
            var total = period.FirstOrDefault(r => r.Group == "total")?.ValueUsdBn;
            foreach (var r in period.Where(r => r.Group != "total"))
            {
                if (r.SharePercent is { } share)
                {
                    rows.Add(new CompositionRow(r.Start, r.End, r.Exporter, r.Importer, r.Group, share, "published", r.SourceId));
                }
                else if (r.ValueUsdBn is { } value && total is > 0)
                {
                    rows.Add(new CompositionRow(r.Start, r.End, r.Exporter, r.Importer, r.Group, 100 * value / total.Value, "computed: published value / published total", r.SourceId));
                }
            }

            var machinery = rows.FirstOrDefault(r => r.Matches(period.Key) && r.Group == "machinery_electrical");
            var transport = rows.FirstOrDefault(r => r.Matches(period.Key) && r.Group == "transport_equipment");
            if (machinery is not null && transport is not null && !rows.Any(r => r.Matches(period.Key) && r.Group == "machinery_equipment_vehicles"))
            {
                rows.Add(new CompositionRow(period.Key.Start, period.Key.End, period.Key.Exporter, period.Key.Importer, "machinery_equipment_vehicles",
                    machinery.SharePercent + transport.SharePercent, "computed: HS 84-85 share + HS 86-89 share", machinery.Source));
            }
        }

        return ToFrame(rows);
    }

    /// <summary>
    /// Where a source publishes both a group's share and its value and the total: the published share beside the
    /// share computed from the values (100 · value / total), and their difference in percentage points.
    /// </summary>
    /// <param name="catalog">The data.</param>
    /// <returns>Rows 0, 1, …; columns period, product_group, published_percent, computed_percent, difference_points.</returns>
    public static Frame<int, string> CrossCheck(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var records = Records(ChinaRussiaTradeComposition.Frame(catalog));
        var checks = records
            .Where(r => r.Group != "total" && r.SharePercent.HasValue && r.ValueUsdBn.HasValue)
            .Select(r => (Row: r, Total: records.FirstOrDefault(t => t.Group == "total" && t.Start == r.Start && t.End == r.End && t.Exporter == r.Exporter && t.Importer == r.Importer)?.ValueUsdBn))
            .Where(x => x.Total is > 0)
            .Select(x => (x.Row, Computed: 100 * x.Row.ValueUsdBn!.Value / x.Total!.Value))
            .ToList();
        var keys = Enumerable.Range(0, checks.Count).ToArray();
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("period", new Series<int, string>(keys, checks.Select(c => PeriodLabel(c.Row.Start, c.Row.End))));
        b.Add("product_group", new Series<int, string>(keys, checks.Select(c => c.Row.Group)));
        b.Add("published_percent", new Series<int, double>(keys, checks.Select(c => c.Row.SharePercent!.Value)));
        b.Add("computed_percent", new Series<int, double>(keys, checks.Select(c => c.Computed)));
        b.Add("difference_points", new Series<int, double>(keys, checks.Select(c => c.Computed - c.Row.SharePercent!.Value)));
        return b.Frame;
    }

    /// <summary>
    /// The same shares computed from a product-level file (BACI or Comtrade): for each year, 100 · (the group's
    /// value) / (all goods) in the direction of <see cref="Groups"/>, with values summed over HS chapters.
    /// </summary>
    /// <param name="trade">The opened file (<see cref="ProductTrade.Open"/>).</param>
    /// <param name="years">Years to compute; null = every year in the file.</param>
    /// <returns>The frame shape of <see cref="Published"/>; basis "computed from" the file, its HS revision stated.</returns>
    public static Frame<int, string> FromProducts(ProductTrade trade, IReadOnlyList<int>? years = null)
    {
        ArgumentNullException.ThrowIfNull(trade);
        var byChapter = trade.Aggregate(new ProductQuery(["CHN", "RUS"], ["CHN", "RUS"], years, Level: HsLevel.Chapter));
        var year = byChapter.GetColumn<int>(ProductColumns.Year);
        var exporter = byChapter.GetColumn<string>(ProductColumns.Exporter);
        var importer = byChapter.GetColumn<string>(ProductColumns.Importer);
        var chapter = byChapter.GetColumn<string>(ProductColumns.HsCode);
        var value = byChapter.GetColumn<double>(ProductColumns.ValueUsdThousands);
        var flows = byChapter.RowKeys.Select(k => (Year: year.Get(k), Exporter: exporter.Get(k), Importer: importer.Get(k), Chapter: int.Parse(chapter.Get(k), CultureInfo.InvariantCulture), Value: value.Get(k))).ToList();
        var basis = $"computed from {trade.File.Description}";
        var rows = new List<CompositionRow>();
        foreach (var y in flows.Select(f => f.Year).Distinct().Order())
        {
            foreach (var group in Groups)
            {
                var direction = flows.Where(f => f.Year == y && f.Exporter == group.Exporter && f.Importer == group.Importer).ToList();
                var total = direction.Sum(f => f.Value);
                if (total > 0)
                {
                    var share = 100 * direction.Where(f => group.Chapters.Contains(f.Chapter)).Sum(f => f.Value) / total;
                    rows.Add(new CompositionRow(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), group.Exporter, group.Importer, group.Name, share, basis, trade.HsRevision.ToString()));
                }
            }
        }

        return ToFrame(rows);
    }

    /// <summary>
    /// <see cref="FromProducts"/> on the product file at <paramref name="path"/>, its country codes mapped through the
    /// countries list of <paramref name="catalog"/>.
    /// </summary>
    /// <param name="path">A BACI or Comtrade file, a Parquet conversion, or a folder of them.</param>
    /// <param name="catalog">The data whose countries list (with its <c>iso_numeric</c> column) maps the codes.</param>
    /// <param name="years">Years to compute; null = every year in the file.</param>
    /// <exception cref="ProductDataException">The file is missing, of another format, truncated or malformed.</exception>
    public static Frame<int, string> FromProductFile(string path, DataCatalog catalog, IReadOnlyList<int>? years = null) =>
        FromProducts(ProductTrade.Open(path, CountryCodes.FromCatalog(catalog)), years);

    /// <summary>The source note for the published figures: the publishers of the dataset's sources.</summary>
    /// <param name="catalog">The data.</param>
    public static string SourceNote(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return $"{Dataset} (data/{Dataset}): " + string.Join("; ", catalog.Package.Resource(Dataset).Sources.Select(s => s.Publisher).Distinct());
    }

    /// <summary>The source note for shares computed from a product file: the file, its format and HS revision.</summary>
    /// <param name="path">The product file or folder.</param>
    public static string SourceNote(string path) =>
        $"shares computed by the library from {Path.GetFileName(Path.TrimEndingDirectorySeparator(path))} (HS6 flows; CEPII BACI layout unless it is a UN Comtrade file)";

    /// <summary>
    /// Grouped horizontal bars: for each period, the share of each group in the exporter's exports (%), so a reader
    /// sees fuels one way and machines and vehicles the other.
    /// </summary>
    /// <param name="composition">A frame from <see cref="Published"/> or <see cref="FromProducts"/>.</param>
    /// <param name="context">Where the figures come from (<see cref="Context(DataCatalog)"/> or <see cref="Context(string)"/>).</param>
    public static GenericChart Chart(Frame<int, string> composition, ChartContext context)
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(context);
        var period = composition.GetColumn<string>("period");
        var start = composition.GetColumn<DateOnly>("period_start");
        var group = composition.GetColumn<string>("product_group");
        var share = composition.GetColumn<double>("share_of_exports_percent");
        var keys = composition.RowKeys.ToList();
        var categories = keys.OrderBy(k => start.Get(k)).Select(k => period.Get(k)).Distinct().ToList();
        var series = Groups
            .Where(g => keys.Any(k => group.Get(k) == g.Name))
            .Select(g => (Key: g.Exporter == "RUS" ? "RUS" : "CHN-" + g.Name, g.Label, Values: (IReadOnlyList<double>)categories
                .Select(c => keys.Where(k => period.Get(k) == c && group.Get(k) == g.Name).Select(k => share.Get(k)).DefaultIfEmpty(double.NaN).First())
                .ToList()))
            .ToList();
        var fuels = keys.Where(k => group.Get(k) == "mineral_fuels").Select(k => share.Get(k)).DefaultIfEmpty(double.NaN).Max();
        var title = double.IsFinite(fuels)
            ? $"Russia sells China fuel ({fuels.ToString("0", CultureInfo.InvariantCulture)}% of its exports); China sells Russia machines and vehicles"
            : "What each side sells the other";
        var text = new ChartText(title, "Product groups' share of one side's exports to the other, %, by period (HS chapters)",
            "Share of the exporter's exports to the other (%)", "%", "Grouped bars per period: mineral fuels dominate Russia's exports to China; machinery and vehicles dominate China's exports to Russia.");
        return HouseCharts.CategoryBars(text, context, categories, series);
    }

    /// <summary>The chart context of the published figures: notebook 01, source line from the manifest.</summary>
    public static ChartContext Context(DataCatalog catalog) => ChartContext.For(catalog, "01-rhetoric-vs-trade", Dataset);

    /// <summary>The chart context of shares computed from a product file: its name, format and HS revision as the source line.</summary>
    /// <param name="path">The product file or folder.</param>
    public static ChartContext Context(string path) => ChartContext.SourceOnly(SourceNote(path)) with { Notebook = "01-rhetoric-vs-trade", Datasets = [Path.GetFileName(Path.TrimEndingDirectorySeparator(path))] };

    /// <summary>A period as a label: "2019" for a calendar year, otherwise "Jan–Apr 2023".</summary>
    public static string PeriodLabel(DateOnly start, DateOnly end) =>
        start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31 && start.Year == end.Year
            ? start.Year.ToString(CultureInfo.InvariantCulture)
            : start.Year == end.Year
                ? $"{start.ToString("MMM", CultureInfo.InvariantCulture)}–{end.ToString("MMM yyyy", CultureInfo.InvariantCulture)}"
                : $"{start.ToString("MMM yyyy", CultureInfo.InvariantCulture)}–{end.ToString("MMM yyyy", CultureInfo.InvariantCulture)}";

    private sealed record Record(DateOnly Start, DateOnly End, string Exporter, string Importer, string Group, double? SharePercent, double? ValueUsdBn, string SourceId);

    private sealed record CompositionRow(DateOnly Start, DateOnly End, string Exporter, string Importer, string Group, double SharePercent, string Basis, string Source)
    {
        public bool Matches((DateOnly Start, DateOnly End, string Exporter, string Importer) key) =>
            Start == key.Start && End == key.End && Exporter == key.Exporter && Importer == key.Importer;
    }

    private static List<Record> Records(Frame<int, string> frame)
    {
        var start = frame.GetColumn<DateOnly>("period_start");
        var end = frame.GetColumn<DateOnly>("period_end");
        var exporter = frame.GetColumn<string>("exporter");
        var importer = frame.GetColumn<string>("importer");
        var group = frame.GetColumn<string>("product_group");
        var share = frame.GetColumn<double>("share_of_exports_percent");
        var value = frame.GetColumn<double>("value_usd_bn");
        var source = frame.GetColumn<string>("source_id");
        double? Optional(Series<int, double> s, int k) => s.TryGet(k).HasValue ? s.Get(k) : null;
        return frame.RowKeys.Select(k => new Record(start.Get(k), end.Get(k), exporter.Get(k), importer.Get(k), group.Get(k), Optional(share, k), Optional(value, k), source.Get(k))).ToList();
    }

    private static Frame<int, string> ToFrame(List<CompositionRow> rows)
    {
        var order = Groups.Select(g => g.Name).ToList();
        rows = rows.OrderBy(r => r.Start).ThenBy(r => r.End).ThenBy(r => order.IndexOf(r.Group)).ToList();
        var keys = Enumerable.Range(0, rows.Count).ToArray();
        var b = new FrameBuilder.Columns<int, string>();
        b.Add("period", new Series<int, string>(keys, rows.Select(r => PeriodLabel(r.Start, r.End))));
        b.Add("period_start", new Series<int, DateOnly>(keys, rows.Select(r => r.Start)));
        b.Add("period_end", new Series<int, DateOnly>(keys, rows.Select(r => r.End)));
        b.Add("exporter", new Series<int, string>(keys, rows.Select(r => r.Exporter)));
        b.Add("importer", new Series<int, string>(keys, rows.Select(r => r.Importer)));
        b.Add("product_group", new Series<int, string>(keys, rows.Select(r => r.Group)));
        b.Add("label", new Series<int, string>(keys, rows.Select(r => Groups.First(g => g.Name == r.Group).Label)));
        b.Add("share_of_exports_percent", new Series<int, double>(keys, rows.Select(r => r.SharePercent)));
        b.Add("basis", new Series<int, string>(keys, rows.Select(r => r.Basis)));
        b.Add("source", new Series<int, string>(keys, rows.Select(r => r.Source)));
        return b.Frame;
    }
}

/// <summary>A product group of the composition: its dataset name, direction, HS chapters and chart label.</summary>
/// <param name="Name">Name as in the dataset's <c>product_group</c> column.</param>
/// <param name="Exporter">Exporter (ISO3).</param>
/// <param name="Importer">Importer (ISO3).</param>
/// <param name="Chapters">HS chapters in the group.</param>
/// <param name="Label">Legend label.</param>
public sealed record ProductGroup(string Name, string Exporter, string Importer, IReadOnlyList<int> Chapters, string Label);
