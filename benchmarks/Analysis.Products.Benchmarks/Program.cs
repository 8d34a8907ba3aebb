// One variant of the product benchmark per process (see scripts/benchmark-products.sh and BENCHMARKS.md):
// the work is "China <-> Russia by HS chapter for one year, into a Deedle frame".
//   generate DIR ROWS          write a synthetic BACI file (seeded) and print its path
//   convert FILE DIR           convert a BACI CSV to Parquet (this project's path) and print the Parquet path
//   ours FILE                  this project's path: ProductTrade.Aggregate (CSV or Parquet)
//   raw FILE                   the same query as hand-written DuckDB SQL, read into a Deedle frame
//   deedle FILE                naive Deedle: Frame.ReadCsv of the whole file, then filter and group
//   (ours|raw) FILE warm       the same, timing a second query in the same process
// Prints one line: variant,seconds,result_rows,value_usd_thousands (the query time, measured inside the process).
// scripts/benchmark-products.sh runs every variant and writes the table; BENCHMARKS.md holds the results.
using System.Diagnostics;
using System.Globalization;
using Analysis.Products.Codes;
using Analysis.Products.Engine;
using Analysis.Products.Generation;
using Deedle;
using DuckDB.NET.Data;

const int Year = 2022;
int[] pair = [156, 643];

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: benchmark-products generate DIR ROWS | convert FILE DIR | ours FILE | raw FILE | deedle FILE");
    return 1;
}

switch (args[0])
{
    case "generate":
        var generated = BaciGenerator.Write(args[1], new BaciGeneratorOptions(long.Parse(args[2], CultureInfo.InvariantCulture), Year));
        Console.WriteLine(generated.Path);
        return 0;
    case "convert":
        var watch = Stopwatch.StartNew();
        var parquet = ProductTrade.ConvertToParquet(args[1], args[2]);
        Console.Error.WriteLine(FormattableString.Invariant($"convert,{watch.Elapsed.TotalSeconds:F3}"));
        Console.WriteLine(parquet[0]);
        return 0;
}

var file = args[1];

// Set-up outside the timed query, as the raw variant has its codes written into its SQL: the countries list.
var countryList = CountryCodes.FromFrame(Frame.FromRecords(new[]
{
    new { code = "CHN", name = "China", iso_numeric = "156" },
    new { code = "RUS", name = "Russia", iso_numeric = "643" },
}));
Func<string, Frame<int, string>> query = args[0] switch
{
    "ours" => Ours,
    "raw" => Raw,
    "deedle" => NaiveDeedle,
    _ => throw new ArgumentException("unknown variant " + args[0]),
};

// "warm": run the query once untimed first, as the second query of a notebook session (engine loaded, code compiled).
if (args.Length > 2 && args[2] == "warm")
{
    query(file);
}

var timer = Stopwatch.StartNew();
var frame = query(file);
var seconds = timer.Elapsed.TotalSeconds;
var value = frame.GetColumn<double>("value_usd_thousands").Sum();
Console.WriteLine(FormattableString.Invariant($"{args[0]},{seconds:F3},{frame.RowCount},{value:F3}"));
return 0;

Frame<int, string> Ours(string path)
{
    var trade = ProductTrade.Open(path, countryList);
    return trade.Aggregate(new ProductQuery(["CHN", "RUS"], ["CHN", "RUS"], [Year], Level: HsLevel.Chapter));
}

Frame<int, string> Raw(string path)
{
    using var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    using var command = connection.CreateCommand();
    // The same reading settings as this project's path (BACI's types, NA as missing), without its checks and mapping.
    var reader = path.EndsWith(".parquet", StringComparison.Ordinal)
        ? "read_parquet($1)"
        : "read_csv($1, header = true, columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'INTEGER', 'v': 'DOUBLE', 'q': 'DOUBLE'}, nullstr = ['NA', ''])";
    command.CommandText = $"SELECT t, i, j, k // 10000 AS hs2, sum(v) AS v, sum(q) AS q, count(*) AS n FROM {reader} WHERE t = {Year} AND i IN (156, 643) AND j IN (156, 643) GROUP BY ALL ORDER BY ALL";
    command.Parameters.Add(new DuckDBParameter(path));
    var rows = new List<(int T, int I, int J, int Hs2, double V, double Q, long N)>();
    using (var r = command.ExecuteReader())
    {
        while (r.Read())
        {
            rows.Add((r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture), r.GetDouble(4), r.IsDBNull(5) ? double.NaN : r.GetDouble(5), r.GetInt64(6)));
        }
    }

    return Frame.FromRecords(rows.Select(x => new { year = x.T, exporter_code = x.I, importer_code = x.J, hs_chapter = x.Hs2, value_usd_thousands = x.V, quantity_tonnes = x.Q, flows = x.N }));
}

Frame<int, string> NaiveDeedle(string path)
{
    var all = Frame.ReadCsv(path);
    var t = all.GetColumn<int>("t");
    var i = all.GetColumn<int>("i");
    var j = all.GetColumn<int>("j");
    var selected = all.Where(row => t.Get(row.Key) == Year && pair.Contains(i.Get(row.Key)) && pair.Contains(j.Get(row.Key)));
    var k = selected.GetColumn<int>("k");
    var v = selected.GetColumn<double>("v");
    var groups = selected.RowKeys
        .GroupBy(key => (I: i.Get(key), J: j.Get(key), Hs2: k.Get(key) / 10_000))
        .OrderBy(g => g.Key)
        .Select(g => new { year = Year, exporter_code = g.Key.I, importer_code = g.Key.J, hs_chapter = g.Key.Hs2, value_usd_thousands = g.Sum(key => v.Get(key)), flows = g.Count() });
    return Frame.FromRecords(groups);
}
