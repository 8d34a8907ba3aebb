using Analysis.Data;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Composition;

/// <summary>
/// A data folder that holds only dataset <c>china-russia-trade-composition</c>, with the test's rows: for the cases the
/// bundled figures do not have (a value without a share, a total of zero, a period with one half of HS 84-89 only).
/// Its manifest keeps the columns the library reads and three sources: <c>a</c> and <c>c</c> published by
/// "Publisher A", <c>b</c> by "Publisher B".
/// </summary>
internal static class CompositionCatalog
{
    public const string Header = "period_start,period_end,exporter,importer,product_group,share_of_exports_percent,value_usd_bn,source_id";

    private const string Manifest = """
        {
          "resources": [
            {
              "name": "china-russia-trade-composition",
              "path": "china-russia-trade-composition/china-russia-trade-composition.csv",
              "schema": {
                "fields": [
                  { "name": "period_start", "type": "date", "constraints": { "required": true } },
                  { "name": "period_end", "type": "date", "constraints": { "required": true } },
                  { "name": "exporter", "type": "string", "constraints": { "required": true } },
                  { "name": "importer", "type": "string", "constraints": { "required": true } },
                  { "name": "product_group", "type": "string", "constraints": { "required": true } },
                  { "name": "share_of_exports_percent", "type": "number", "unit": "%", "constraints": { "minimum": 0, "maximum": 100 } },
                  { "name": "value_usd_bn", "type": "number", "unit": "USD bn", "constraints": { "minimum": 0 } },
                  { "name": "source_id", "type": "string", "constraints": { "required": true } }
                ]
              },
              "sources": [
                { "id": "a", "title": "A", "publisher": "Publisher A", "path": "https://example.org/a", "kind": "research-institute" },
                { "id": "b", "title": "B", "publisher": "Publisher B", "path": "https://example.org/b", "kind": "research-institute" },
                { "id": "c", "title": "C", "publisher": "Publisher A", "path": "https://example.org/c", "kind": "research-institute" }
              ]
            }
          ]
        }
        """;

    /// <summary>A catalog whose composition dataset holds <paramref name="rows"/> (CSV lines after <see cref="Header"/>).</summary>
    public static DataCatalog With(params string[] rows)
    {
        var root = TestData.NewFolder();
        File.WriteAllText(Path.Combine(root, "datapackage.json"), Manifest);
        var folder = Path.Combine(root, "china-russia-trade-composition");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "china-russia-trade-composition.csv"), Header + "\n" + string.Join("\n", rows) + "\n");
        return DataCatalog.FromDirectory(root);
    }
}
