#:project ../src/Analysis.Products/Analysis.Products.csproj
// Converts a CEPII BACI year (CSV, plain or .gz) or a folder of years to Parquet, once, for fast queries.
// Usage: dotnet run scripts/baci-to-parquet.cs -- PATH [OUTPUT_FOLDER]
// Output: one .parquet per input, same name, beside the input unless a folder is given; a failed
// conversion never replaces an earlier good file. Malformed lines stop it with their line numbers.
using Analysis.Products.Engine;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: dotnet run scripts/baci-to-parquet.cs -- PATH [OUTPUT_FOLDER]");
    return 1;
}

try
{
    foreach (var written in ProductTrade.ConvertToParquet(args[0], args.Length > 1 ? args[1] : null))
    {
        Console.WriteLine(written);
    }

    return 0;
}
catch (ProductDataException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
