namespace Analysis.Products.Engine;

/// <summary>The layouts of product-level trade files that the engine reads.</summary>
public enum ProductFileFormat
{
    /// <summary>CEPII BACI: CSV with header <c>t,i,j,k,v,q</c> (year, exporter, importer, HS6 product, value in thousand USD, quantity in tonnes), plain or gzip.</summary>
    BaciCsv,

    /// <summary>UN Comtrade bulk file (comma- or tab-separated, plain or gzip) with columns such as <c>period</c>/<c>refYear</c>, <c>reporterCode</c>, <c>flowCode</c>, <c>partnerCode</c>, <c>cmdCode</c>, <c>primaryValue</c>, <c>netWgt</c>.</summary>
    ComtradeCsv,

    /// <summary>Parquet with the BACI columns <c>t,i,j,k,v,q</c>, as written by <see cref="ProductTrade.ConvertToParquet"/>.</summary>
    Parquet,
}
