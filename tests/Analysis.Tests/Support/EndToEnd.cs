namespace Analysis.Tests.Support;

/// <summary>
/// The trait that tells slow end-to-end tests (they start a process, a notebook host, the render
/// command or Chromium) from fast ones: <c>dotnet test --filter "Category!=EndToEnd"</c> runs the fast ones.
/// </summary>
internal static class EndToEnd
{
    public const string Category = "Category";

    public const string Value = "EndToEnd";
}
