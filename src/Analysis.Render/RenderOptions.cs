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

        dotnet run --project src/Analysis.Render -c Release -- [options]

          -n, --notebook PREFIX     render only notebooks whose file name starts with PREFIX (repeatable), e.g. -n 03
          -p, --parameter NAME=VAL  override a variable of the notebook's 'parameters' cell (repeatable), e.g. -p lastYear=2023
          -o, --output DIR          report folder (default: artifacts/report)
              --notebooks DIR       folder of notebooks to render (default: notebooks/)
              --no-write-back       leave notebooks/ unchanged (implied by -p)
          -h, --help                this text

        Exit codes: 0 all rendered; 1 usage or set-up error; 2 a cell failed (the notebook is left as it was).
        """;

    /// <summary>Parses <paramref name="args"/>; null when they are invalid.</summary>
    public static RenderOptions? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var notebooks = new List<string>();
        var pairs = new List<string>();
        string? output = null;
        string? notebooksDirectory = null;
        var noWriteBack = false;
        for (var i = 0; i < args.Count; i++)
        {
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "-n" or "--notebook":
                    if (Next() is not { } n)
                    {
                        return null;
                    }

                    notebooks.Add(n);
                    break;
                case "-p" or "--parameter":
                    if (Next() is not { } p)
                    {
                        return null;
                    }

                    pairs.Add(p);
                    break;
                case "-o" or "--output":
                    output = Next();
                    if (output is null)
                    {
                        return null;
                    }

                    break;
                case "--notebooks":
                    notebooksDirectory = Next();
                    if (notebooksDirectory is null)
                    {
                        return null;
                    }

                    break;
                case "--no-write-back":
                    noWriteBack = true;
                    break;
                case "-h" or "--help":
                    return new RenderOptions([], new Dictionary<string, string>(), null, false, true);
                default:
                    return null;
            }
        }

        try
        {
            return new RenderOptions(notebooks, Parameters.ParsePairs(pairs), output, noWriteBack, false, notebooksDirectory);
        }
        catch (ArgumentException)
        {
            return null;
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
