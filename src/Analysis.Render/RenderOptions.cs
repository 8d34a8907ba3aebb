using System.Diagnostics.CodeAnalysis;

namespace Analysis.Render;

/// <summary>Command-line options of the render command.</summary>
/// <param name="Notebooks">Name prefixes of the notebooks to render (empty: all).</param>
/// <param name="Overrides">Parameter overrides (name → value).</param>
/// <param name="Output">Report folder, or null for artifacts/report.</param>
/// <param name="NoWriteBack">Do not write executed notebooks back into notebooks/.</param>
/// <param name="Help">Print usage and stop.</param>
/// <param name="NotebooksDirectory">Folder of the notebooks, or null for notebooks/.</param>
public sealed record RenderOptions(IReadOnlyList<string> Notebooks, IReadOnlyDictionary<string, string> Overrides, string? Output, bool NoWriteBack, bool Help, string? NotebooksDirectory = null)
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        render: execute the notebooks headless, write them back with outputs, and write the HTML report.

        ./render.sh [options]      (or: dotnet run --project src/Analysis.Render -c Release -- [options])

          -n, --notebook PREFIX     render only notebooks whose file name starts with PREFIX (repeatable), e.g. -n 03
          -p, --parameter NAME=VAL  override a variable of the 'parameters' cell (repeatable, once per name), e.g. -p lastYear=2023;
                                    it applies to the selected notebooks that declare NAME; VAL is everything after the first '='
          -o, --output DIR          report folder (default: artifacts/report); created if missing, must be a writable folder
              --notebooks DIR       folder of notebooks to render (default: notebooks/)
              --no-write-back       leave notebooks/ unchanged (implied by -p)
          -h, --help                this text

        A notebook that cannot be read (not JSON, not nbformat 4, not a C# kernel) is reported and
        skipped, and never rewritten; the other notebooks are rendered.

        Exit codes: 0 every notebook rendered; 1 usage or set-up error (nothing is run), or a notebook
        that cannot be read; 2 a cell failed (that notebook is left as it was). 2 wins when both happen.
        """;

    /// <summary>Parses <paramref name="args"/>; null when they are invalid (see <see cref="TryParse"/> for the reason).</summary>
    public static RenderOptions? Parse(IReadOnlyList<string> args) => TryParse(args, out var options, out _) ? options : null;

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="options">The options, when valid.</param>
    /// <param name="error">Why the arguments are invalid, naming the option and what it expects; empty when valid.</param>
    /// <returns>Whether the arguments are valid.</returns>
    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out RenderOptions? options, out string error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = null;
        var notebooks = new List<string>();
        var pairs = new List<string>();
        string? output = null;
        string? notebooksDirectory = null;
        var noWriteBack = false;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (option)
            {
                case "-n" or "--notebook":
                    if (Next() is not { Length: > 0 } n)
                    {
                        error = $"{option} needs a notebook name prefix, e.g. {option} 03.";
                        return false;
                    }

                    notebooks.Add(n);
                    break;
                case "-p" or "--parameter":
                    if (Next() is not { } p)
                    {
                        error = $"{option} needs NAME=VALUE, e.g. {option} lastYear=2023.";
                        return false;
                    }

                    pairs.Add(p);
                    break;
                case "-o" or "--output":
                    output = Next();
                    if (string.IsNullOrWhiteSpace(output))
                    {
                        error = $"{option} needs a folder, e.g. {option} artifacts/report.";
                        return false;
                    }

                    break;
                case "--notebooks":
                    notebooksDirectory = Next();
                    if (string.IsNullOrWhiteSpace(notebooksDirectory))
                    {
                        error = $"{option} needs a folder of notebooks, e.g. {option} notebooks.";
                        return false;
                    }

                    break;
                case "--no-write-back":
                    noWriteBack = true;
                    break;
                case "-h" or "--help":
                    options = new RenderOptions([], new Dictionary<string, string>(), null, false, true);
                    error = "";
                    return true;
                default:
                    error = option.StartsWith('-') ? $"unknown option '{option}'." : $"unexpected argument '{option}' (to choose notebooks, write -n {option}).";
                    return false;
            }
        }

        try
        {
            options = new RenderOptions(notebooks, Parameters.ParsePairs(pairs), output, noWriteBack, false, notebooksDirectory);
            error = "";
            return true;
        }
        catch (ArgumentException e)
        {
            error = Parameters.Plain(e);
            return false;
        }
    }

    /// <summary>The folder holding Analysis.sln, searched upwards from the current directory, then from the program's folder.</summary>
    /// <exception cref="DirectoryNotFoundException">Not found.</exception>
    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Analysis.sln not found above the current directory.");
    }
}
