using Analysis.Products.Codes;
using Deedle;

namespace Analysis.Products.Tests.Support;

/// <summary>Paths of the fixtures, a scratch folder per test, and the fixture countries list.</summary>
internal static class TestData
{
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string BaciFixture => Path.Combine(Fixtures, "BACI_HS22_Y2022_Vtest.csv");

    public static string ComtradeFixture => Path.Combine(Fixtures, "comtrade-test.txt");

    public static CountryCodes Countries { get; } = CountryCodes.FromFrame(Frame.ReadCsv(Path.Combine(Fixtures, "countries.csv"), schema: "code=string,name=string,kind=string,iso_numeric=string"), "fixture countries.csv");

    /// <summary>A new empty folder under the system temp folder.</summary>
    public static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "products-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes <paramref name="text"/> to a file named <paramref name="name"/> in a new folder and returns its path.</summary>
    public static string WriteFile(string name, string text)
    {
        var path = Path.Combine(NewFolder(), name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The value of <paramref name="column"/> in the row where <paramref name="keyColumn"/> equals <paramref name="key"/> (exactly one row).</summary>
    public static T Cell<T>(Frame<int, string> frame, string keyColumn, string key, string column)
    {
        var keys = frame.GetColumn<string>(keyColumn);
        var row = Assert.Single(frame.RowKeys, k => keys.Get(k) == key);
        return frame.GetColumn<T>(column).Get(row);
    }
}
