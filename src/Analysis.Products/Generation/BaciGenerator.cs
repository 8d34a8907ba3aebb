using System.Globalization;
using System.Text;
using Analysis.Products.Codes;

namespace Analysis.Products.Generation;

/// <summary>How missing quantities are written in a generated file.</summary>
public enum MissingQuantityStyle
{
    /// <summary><c>NA</c> (as in BACI's CSV files).</summary>
    NA,

    /// <summary>An empty field.</summary>
    Empty,

    /// <summary><c>NA</c> padded with spaces to a fixed width (as files exported with fixed-width numbers write it).</summary>
    PaddedNA,
}

/// <summary>What to generate.</summary>
/// <param name="Rows">Number of data rows (flows), ≥ 1.</param>
/// <param name="Year">The year t.</param>
/// <param name="Seed">Random seed: the same options give the same file, byte for byte.</param>
/// <param name="Countries">Number of countries, 2 … 200 (real numeric codes as BACI uses them, China 156 and Russia 643 always included).</param>
/// <param name="Products">Number of HS6 products, 96 … 9,600 (synthetic codes spread over the 96 chapters 01–97 without 77).</param>
/// <param name="MissingQuantityShare">Share of rows with no quantity, 0 … 1 (BACI: about 2 %).</param>
/// <param name="MissingQuantity">How a missing quantity is written.</param>
/// <param name="QuoteEveryNthRow">Quote the fields of every n-th row ("2022","156",…) to exercise quoted input; 0 = never.</param>
/// <param name="Revision">HS revision named in the file name.</param>
public sealed record BaciGeneratorOptions(
    long Rows,
    int Year = 2022,
    int Seed = 20231018,
    int Countries = 200,
    int Products = 5000,
    double MissingQuantityShare = 0.02,
    MissingQuantityStyle MissingQuantity = MissingQuantityStyle.NA,
    int QuoteEveryNthRow = 0,
    HsRevision Revision = HsRevision.HS22);

/// <summary>What was generated: the file and totals computed while writing (for cross-checks).</summary>
/// <param name="Path">The file written.</param>
/// <param name="Rows">Data rows.</param>
/// <param name="RowsWithoutQuantity">Rows written with a missing q.</param>
/// <param name="TotalValueUsdThousands">Sum of v over all rows, as written (3 decimals).</param>
public sealed record GeneratedBaciFile(string Path, long Rows, long RowsWithoutQuantity, decimal TotalValueUsdThousands);

/// <summary>
/// Writes synthetic files in CEPII BACI's layout for tests and benchmarks (no real BACI file can be downloaded
/// here). The content imitates BACI's shape, not its numbers: a header <c>t,i,j,k,v,q</c>; one row per exporter,
/// importer and HS6 product, sorted by exporter, importer and product as BACI's files are; about 200 countries with
/// heavy-tailed (Zipf) sizes; about 5,000 products; log-normal values in thousand USD with 3 decimals; quantities in
/// tonnes with 3 decimals, missing in about 2 % of rows. Nothing in it is a real trade figure.
/// </summary>
/// <remarks>
/// Assumptions about the real files, and where they come from: the columns and units (t year, i/j exporter and
/// importer numeric codes, k HS6 code, v thousand USD, q metric tonnes) and "q missing in about 2 % of entries"
/// are described in CEPII's BACI documentation and summarised in the ksreyes/baci repository (README.md); the row
/// order and 3-decimal values are as seen in that repository's notebook output (1-save-to-parquet.ipynb). Codes
/// are written with leading zeros (<c>010121</c>), as CEPII's product code tables write them; the reader accepts
/// them with or without. How BACI writes a missing q ("NA", empty or padded) is not documented where we could
/// read it, so the reader accepts all three and the generator can write each.
/// </remarks>
public static class BaciGenerator
{
    /// <summary>Numeric codes in the order of their (synthetic) size: the large traders first, China first.</summary>
    private static readonly int[] LargeTraders =
    [
        156, 842, 276, 392, 410, 251, 826, 699, 643, 528, 380, 124, 344, 702, 484, 56, 724, 36, 76, 757, 458, 764, 704, 360, 784, 682, 792, 616, 752, 490,
    ];

    /// <summary>Country codes as UN Comtrade and BACI use them (DrPrettyman/CountryData, column m49_comtrade; see Codes/README.md).</summary>
    private static readonly int[] OtherCodes =
    [
        4, 8, 10, 12, 16, 20, 24, 28, 31, 32, 40, 44, 48, 50, 51, 52, 60, 64, 68, 70, 72, 74, 84, 86, 90, 92, 96, 100, 104, 108, 112, 116, 120, 132, 136, 140, 144, 148, 152,
        162, 166, 170, 174, 175, 178, 180, 184, 188, 191, 192, 196, 203, 204, 208, 212, 214, 218, 222, 226, 231, 232, 233, 234, 238, 239, 242, 246, 248, 254, 258, 260, 262,
        266, 268, 270, 275, 288, 292, 296, 300, 304, 308, 312, 316, 320, 324, 328, 332, 334, 336, 340, 348, 352, 364, 368, 372, 376, 384, 388, 398, 400, 404, 408, 414,
        417, 418, 422, 426, 428, 430, 434, 438, 440, 442, 446, 450, 454, 462, 466, 470, 474, 478, 480, 492, 496, 498, 499, 500, 504, 508, 512, 516, 520, 524, 531, 533, 534,
        535, 540, 548, 554, 558, 562, 566, 570, 574, 579, 580, 581, 583, 584, 585, 586, 591, 598, 600, 604, 608, 612, 620, 624, 626, 630, 634, 638, 642, 646, 652, 654, 659,
        660, 662, 663, 666, 670, 674, 678, 686, 688, 690, 694, 703, 705, 706, 710, 716, 728, 729, 732, 740, 744, 748, 760, 762, 768, 772, 776, 780, 788, 795, 796, 798, 800,
        804, 807, 818, 831, 832, 833, 834, 850, 854, 858, 860, 862, 876, 882, 887, 894,
    ];

    private static readonly int[] Subheadings = [10, 20, 30, 40, 50, 60, 90, 11, 12, 19, 21, 29, 31, 39, 41, 49, 91, 99];

    /// <summary>The file name BACI would give the year: <c>BACI_HS22_Y2022_V{version}.csv</c>, with version <c>synthetic</c>.</summary>
    public static string FileName(BaciGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return FormattableString.Invariant($"BACI_{options.Revision}_Y{options.Year}_Vsynthetic-{options.Seed}-{options.Rows}.csv");
    }

    /// <summary>The numeric country codes the generator uses for <paramref name="count"/> countries, largest first.</summary>
    public static IReadOnlyList<int> CountryCodes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, LargeTraders.Length + OtherCodes.Length);
        return LargeTraders.Concat(OtherCodes).Take(count).ToArray();
    }

    /// <summary>The HS6 codes the generator uses for <paramref name="count"/> products, in ascending order.</summary>
    public static IReadOnlyList<int> ProductCodes(int count)
    {
        var chapters = Enumerable.Range(1, 97).Where(c => c != 77).ToArray();
        ArgumentOutOfRangeException.ThrowIfLessThan(count, chapters.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, chapters.Length * 100);
        var codes = new List<int>(count);
        for (var n = 0; codes.Count < count; n++)
        {
            foreach (var chapter in chapters)
            {
                if (codes.Count == count)
                {
                    break;
                }

                var heading = 1 + (n / Subheadings.Length);
                codes.Add((chapter * 10_000) + (heading * 100) + Subheadings[n % Subheadings.Length]);
            }
        }

        codes.Sort();
        return codes;
    }

    /// <summary>Writes a file into <paramref name="directory"/> (created if needed) and returns what was written.</summary>
    /// <param name="directory">Target folder (use <c>artifacts/</c>, never the repository's tracked folders).</param>
    /// <param name="options">What to generate.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range, or more rows are asked than countries × products allow.</exception>
    public static GeneratedBaciFile Write(string directory, BaciGeneratorOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Rows, 1);
        if (!(options.MissingQuantityShare is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MissingQuantityShare, "MissingQuantityShare must be in [0, 1].");
        }

        var countries = CountryCodes(options.Countries).ToArray();
        var products = ProductCodes(options.Products).ToArray();
        var counts = Allocate(options.Rows, countries.Length, products.Length);
        var random = new Random(options.Seed);
        var unitValueUsdPerTonne = products.Select(_ => Math.Exp(Math.Log(3000) + (1.5 * Normal(random)))).ToArray();

        Directory.CreateDirectory(directory);
        var path = Path.Combine(Path.GetFullPath(directory), FileName(options));
        var temporary = path + ".tmp";
        long written = 0, missing = 0;
        decimal total = 0;
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.NewLine = "\n";
            writer.WriteLine("t,i,j,k,v,q");
            var permutation = Enumerable.Range(0, products.Length).ToArray();
            var chosen = new List<int>();
            var line = new StringBuilder(64);
            var byCode = Enumerable.Range(0, countries.Length).OrderBy(c => countries[c]).ToArray();
            foreach (var a in byCode)
            {
                foreach (var b in byCode)
                {
                    var n = a == b ? 0 : counts[(a * countries.Length) + b];
                    if (n == 0)
                    {
                        continue;
                    }

                    // n distinct products: a partial Fisher–Yates shuffle, then in ascending code order as in BACI.
                    chosen.Clear();
                    for (var s = 0; s < n; s++)
                    {
                        var r = s + random.Next(products.Length - s);
                        (permutation[s], permutation[r]) = (permutation[r], permutation[s]);
                        chosen.Add(permutation[s]);
                    }

                    chosen.Sort();
                    var scale = 40.0 / Math.Pow((a + 1.0) * (b + 1.0), 0.55);
                    foreach (var p in chosen)
                    {
                        var value = Math.Max(0.001, Math.Round(scale * Math.Exp(2.0 * Normal(random)), 3));
                        var quantity = Math.Round(1000 * value / unitValueUsdPerTonne[p] * Math.Exp(0.3 * Normal(random)), 3);
                        var noQuantity = random.NextDouble() < options.MissingQuantityShare;
                        var quoted = options.QuoteEveryNthRow > 0 && (written + 1) % options.QuoteEveryNthRow == 0;
                        line.Clear();
                        Field(line, options.Year.ToString(CultureInfo.InvariantCulture), quoted).Append(',');
                        Field(line, countries[a].ToString(CultureInfo.InvariantCulture), quoted).Append(',');
                        Field(line, countries[b].ToString(CultureInfo.InvariantCulture), quoted).Append(',');
                        Field(line, products[p].ToString("000000", CultureInfo.InvariantCulture), quoted).Append(',');
                        Field(line, value.ToString("0.000", CultureInfo.InvariantCulture), quoted).Append(',');
                        if (noQuantity)
                        {
                            line.Append(options.MissingQuantity switch
                            {
                                MissingQuantityStyle.NA => "NA",
                                MissingQuantityStyle.PaddedNA => "            NA",
                                _ => "",
                            });
                            missing++;
                        }
                        else
                        {
                            Field(line, quantity.ToString("0.000", CultureInfo.InvariantCulture), quoted);
                        }

                        writer.WriteLine(line);
                        total += (decimal)value;
                        written++;
                    }
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
        return new GeneratedBaciFile(path, written, missing, total);
    }

    private static StringBuilder Field(StringBuilder line, string text, bool quoted) =>
        quoted ? line.Append('"').Append(text).Append('"') : line.Append(text);

    /// <summary>Rows per ordered pair (exporter a, importer b): proportional to a Zipf weight of both, capped at the number of products.</summary>
    private static int[] Allocate(long rows, int countries, int products)
    {
        var pairs = countries * countries;
        if (rows > (long)countries * (countries - 1) * products)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), rows, $"At most {(long)countries * (countries - 1) * products} rows fit {countries} countries and {products} products.");
        }

        var weight = new double[pairs];
        for (var a = 0; a < countries; a++)
        {
            for (var b = 0; b < countries; b++)
            {
                weight[(a * countries) + b] = a == b ? 0 : 1 / Math.Pow((a + 1.0) * (b + 1.0), 1.1);
            }
        }

        var share = new double[pairs];
        var capped = new bool[pairs];
        double remaining = rows;
        for (var round = 0; round < 50; round++)
        {
            var free = Enumerable.Range(0, pairs).Where(p => !capped[p]).Sum(p => weight[p]);
            var newlyCapped = false;
            for (var p = 0; p < pairs; p++)
            {
                if (!capped[p])
                {
                    share[p] = remaining * weight[p] / free;
                }
            }

            for (var p = 0; p < pairs; p++)
            {
                if (!capped[p] && share[p] > products)
                {
                    capped[p] = true;
                    share[p] = products;
                    remaining -= products;
                    newlyCapped = true;
                }
            }

            if (!newlyCapped)
            {
                break;
            }
        }

        var counts = share.Select(s => (int)Math.Floor(s)).ToArray();
        var left = rows - counts.Sum(c => (long)c);
        foreach (var p in Enumerable.Range(0, pairs).Where(p => weight[p] > 0 && counts[p] < products).OrderByDescending(p => share[p] - counts[p]).ThenBy(p => p))
        {
            if (left == 0)
            {
                break;
            }

            counts[p]++;
            left--;
        }

        return counts;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
