using System.Text.Json.Nodes;

namespace Analysis.Tests.Support;

/// <summary>Reads .ipynb files for assertions.</summary>
internal static class NotebookJson
{
    public static IReadOnlyList<string> CommittedNotebooks() =>
        Directory.GetFiles(RepositoryPaths.Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToArray();

    public static JsonObject Load(string path) => (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;

    public static IEnumerable<JsonObject> CodeCells(JsonObject notebook) =>
        notebook["cells"]!.AsArray().OfType<JsonObject>().Where(c => c["cell_type"]!.GetValue<string>() == "code");

    public static string Source(JsonObject cell) => Text(cell["source"]);

    public static IEnumerable<JsonObject> Outputs(JsonObject cell) => (cell["outputs"]?.AsArray() ?? []).OfType<JsonObject>();

    public static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray a => string.Concat(a.Select(x => x!.GetValue<string>())),
        _ => node.GetValue<string>(),
    };

    public static IReadOnlyList<string> Tags(JsonObject cell) =>
        cell["metadata"]?["tags"] is JsonArray tags ? tags.Select(t => t!.GetValue<string>()).ToArray() : [];

    /// <summary>The value of one MIME type of an output, or null.</summary>
    public static string? Data(JsonObject output, string mime) => output["data"]?[mime] is { } d ? Text(d) : null;
}
