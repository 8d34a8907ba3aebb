using System.Text.Json.Nodes;

namespace Analysis.Tests.Support;

/// <summary>Small nbformat 4 notebooks written by tests.</summary>
internal static class TestNotebooks
{
    /// <summary>A code cell; <paramref name="source"/> is stored as one string (valid nbformat).</summary>
    public static JsonObject Code(string source, params string[] tags) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["metadata"] = tags.Length == 0 ? new JsonObject() : new JsonObject { ["tags"] = new JsonArray(tags.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()) },
        ["outputs"] = new JsonArray(),
        ["source"] = source,
    };

    public static JsonObject Markdown(string source) => new() { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = source };

    public static JsonObject Raw(string source) => new() { ["cell_type"] = "raw", ["metadata"] = new JsonObject(), ["source"] = source };

    /// <summary>A notebook with the .NET Interactive C# kernelspec (or the one given).</summary>
    public static string Json(IEnumerable<JsonObject> cells, string kernel = ".net-csharp", string language = "C#") => new JsonObject
    {
        ["cells"] = new JsonArray(cells.Select(c => (JsonNode?)c).ToArray()),
        ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = kernel, ["language"] = language, ["display_name"] = kernel } },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    }.ToJsonString();

    /// <summary>A C# notebook of code cells.</summary>
    public static string WithCode(params string[] sources) => Json(sources.Select(s => Code(s)));
}
