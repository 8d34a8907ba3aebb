using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Render;

/// <summary>
/// A Jupyter notebook (nbformat 4) read as JSON and kept as JSON, so that everything the render
/// does not own (metadata, tags, markdown) survives byte for byte. Only code cells' outputs and
/// execution counts are replaced.
/// </summary>
public sealed class NotebookFile
{
    /// <summary>Tag of the cell whose variables can be overridden from the command line (papermill convention).</summary>
    public const string ParametersTag = "parameters";

    /// <summary>Tag of the cell the render inserts with the overrides (papermill convention).</summary>
    public const string InjectedParametersTag = "injected-parameters";

    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private NotebookFile(string name, JsonObject root)
    {
        Name = name;
        Root = root;
    }

    /// <summary>File name without extension, e.g. <c>01-rhetoric-vs-trade</c>.</summary>
    public string Name { get; }

    /// <summary>The notebook's JSON.</summary>
    public JsonObject Root { get; }

    /// <summary>The cells array.</summary>
    public JsonArray Cells => Root["cells"]?.AsArray() ?? throw new InvalidDataException($"{Name}: no 'cells' array.");

    /// <summary>Reads a notebook file.</summary>
    /// <exception cref="InvalidDataException">The file is not an nbformat 4 notebook.</exception>
    public static NotebookFile Load(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path, Encoding.UTF8)) as JsonObject
            ?? throw new InvalidDataException($"{path}: not a JSON object.");
        if (node["nbformat"]?.GetValue<int>() != 4)
        {
            throw new InvalidDataException($"{path}: expected nbformat 4.");
        }

        return new NotebookFile(Path.GetFileNameWithoutExtension(path), node);
    }

    /// <summary>The source text of a cell (nbformat stores it as a string or a list of lines).</summary>
    public static string Source(JsonNode cell) => JoinText(cell["source"]);

    /// <summary>Whether a cell is a code cell.</summary>
    public static bool IsCode(JsonNode cell) => cell["cell_type"]?.GetValue<string>() == "code";

    /// <summary>The cell's tags.</summary>
    public static IReadOnlyList<string> Tags(JsonNode cell) =>
        cell["metadata"]?["tags"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? "").ToArray() : [];

    /// <summary>Joins an nbformat multiline string (a string or an array of strings).</summary>
    public static string JoinText(JsonNode? node) => node switch
    {
        null => "",
        JsonArray a => string.Concat(a.Select(x => x?.GetValue<string>() ?? "")),
        _ => node.GetValue<string>(),
    };

    /// <summary>Splits text into nbformat's list of lines (each but the last keeps its '\n').</summary>
    public static JsonArray SplitLines(string text)
    {
        var array = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                array.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            array.Add(text[start..]);
        }

        return array;
    }

    /// <summary>A new code cell with <paramref name="source"/> and <paramref name="tag"/> (also its nbformat 4.5 id), in the C# kernel.</summary>
    public static JsonObject NewCodeCell(string source, string tag) => new()
    {
        ["cell_type"] = "code",
        ["id"] = tag,
        ["execution_count"] = null,
        ["metadata"] = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
            ["tags"] = new JsonArray(tag),
        },
        ["outputs"] = new JsonArray(),
        ["source"] = SplitLines(source),
    };

    /// <summary>A deep copy, for executing without touching the original.</summary>
    public NotebookFile Clone() => new(Name, (JsonObject)Root.DeepClone());

    /// <summary>Serialises as Jupyter does (indented JSON, one trailing newline).</summary>
    public string ToJson() => Root.ToJsonString(WriteOptions).ReplaceLineEndings("\n") + "\n";

    /// <summary>
    /// Writes the notebook to <paramref name="path"/> atomically: to a temporary file in the same
    /// folder, then renamed over the target, so a failure never leaves a half-written notebook.
    /// </summary>
    public void SaveAtomically(string path) => AtomicFile.WriteText(path, ToJson());
}
