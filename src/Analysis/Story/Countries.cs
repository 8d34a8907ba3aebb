using Analysis.Data;

namespace Analysis.Story;

/// <summary>Country and group names from the <c>countries</c> dataset, for chart labels.</summary>
public static class Countries
{
    /// <summary>The English name of <paramref name="code"/>, or the code itself when it is not listed.</summary>
    public static string Name(DataCatalog catalog, string code)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var frame = catalog.Load(Datasets.Countries);
        var codes = frame.GetColumn<string>("code");
        var names = frame.GetColumn<string>("name");
        var row = frame.RowKeys.FirstOrDefault(r => codes[r] == code, -1);
        return row >= 0 ? names[row] : code;
    }
}
