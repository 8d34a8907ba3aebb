using Analysis.Data;

namespace Analysis.Tests.Support;

/// <summary>The repository's data folder as a catalog, loaded once for all story tests (loads are cached by the catalog).</summary>
internal static class BundledCatalog
{
    public static DataCatalog Instance { get; } = DataCatalog.FromDirectory(RepositoryPaths.Data);
}
