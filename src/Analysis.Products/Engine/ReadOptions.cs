namespace Analysis.Products.Engine;

/// <summary>Which flow of a UN Comtrade bulk file stands for the trade from exporter i to importer j.</summary>
public enum ComtradeFlow
{
    /// <summary>Imports as reported by the importer (flowCode M): the partner is the exporter. BACI also starts from importers' reports.</summary>
    Imports,

    /// <summary>Exports as reported by the exporter (flowCode X): the reporter is the exporter.</summary>
    Exports,
}

/// <summary>How product files are read.</summary>
/// <param name="SkipMalformedLines">
/// False (the default): a malformed line (wrong number of fields, a non-numeric value) fails the query with a
/// <see cref="ProductDataException"/> that lists the first 20 with their line numbers. True: such lines are
/// left out and reported in <see cref="ProductTrade.LastMalformedLines"/>.
/// </param>
/// <param name="ComtradeFlow">For UN Comtrade files, which reported flow is read (default: imports).</param>
public sealed record ReadOptions(bool SkipMalformedLines = false, ComtradeFlow ComtradeFlow = ComtradeFlow.Imports)
{
    /// <summary>The defaults: fail on malformed lines; Comtrade imports.</summary>
    public static ReadOptions Default { get; } = new();
}
