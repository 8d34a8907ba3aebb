using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Analysis.Products.Codes;

namespace Analysis.Products.Engine;

/// <summary>
/// One product-level trade source: a file, or a folder of files of one format and one HS revision (e.g. the
/// BACI years of one edition), checked on opening.
/// </summary>
/// <param name="Paths">Full paths of the files, in name order.</param>
/// <param name="Format">Their layout.</param>
/// <param name="HsRevision">The HS revision of their product codes.</param>
/// <param name="Delimiter">Field delimiter of CSV files (',' for BACI; ',' or tab for Comtrade).</param>
/// <param name="Columns">The header's column names (CSV files; empty for Parquet).</param>
public sealed record ProductFile(IReadOnlyList<string> Paths, ProductFileFormat Format, HsRevision HsRevision, char Delimiter, IReadOnlyList<string> Columns)
{
    /// <summary>The BACI columns, in order.</summary>
    public static readonly IReadOnlyList<string> BaciColumns = ["t", "i", "j", "k", "v", "q"];

    /// <summary>Columns a UN Comtrade bulk file must have (plus <c>period</c> or <c>refYear</c>).</summary>
    public static readonly IReadOnlyList<string> ComtradeRequiredColumns = ["reporterCode", "flowCode", "partnerCode", "cmdCode", "primaryValue"];

    private const string Expected =
        "expected a BACI CSV with the header line 't,i,j,k,v,q' (plain or .gz), a UN Comtrade bulk file with the columns period or refYear, reporterCode, flowCode, partnerCode, cmdCode, primaryValue (and netWgt), or a Parquet file written by ProductTrade.ConvertToParquet";

    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), bool> VerifiedGzip = new();

    /// <summary>Whether any file is gzip-compressed (and so is checked for truncation).</summary>
    public bool HasGzip => Paths.Any(IsGzipName);

    /// <summary>A readable description: file name(s), format, revision.</summary>
    public string Description => $"{(Paths.Count == 1 ? Path.GetFileName(Paths[0]) : $"{Paths.Count} files in {Path.GetDirectoryName(Paths[0])}")} ({Format}, {HsRevision})";

    /// <summary>
    /// Opens <paramref name="path"/>: a BACI CSV (plain or gzip), a UN Comtrade bulk CSV, a Parquet file, or a folder
    /// holding files of one of these formats (country and product code tables such as <c>country_codes_V202401.csv</c>
    /// are ignored). The format is read from the file's first bytes and header, never assumed from its name.
    /// </summary>
    /// <param name="path">File or folder.</param>
    /// <param name="hsRevision">The HS revision; when null it is read from the file name (<c>BACI_HS22_…</c>).</param>
    /// <exception cref="ProductDataException">The path does not exist, is of another format, the folder holds no such files or mixes formats, or the HS revision cannot be told.</exception>
    public static ProductFile Open(string path, HsRevision? hsRevision = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        string[] files;
        if (Directory.Exists(full))
        {
            files = Directory.GetFiles(full)
                .Where(f => IsDataName(System.IO.Path.GetFileName(f)))
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (files.Length == 0)
            {
                throw new ProductDataException($"Folder '{full}' holds no product file: expected BACI_*.csv, *.csv.gz, *.txt, *.txt.gz or *.parquet files.");
            }
        }
        else if (File.Exists(full))
        {
            files = [full];
        }
        else
        {
            throw new ProductDataException($"Product file '{full}' does not exist; {Expected}.");
        }

        var probes = files.Select(Probe).ToList();
        var first = probes[0];
        // Every file is read with the first file's format, delimiter and columns, so all must share them.
        var other = probes.FirstOrDefault(p => p.Format != first.Format || p.Delimiter != first.Delimiter || !p.Columns.SequenceEqual(first.Columns));
        if (other is not null)
        {
            var how = other.Format != first.Format ? ""
                : other.Delimiter != first.Delimiter ? $" with {DelimiterName(other.Delimiter)} instead of {DelimiterName(first.Delimiter)} between fields"
                : " with other columns";
            throw new ProductDataException($"Folder '{full}' mixes layouts: '{System.IO.Path.GetFileName(first.Path)}' is {first.Format}, '{System.IO.Path.GetFileName(other.Path)}' is {other.Format}{how}; put the files of one edition and one format in a folder.");
        }

        var revision = hsRevision ?? RevisionOf(files, full);
        return new ProductFile(files, first.Format, revision, first.Delimiter, first.Columns);
    }

    /// <summary>
    /// Checks that every gzip file is complete: decompresses it and compares the length with the size stored in
    /// its trailer (ISIZE, RFC 1952). DuckDB and .NET both return the part before the break of a truncated gzip
    /// file without an error, so this check is what turns a truncated file into an error. Results are cached per
    /// file (path, length, time written).
    /// </summary>
    /// <exception cref="ProductDataException">A file is truncated or corrupt.</exception>
    public void VerifyCompressedFiles()
    {
        foreach (var path in Paths.Where(IsGzipName))
        {
            var info = new FileInfo(path);
            var key = (path, info.Length, info.LastWriteTimeUtc);
            if (!VerifiedGzip.ContainsKey(key))
            {
                VerifyGzip(path);
                VerifiedGzip[key] = true;
            }
        }
    }

    internal static bool IsGzipName(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    private static void VerifyGzip(string path)
    {
        uint declared;
        using (var raw = File.OpenRead(path))
        {
            if (raw.Length < 18)
            {
                throw new ProductDataException($"Gzip file '{path}' is truncated: {raw.Length} bytes is shorter than a gzip header and trailer.");
            }

            raw.Seek(-4, SeekOrigin.End);
            Span<byte> trailer = stackalloc byte[4];
            raw.ReadExactly(trailer);
            declared = BitConverter.ToUInt32(trailer);
        }

        long length = 0;
        try
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            var buffer = new byte[1 << 20];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                length += read;
            }
        }
        catch (InvalidDataException e)
        {
            throw new ProductDataException($"Gzip file '{path}' is corrupt: {e.Message}", e);
        }

        if (unchecked((uint)length) != declared)
        {
            throw new ProductDataException(
                $"Gzip file '{path}' is truncated or damaged: it decompresses to {length} bytes but its trailer declares {declared} (mod 2^32). " +
                "No result is returned from a partial file; download or copy it again. (A file made of several concatenated gzip members also fails this check: recompress it as one.)");
        }
    }

    private static bool IsDataName(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("country_codes", StringComparison.Ordinal) || lower.StartsWith("product_codes", StringComparison.Ordinal) || lower.StartsWith('.'))
        {
            return false;
        }

        return lower.EndsWith(".csv", StringComparison.Ordinal) || lower.EndsWith(".csv.gz", StringComparison.Ordinal)
            || lower.EndsWith(".txt", StringComparison.Ordinal) || lower.EndsWith(".txt.gz", StringComparison.Ordinal)
            || lower.EndsWith(".parquet", StringComparison.Ordinal);
    }

    private static HsRevision RevisionOf(string[] files, string shown)
    {
        var revisions = files.Select(HsRevisions.FromFileName).Distinct().ToList();
        if (revisions.Count == 1 && revisions[0] is { } revision)
        {
            return revision;
        }

        throw new ProductDataException(revisions.Count > 1
            ? $"The files in '{shown}' name different HS revisions ({string.Join(", ", revisions.Select(r => r?.ToString() ?? "none"))}); a product code means one thing only within one revision: open one edition at a time."
            : $"Cannot tell the HS revision from the name of '{shown}' (BACI names its files BACI_HS22_Y2022_V202401b.csv); pass it, e.g. hsRevision: HsRevision.HS22.");
    }

    private static string DelimiterName(char delimiter) => delimiter == '\t' ? "tabs" : "commas";

    private sealed record ProbeResult(string Path, ProductFileFormat Format, char Delimiter, IReadOnlyList<string> Columns);

    private static ProbeResult Probe(string path)
    {
        var head = new byte[4];
        int n;
        using (var stream = File.OpenRead(path))
        {
            n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        }

        if (n == 0)
        {
            throw new ProductDataException($"Product file '{path}' is empty; {Expected}.");
        }

        if (n == 4 && head is [(byte)'P', (byte)'A', (byte)'R', (byte)'1'])
        {
            return new ProbeResult(path, ProductFileFormat.Parquet, ',', []);
        }

        if (n >= 2 && head[0] == 'P' && head[1] == 'K')
        {
            throw new ProductDataException($"'{path}' is a zip archive; BACI ships each edition as a zip: extract the BACI_HS.._Y...._V.....csv files and open one of them or their folder.");
        }

        var gzip = n >= 2 && head[0] == 0x1F && head[1] == 0x8B;
        if (gzip != IsGzipName(path))
        {
            throw new ProductDataException(gzip
                ? $"'{path}' is gzip-compressed but its name does not end in .gz; rename it (the engine picks decompression from the name)."
                : $"'{path}' ends in .gz but is not gzip-compressed; {Expected}.");
        }

        var line = FirstLine(path, gzip);
        if (line.Contains('\0', StringComparison.Ordinal))
        {
            throw new ProductDataException($"'{path}' is a binary file, not CSV text; {Expected}.");
        }

        var delimiter = line.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
        var columns = line.TrimStart('\uFEFF').Split(delimiter).Select(c => c.Trim().Trim('"').Trim()).ToList();
        if (columns.SequenceEqual(BaciColumns, StringComparer.Ordinal))
        {
            return new ProbeResult(path, ProductFileFormat.BaciCsv, ',', columns);
        }

        if (ComtradeRequiredColumns.All(columns.Contains) && (columns.Contains("period") || columns.Contains("refYear")))
        {
            return new ProbeResult(path, ProductFileFormat.ComtradeCsv, delimiter, columns);
        }

        var shown = line.Length > 120 ? line[..120] + "…" : line;
        throw new ProductDataException($"'{path}' is not a file the engine reads: {Expected}; its first line is \"{shown}\".");
    }

    private static string FirstLine(string path, bool gzip)
    {
        try
        {
            using var file = File.OpenRead(path);
            using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
            // Decoded as UTF-8 only, as DuckDB reads it: a UTF-16 file then shows its zero bytes and is refused here,
            // instead of being taken for CSV and failing on every line of the first query.
            using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
            var buffer = new char[4096];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            var text = new string(buffer, 0, read);
            var end = text.IndexOfAny(['\r', '\n']);
            return end >= 0 ? text[..end] : text;
        }
        catch (InvalidDataException e)
        {
            throw new ProductDataException($"Gzip file '{path}' is corrupt: {e.Message}", e);
        }
    }
}
