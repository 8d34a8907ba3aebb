using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analysis.Render;

/// <summary>What <see cref="NotebookNormaliser.Normalise"/> changed in one notebook.</summary>
/// <param name="IdsAdded">Cells that had no valid, unique <c>id</c> and were given one.</param>
/// <param name="MinorVersionRaised">Whether <c>nbformat_minor</c> was raised to 5 (cell ids need nbformat 4.5).</param>
/// <param name="BootstrapOutputsDropped">Outputs dropped because they were the .NET Interactive kernel's bootstrap script.</param>
/// <param name="AddressOutputsDropped">Other outputs dropped because they held a host address.</param>
public sealed record NormalisationReport(int IdsAdded, bool MinorVersionRaised, int BootstrapOutputsDropped, int AddressOutputsDropped)
{
    /// <summary>Whether anything changed.</summary>
    public bool Changed => IdsAdded > 0 || MinorVersionRaised || BootstrapOutputsDropped > 0 || AddressOutputsDropped > 0;

    /// <summary>One line for the console, e.g. <c>3 cell id(s) added; 1 kernel bootstrap output dropped</c>; empty when nothing changed.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (MinorVersionRaised)
        {
            parts.Add("nbformat_minor raised to 5");
        }

        if (IdsAdded > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{IdsAdded} cell id(s) added"));
        }

        if (BootstrapOutputsDropped > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{BootstrapOutputsDropped} kernel bootstrap output(s) dropped"));
        }

        if (AddressOutputsDropped > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{AddressOutputsDropped} output(s) holding a host address dropped"));
        }

        return string.Join("; ", parts);
    }
}

/// <summary>
/// Brings a notebook saved from VS Code or Jupyter to the form the render command commits: valid
/// nbformat 4.5 (every cell has a unique id), without the .NET Interactive kernel's bootstrap
/// output and without any output that holds a host address.
/// </summary>
/// <remarks>
/// When the .NET Interactive Jupyter kernel runs a notebook it adds a <c>display_data</c> output to
/// the first cell: a <c>&lt;script&gt;</c> that loads require.js and probes the machine's network
/// addresses (<c>http://127.0.0.1:2048/</c>, <c>http://fe80::…:2048/</c>, …). Saved from the editor,
/// it would commit those addresses. Every output is scanned; one that holds an IPv4 or IPv6 literal
/// (checked with <see cref="IPAddress.TryParse(string, out IPAddress)"/>) or a <c>localhost:port</c>
/// URL is dropped. Assembly versions (<c>Version=10.1.0.0</c>) are not addresses, and base64 images
/// are not scanned.
/// </remarks>
public static partial class NotebookNormaliser
{
    /// <summary>Text that only the .NET Interactive kernel's bootstrap script holds.</summary>
    private static readonly string[] BootstrapMarkers = ["dotnet-interactive-this-cell", "probeAddresses", "loadDotnetInteractiveApi", "configureRequireFromExtension"];

    /// <summary>
    /// Normalises <paramref name="notebook"/> in place: raises <c>nbformat_minor</c> to 5, gives every
    /// cell without a valid, unique id a stable one (<see cref="StableId"/>), drops the kernel's
    /// bootstrap outputs and any output holding a host address. Running it twice changes nothing
    /// the second time.
    /// </summary>
    /// <returns>What changed.</returns>
    public static NormalisationReport Normalise(NotebookFile notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var root = notebook.Root;
        var minorRaised = false;
        if (root["nbformat_minor"] is not JsonValue minor || !minor.TryGetValue<int>(out var m) || m < 5)
        {
            root["nbformat_minor"] = 5;
            minorRaised = true;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var idsAdded = 0;
        var bootstrap = 0;
        var addresses = 0;
        foreach (var cell in notebook.Cells.OfType<JsonObject>())
        {
            var id = cell["id"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (id is null || !IsValidId(id) || !taken.Add(id))
            {
                id = StableId(cell, taken);
                taken.Add(id);
                cell["id"] = id;
                idsAdded++;
            }

            if (cell["outputs"] is not JsonArray outputs)
            {
                continue;
            }

            for (var i = outputs.Count - 1; i >= 0; i--)
            {
                if (IsKernelBootstrap(outputs[i]))
                {
                    outputs.RemoveAt(i);
                    bootstrap++;
                }
                else if (ScannedText(outputs[i]).Any(CarriesHostAddress))
                {
                    outputs.RemoveAt(i);
                    addresses++;
                }
            }
        }

        return new NormalisationReport(idsAdded, minorRaised, bootstrap, addresses);
    }

    /// <summary>Whether <paramref name="id"/> is a valid nbformat 4.5 cell id: 1–64 characters of letters, digits, '-' and '_'.</summary>
    public static bool IsValidId(string id) => id is { Length: >= 1 and <= 64 } && IdPattern().IsMatch(id);

    /// <summary>
    /// A stable id for <paramref name="cell"/>: <c>cell-</c> and the first 8 hex digits of the
    /// SHA-256 of its type and source, with <c>-2</c>, <c>-3</c>, … when an identical cell already
    /// took it. The same notebook always gets the same ids.
    /// </summary>
    /// <param name="cell">The cell.</param>
    /// <param name="taken">Ids already used in the notebook.</param>
    public static string StableId(JsonNode cell, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(taken);
        var type = cell["cell_type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : "";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(type + "\n" + NotebookFile.Source(cell))))[..8];
        var id = "cell-" + hash;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"cell-{hash}-{n}");
        }

        return id;
    }

    /// <summary>Whether <paramref name="output"/> is the .NET Interactive kernel's bootstrap script (a <c>&lt;script&gt;</c> with its address probing).</summary>
    public static bool IsKernelBootstrap(JsonNode? output) =>
        ScannedText(output).Any(text => text.Contains("<script", StringComparison.OrdinalIgnoreCase) && BootstrapMarkers.Any(m => text.Contains(m, StringComparison.Ordinal)));

    /// <summary>
    /// Whether <paramref name="text"/> holds a host address: an IPv4 literal (not an assembly's
    /// <c>Version=a.b.c.d</c>), an IPv6 literal such as <c>::1</c> or <c>fe80::fc:ff:fe00:1</c>, or a
    /// <c>localhost:port</c> URL.
    /// </summary>
    public static bool CarriesHostAddress(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Localhost().IsMatch(text))
        {
            return true;
        }

        foreach (Match candidate in Ipv4().Matches(text))
        {
            if (IPAddress.TryParse(candidate.Value, out var address) && address.AddressFamily == AddressFamily.InterNetwork)
            {
                return true;
            }
        }

        foreach (Match candidate in Ipv6().Matches(text))
        {
            if (candidate.Value.Any(char.IsAsciiHexDigit) && IPAddress.TryParse(candidate.Value, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of an output that is scanned: text MIME types, stream text, error name, value and traceback (base64 images are skipped).</summary>
    private static IEnumerable<string> ScannedText(JsonNode? output)
    {
        if (output is not JsonObject o)
        {
            yield break;
        }

        if (o["data"] is JsonObject data)
        {
            foreach (var (mime, value) in data)
            {
                if (mime.StartsWith("image/", StringComparison.Ordinal) && mime != "image/svg+xml")
                {
                    continue;
                }

                yield return value is JsonValue or JsonArray && IsStringOrLines(value) ? NotebookFile.JoinText(value) : value?.ToJsonString() ?? "";
            }
        }

        foreach (var key in new[] { "text", "ename", "evalue", "traceback" })
        {
            if (o[key] is { } node)
            {
                yield return IsStringOrLines(node) ? NotebookFile.JoinText(node) : node.ToJsonString();
            }
        }
    }

    private static bool IsStringOrLines(JsonNode? node) => node switch
    {
        JsonValue v => v.TryGetValue<string>(out _),
        JsonArray a => a.All(x => x is JsonValue xv && xv.TryGetValue<string>(out _)),
        _ => false,
    };

    [GeneratedRegex("^[a-zA-Z0-9_-]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(?i)\blocalhost:\d{1,5}\b")]
    private static partial Regex Localhost();

    /// <summary>A dotted quad not inside a longer dotted number and not an assembly version.</summary>
    [GeneratedRegex(@"(?<![\w.])(?<!Version=)\d{1,3}(?:\.\d{1,3}){3}(?![\w.])")]
    private static partial Regex Ipv4();

    /// <summary>Hex groups joined by colons (at least two colons), not inside a word (so CSS's <c>a::before</c> and C#'s <c>global::X</c> are not candidates).</summary>
    [GeneratedRegex(@"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")]
    private static partial Regex Ipv6();
}
