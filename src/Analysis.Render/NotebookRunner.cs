using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;

namespace Analysis.Render;

/// <summary>What happened to one cell.</summary>
/// <param name="Index">0-based index among all cells of the executed notebook.</param>
/// <param name="Number">1-based number among the code cells (what the console and errors show).</param>
/// <param name="Seconds">Wall time.</param>
/// <param name="Error">The error, one message without a stack trace (e.g. <c>InvalidOperationException: boom</c>, or a compiler error), or null.</param>
public sealed record CellRun(int Index, int Number, double Seconds, string? Error);

/// <summary>What happened to one notebook.</summary>
/// <param name="Notebook">The executed copy, outputs filled in.</param>
/// <param name="Cells">One entry per executed code cell.</param>
/// <param name="Seconds">Wall time.</param>
public sealed record NotebookRun(NotebookFile Notebook, IReadOnlyList<CellRun> Cells, double Seconds)
{
    /// <summary>The first failed cell, or null.</summary>
    public CellRun? Failure => Cells.FirstOrDefault(c => c.Error is not null);
}

/// <summary>
/// Executes notebooks cell by cell in an in-process .NET Interactive C# kernel (the same engine as
/// dotnet-interactive and dotnet-repl), a fresh kernel per notebook, with the notebook's folder as
/// current directory so relative <c>#r</c> paths resolve as in the editors. Stops a notebook at its
/// first failing cell.
/// </summary>
public static partial class NotebookRunner
{
    /// <summary>Runs <paramref name="notebook"/> (a copy is executed; the argument is not changed).</summary>
    /// <param name="notebook">The notebook.</param>
    /// <param name="directory">Folder the notebook lives in (current directory while it runs).</param>
    /// <param name="overrides">Parameter overrides (empty: none).</param>
    /// <param name="progress">Called after each code cell.</param>
    /// <exception cref="ArgumentException">Overrides are given but the notebook has no parameters cell, or an override is invalid.</exception>
    public static async Task<NotebookRun> RunAsync(NotebookFile notebook, string directory, IReadOnlyDictionary<string, string> overrides, Action<CellRun, int, string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(overrides);
        var executed = notebook.Clone();
        InjectParameters(executed, overrides);
        var cells = executed.Cells;
        var codeCount = cells.Count(c => c is not null && NotebookFile.IsCode(c));
        var runs = new List<CellRun>();
        var total = Stopwatch.StartNew();
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(directory);
        try
        {
            using var kernel = new CompositeKernel { new CSharpKernel().UseKernelHelpers().UseValueSharing() };
            kernel.DefaultKernelName = "csharp";

            // This process loaded the library before any kernel existed, so its module initializer
            // could not see a notebook host; register the formatters now (idempotent).
            Analysis.Notebooks.NotebookFormatters.Register();
            var number = 0;
            var failed = false;
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i]!;
                if (!NotebookFile.IsCode(cell))
                {
                    continue;
                }

                number++;
                var outputs = new JsonArray();
                cell["outputs"] = outputs;
                cell["execution_count"] = null;
                if (failed)
                {
                    continue; // cells after a failure keep no stale outputs
                }

                var watch = Stopwatch.StartNew();
                var result = await kernel.SendAsync(new SubmitCode(NotebookFile.Source(cell))).ConfigureAwait(false);
                string? error = null;
                foreach (var e in result.Events)
                {
                    switch (e)
                    {
                        case StandardOutputValueProduced o:
                            outputs.Add(Stream("stdout", o.FormattedValues));
                            break;
                        case StandardErrorValueProduced o:
                            outputs.Add(Stream("stderr", o.FormattedValues));
                            break;
                        case ReturnValueProduced r:
                            outputs.Add(Display("execute_result", r.FormattedValues, number));
                            break;
                        case DisplayedValueProduced d:
                            outputs.Add(Display("display_data", d.FormattedValues, null));
                            break;
                        case CommandFailed f:
                            error = ShortMessage(f.Exception, f.Message);
                            outputs.Add(new JsonObject
                            {
                                ["output_type"] = "error",
                                ["ename"] = f.Exception?.GetType().Name ?? "Error",
                                ["evalue"] = error,
                                ["traceback"] = new JsonArray(f.Message.Split('\n').Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
                            });
                            break;
                    }
                }

                cell["execution_count"] = number;
                var run = new CellRun(i, number, watch.Elapsed.TotalSeconds, error);
                runs.Add(run);
                progress?.Invoke(run, codeCount, FirstLine(NotebookFile.Source(cell)));
                failed = error is not null;
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        return new NotebookRun(executed, runs, total.Elapsed.TotalSeconds);
    }

    /// <summary>The variables the notebook's <c>parameters</c> cell declares (empty without such a cell).</summary>
    public static IReadOnlyList<ParameterDeclaration> DeclaredParameters(NotebookFile notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var cell = notebook.Cells.FirstOrDefault(c => NotebookFile.Tags(c!).Contains(NotebookFile.ParametersTag));
        return cell is null ? [] : Parameters.Parse(NotebookFile.Source(cell));
    }

    /// <summary>
    /// A failed cell's error as one message without a stack trace: <c>TypeName: message</c> for an
    /// exception (a data validation error keeps its list of problems), the compiler's diagnostics
    /// otherwise. The full text stays in the cell's error output.
    /// </summary>
    /// <param name="exception">The exception, when the kernel reports one.</param>
    /// <param name="message">The kernel's message (an exception's full text, or diagnostics).</param>
    public static string ShortMessage(Exception? exception, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (exception is not null)
        {
            // A compiler error's message is the diagnostics themselves; the type name adds nothing.
            return exception.GetType().Name == "CodeSubmissionCompilationErrorException" ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
        }

        var lines = message.Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => !l.StartsWith("   at ", StringComparison.Ordinal) && !l.StartsWith("--- End of ", StringComparison.Ordinal) && !l.StartsWith("--- End of inner", StringComparison.Ordinal));
        return ExceptionTypePrefix().Replace(string.Join("\n", lines).TrimEnd(), "$1: ", 1);
    }

    /// <summary>Inserts the injected-parameters cell after the parameters cell (replacing an earlier injected cell).</summary>
    /// <exception cref="ArgumentException">Overrides without a parameters cell, or an invalid override.</exception>
    public static void InjectParameters(NotebookFile notebook, IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(overrides);
        var cells = notebook.Cells;
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            if (NotebookFile.Tags(cells[i]!).Contains(NotebookFile.InjectedParametersTag))
            {
                cells.RemoveAt(i);
            }
        }

        if (overrides.Count == 0)
        {
            return;
        }

        var index = Enumerable.Range(0, cells.Count).FirstOrDefault(i => NotebookFile.Tags(cells[i]!).Contains(NotebookFile.ParametersTag), -1);
        if (index < 0)
        {
            throw new ArgumentException($"{notebook.Name} has no cell tagged '{NotebookFile.ParametersTag}', so it takes no parameters.", nameof(overrides));
        }

        var declared = Parameters.Parse(NotebookFile.Source(cells[index]!));
        cells.Insert(index + 1, NotebookFile.NewCodeCell(Parameters.InjectedCell(declared, overrides), NotebookFile.InjectedParametersTag));
    }

    private static JsonObject Stream(string name, IReadOnlyCollection<Microsoft.DotNet.Interactive.Formatting.FormattedValue> values) => new()
    {
        ["output_type"] = "stream",
        ["name"] = name,
        ["text"] = NotebookFile.SplitLines(string.Concat(values.Where(v => v.MimeType == "text/plain").Select(v => v.Value))),
    };

    private static JsonObject Display(string type, IReadOnlyCollection<Microsoft.DotNet.Interactive.Formatting.FormattedValue> values, int? executionCount)
    {
        var data = new JsonObject();
        foreach (var v in values.Where(v => !string.IsNullOrEmpty(v.Value)))
        {
            // Binary MIME types are one base64 string; text types are split into lines, as Jupyter does.
            data[v.MimeType] = v.MimeType.StartsWith("image/", StringComparison.Ordinal) && v.MimeType != "image/svg+xml" ? v.Value : NotebookFile.SplitLines(v.Value);
        }

        var output = new JsonObject { ["output_type"] = type, ["data"] = data, ["metadata"] = new JsonObject() };
        if (executionCount is { } n)
        {
            output["execution_count"] = n;
        }

        return output;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[A-Za-z_][A-Za-z0-9_]*\.)+([A-Za-z_][A-Za-z0-9_]*Exception): ")]
    private static partial System.Text.RegularExpressions.Regex ExceptionTypePrefix();

    private static string FirstLine(string source)
    {
        var line = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return line.Length > 60 ? line[..57] + "..." : line;
    }
}
