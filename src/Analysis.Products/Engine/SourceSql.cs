using Analysis.Products.Codes;

namespace Analysis.Products.Engine;

/// <summary>
/// The SQL relation that reads a product file as BACI's six columns <c>t, i, j, k, v, q</c> (year, exporter,
/// importer, HS6 product, value in thousand USD, quantity in tonnes), whatever the file's layout.
/// </summary>
internal static class SourceSql
{
    /// <summary>How the q column is read.</summary>
    internal enum QuantityMode
    {
        /// <summary>q typed as a number by the reader; "NA" and empty are missing.</summary>
        Typed,

        /// <summary>q read as text and converted after trimming: for files that pad "NA" with spaces.</summary>
        PaddedText,
    }

    private const string BaciColumns = "columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'INTEGER', 'v': 'DOUBLE', 'q': '%Q%'}";

    /// <summary>Appends <c>(SELECT t, i, j, k, v, q FROM …)</c> for <paramref name="file"/>.</summary>
    public static void Append(SqlCommand sql, ProductFile file, ReadOptions options, QuantityMode mode)
    {
        var paths = sql.ParamList(file.Paths);
        switch (file.Format)
        {
            case ProductFileFormat.Parquet:
                sql.Append($"(SELECT t, i, j, k, v, q FROM read_parquet({paths}))");
                break;
            case ProductFileFormat.BaciCsv when mode == QuantityMode.Typed:
                sql.Append($"(SELECT t, i, j, k, v, q FROM read_csv({paths}, header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false, {BaciColumns.Replace("%Q%", "DOUBLE", StringComparison.Ordinal)}, nullstr = ['NA', ''], store_rejects = true))");
                break;
            case ProductFileFormat.BaciCsv:
                // Quantities such as "          NA": trimmed, "NA"/"" are missing; a value that is neither a number nor
                // NA leaves the row out here and was reported with its line number by the typed pass (ProductTrade).
                sql.Append($"(SELECT t, i, j, k, v, CASE WHEN trim(q) IN ('NA', '') THEN NULL ELSE TRY_CAST(trim(q) AS DOUBLE) END AS q FROM read_csv({paths}, header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false, {BaciColumns.Replace("%Q%", "VARCHAR", StringComparison.Ordinal)}, nullstr = ['NA', ''], store_rejects = true) WHERE q IS NULL OR trim(q) IN ('NA', '') OR TRY_CAST(trim(q) AS DOUBLE) IS NOT NULL)");
                break;
            case ProductFileFormat.ComtradeCsv:
                AppendComtrade(sql, file, options, paths);
                break;
            default:
                throw new NotSupportedException(file.Format.ToString());
        }
    }

    private static void AppendComtrade(SqlCommand sql, ProductFile file, ReadOptions options, string paths)
    {
        var has = file.Columns.ToHashSet(StringComparer.Ordinal);
        var types = new List<string>
        {
            "'reporterCode': 'INTEGER'", "'partnerCode': 'INTEGER'", "'flowCode': 'VARCHAR'", "'cmdCode': 'VARCHAR'", "'primaryValue': 'DOUBLE'",
        };
        string year;
        if (has.Contains("refYear"))
        {
            types.Add("'refYear': 'INTEGER'");
            year = "refYear";
        }
        else
        {
            types.Add("'period': 'VARCHAR'");
            year = "CAST(left(period, 4) AS INTEGER)";
        }

        var quantity = "CAST(NULL AS DOUBLE)";
        if (has.Contains("netWgt"))
        {
            types.Add("'netWgt': 'DOUBLE'");
            quantity = "CASE WHEN isnan(netWgt) THEN NULL ELSE netWgt / 1000.0 END";
        }

        // Breakdowns of the Comtrade+ bulk files: keep the totals only (second partner World, all customs
        // procedures, all modes of transport and supply), as the BACI-like bilateral flow.
        var totals = new List<string>();
        foreach (var (column, type, total) in new[] { ("partner2Code", "INTEGER", "0"), ("customsCode", "VARCHAR", "'C00'"), ("motCode", "INTEGER", "0"), ("mosCode", "VARCHAR", "'0'") })
        {
            if (has.Contains(column))
            {
                types.Add($"'{column}': '{type}'");
                totals.Add($" AND {column} = {total}");
            }
        }

        var flow = sql.Param(options.ComtradeFlow == ComtradeFlow.Exports ? "X" : "M");
        var delimiter = sql.Param(file.Delimiter.ToString());
        var exporter = options.ComtradeFlow == ComtradeFlow.Exports ? "reporterCode" : "partnerCode";
        var importer = options.ComtradeFlow == ComtradeFlow.Exports ? "partnerCode" : "reporterCode";
        sql.Append($"(SELECT {year} AS t, {exporter} AS i, {importer} AS j, TRY_CAST(cmdCode AS INTEGER) AS k, primaryValue / 1000.0 AS v, {quantity} AS q ")
            .Append($"FROM read_csv({paths}, header = true, delim = {delimiter}, quote = '\"', auto_detect = true, sample_size = 20480, types = {{{string.Join(", ", types)}}}, nullstr = ['NA', '', 'NaN'], store_rejects = true) ")
            .Append($"WHERE flowCode = {flow} AND length(cmdCode) = 6 AND regexp_full_match(cmdCode, '[0-9]{{6}}') AND partnerCode <> 0{string.Concat(totals)})");
    }

    /// <summary>The SQL expression for the aggregation code of <paramref name="level"/> (sections are rolled up from chapters in C#).</summary>
    public static string GroupExpression(HsLevel level) => level switch
    {
        HsLevel.Section or HsLevel.Chapter => "k // 10000",
        HsLevel.Heading => "k // 100",
        _ => "k",
    };
}
