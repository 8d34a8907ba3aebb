namespace Analysis.Products.Engine;

/// <summary>Column names of the frames the engine returns. Units are in the names.</summary>
public static class ProductColumns
{
    /// <summary>Year (int).</summary>
    public const string Year = "year";

    /// <summary>Exporter: ISO3 code, <c>#N</c> for an unmapped numeric code, or <c>ALL</c> when exporters were added together.</summary>
    public const string Exporter = "exporter";

    /// <summary>Exporter's name.</summary>
    public const string ExporterName = "exporter_name";

    /// <summary>Exporter's numeric code in the file (0 when exporters were added together).</summary>
    public const string ExporterCode = "exporter_code";

    /// <summary>Importer: ISO3 code, <c>#N</c>, or <c>ALL</c>.</summary>
    public const string Importer = "importer";

    /// <summary>Importer's name.</summary>
    public const string ImporterName = "importer_name";

    /// <summary>Importer's numeric code in the file (0 when importers were added together).</summary>
    public const string ImporterCode = "importer_code";

    /// <summary>Aggregation level: section, chapter, heading or product.</summary>
    public const string HsLevel = "hs_level";

    /// <summary>The HS code at that level: a section numeral (<c>V</c>), or 2, 4 or 6 digits.</summary>
    public const string HsCode = "hs_code";

    /// <summary>Title of the section or chapter (empty for headings and products, whose titles are not bundled).</summary>
    public const string HsTitle = "hs_title";

    /// <summary>The HS revision of the file (HS92 … HS22).</summary>
    public const string HsRevision = "hs_revision";

    /// <summary>Trade value, thousand US dollars (BACI's unit).</summary>
    public const string ValueUsdThousands = "value_usd_thousands";

    /// <summary>Quantity, metric tonnes, over the flows that have one (missing when none has).</summary>
    public const string QuantityTonnes = "quantity_tonnes";

    /// <summary>Number of flows (file rows) added together.</summary>
    public const string Flows = "flows";

    /// <summary>Number of those flows without a quantity.</summary>
    public const string FlowsWithoutQuantity = "flows_without_quantity";

    /// <summary>HS6 product code (6 digits) in the line-level frames.</summary>
    public const string Hs6 = "hs6";

    /// <summary>HS chapter (2 digits) of a line.</summary>
    public const string HsChapter = "hs_chapter";

    /// <summary>Imports of the importer from the supplier, thousand US dollars.</summary>
    public const string ImportsFromSupplierUsdThousands = "imports_from_supplier_usd_thousands";

    /// <summary>Quantity imported from the supplier, tonnes (missing when a supplier flow has none).</summary>
    public const string QuantityFromSupplierTonnes = "quantity_from_supplier_tonnes";

    /// <summary>Imports of the importer from all other exporters, thousand US dollars.</summary>
    public const string ImportsFromOthersUsdThousands = "imports_from_others_usd_thousands";
}
