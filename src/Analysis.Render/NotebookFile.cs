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

    private static readonly string[] JsonMessageSuffixes = [" Path: ", " LineNumber: "];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

    /// <summary>
    /// Reads a notebook file and checks that the render can run it: UTF-8 JSON, nbformat 4, a
    /// <c>cells</c> array of markdown, code and raw cells whose <c>source</c> is a string or a list
    /// of strings, and a C# kernel (<see cref="CheckKernel"/>).
    /// </summary>
    /// <exception cref="InvalidDataException">The file cannot be run; the message names the file, the place and what was expected.</exception>
    public static NotebookFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot be read: {e.Message}", e);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"{path}: not valid UTF-8 (byte offset {e.Index}); a notebook is UTF-8 JSON.", e);
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            throw new InvalidDataException($"{path}: not valid JSON{where}: {JsonProblem(e.Message)}. A notebook is nbformat 4 JSON.", e);
        }

        if (node is not JsonObject root)
        {
            throw new InvalidDataException($"{path}: expected a JSON object (an nbformat 4 notebook), found {Kind(node)}.");
        }

        var nbformat = root["nbformat"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : (int?)null;
        if (nbformat != 4)
        {
            var found = root["nbformat"] is { } f ? $"nbformat {f.ToJsonString()}" : "no 'nbformat'";
            throw new InvalidDataException($"{path}: expected an nbformat 4 notebook, found {found} (convert it with: jupyter nbconvert --to notebook).");
        }

        if (root["cells"] is not JsonArray cells)
        {
            throw new InvalidDataException($"{path}: expected a 'cells' array, found {Kind(root["cells"])}.");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            CheckCell(path, i + 1, cells[i]);
        }

        var notebook = new NotebookFile(Path.GetFileNameWithoutExtension(path), root);
        CheckKernel(path, notebook);
        return notebook;
    }

    /// <summary>
    /// Refuses a notebook the C# kernel cannot run: its kernelspec names another language (a
    /// missing kernelspec is taken as C#), or a code cell is marked for another .NET Interactive
    /// kernel (<c>polyglot_notebook.kernelName</c> or <c>dotnet_interactive.language</c> other than <c>csharp</c>).
    /// </summary>
    /// <exception cref="InvalidDataException">The notebook is not C#.</exception>
    public static void CheckKernel(string path, NotebookFile notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var spec = notebook.Root["metadata"]?["kernelspec"] as JsonObject;
        var name = Text(spec?["name"]);
        var language = Text(spec?["language"]);
        var csharp = name is null or ".net-csharp" || string.Equals(language, "C#", StringComparison.OrdinalIgnoreCase) || string.Equals(language, "csharp", StringComparison.OrdinalIgnoreCase);
        if (!csharp)
        {
            throw new InvalidDataException($"{path}: kernel '{name}'{(language is null ? "" : $" ({language})")} is not supported: the render runs C# notebooks (kernelspec '.net-csharp'). Open the notebook with its own kernel instead.");
        }

        var number = 0;
        foreach (var cell in notebook.Cells)
        {
            if (!IsCode(cell!))
            {
                continue;
            }

            number++;
            var kernel = Text(cell!["metadata"]?["polyglot_notebook"]?["kernelName"]) ?? Text(cell["metadata"]?["dotnet_interactive"]?["language"]);
            if (kernel is not null && kernel != "csharp")
            {
                throw new InvalidDataException($"{path}: code cell {number} is marked for the '{kernel}' kernel; the render runs C# cells only (kernel 'csharp').");
            }
        }
    }

    private static void CheckCell(string path, int index, JsonNode? cell)
    {
        if (cell is not JsonObject o)
        {
            throw new InvalidDataException($"{path}: cell {index} is {Kind(cell)}; expected a cell object.");
        }

        var type = Text(o["cell_type"]);
        if (type is not ("code" or "markdown" or "raw"))
        {
            throw new InvalidDataException($"{path}: cell {index} has cell_type {(o["cell_type"]?.ToJsonString() ?? "missing")}; expected \"code\", \"markdown\" or \"raw\".");
        }

        var source = o["source"];
        var ok = source is null
            || (source is JsonValue s && s.TryGetValue<string>(out _))
            || (source is JsonArray a && a.All(x => x is JsonValue xv && xv.TryGetValue<string>(out _)));
        if (!ok)
        {
            throw new InvalidDataException($"{path}: cell {index} ({type}) has a 'source' that is {Kind(source)}; expected a string or a list of strings.");
        }

        if (o["metadata"] is { } m && m is not JsonObject)
        {
            throw new InvalidDataException($"{path}: cell {index} ({type}) has 'metadata' that is {Kind(m)}; expected an object.");
        }

        if (o["metadata"]?["tags"] is { } tags && (tags is not JsonArray t || !t.All(x => x is JsonValue xv && xv.TryGetValue<string>(out _))))
        {
            throw new InvalidDataException($"{path}: cell {index} ({type}) has 'tags' that are not a list of strings.");
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Kind(JsonNode? node) => node switch
    {
        null => "missing or null",
        JsonObject => "an object",
        JsonArray => "a list",
        JsonValue v when v.TryGetValue<string>(out _) => "a string",
        JsonValue v when v.TryGetValue<bool>(out _) => "a true/false value",
        _ => "a number",
    };

    /// <summary>System.Text.Json's message without its trailing "Path: ... | LineNumber: ... | BytePositionInLine: ..." (given separately).</summary>
    private static string JsonProblem(string message)
    {
        var cut = JsonMessageSuffixes.Select(m => message.IndexOf(m, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(message.Length).Min();
        return message[..cut].TrimEnd('.', ' ');
    }

    /// <summary>The source text of a cell (nbformat stores it as a string or a list of lines).</summary>
    public static string Source(JsonNode cell) => JoinText(cell["source"]);

    /// <summary>Whether a cell is a code cell.</summary>
    public static bool IsCode(JsonNode cell) => cell["cell_type"]?.GetValue<string>() == "code";

    /// <summary>Whether a cell is a Markdown cell (raw cells are neither code nor Markdown).</summary>
    public static bool IsMarkdown(JsonNode cell) => cell["cell_type"]?.GetValue<string>() == "markdown";

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
