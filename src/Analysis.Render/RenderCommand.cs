using System.Diagnostics;
using System.Globalization;
using Analysis.Notebooks;

namespace Analysis.Render;

/// <summary>
/// The render command: checks its options, the folders and every selected notebook before any
/// work starts, normalises each readable notebook (<see cref="NotebookNormaliser"/>: cell ids, no
/// kernel bootstrap output, no host addresses), runs it, writes it back and writes the report. Every failure
/// is one message naming the file, the cell or the option and what was expected; nothing ends in
/// an unhandled exception.
/// </summary>
/// <remarks>
/// Exit codes (as <see cref="RenderOptions.Usage"/> promises): 0 every notebook rendered; 1 a usage
/// or set-up error (nothing is run), or a notebook that cannot be read (it is reported and
/// skipped, never rewritten, and the others are rendered); 2 a cell failed (that notebook is left
/// as it was). When both 1 and 2 apply, 2.
/// </remarks>
public static class RenderCommand
{
    /// <summary>Exit code: every notebook rendered.</summary>
    public const int Success = 0;

    /// <summary>Exit code: usage or set-up error, or a notebook that cannot be read.</summary>
    public const int SetUpError = 1;

    /// <summary>Exit code: a cell failed.</summary>
    public const int CellFailed = 2;

    /// <summary>Runs the command.</summary>
    /// <param name="args">Command-line arguments (see <see cref="RenderOptions.Usage"/>).</param>
    /// <param name="stdout">Progress, the summary table and the help text.</param>
    /// <param name="stderr">Errors, each printed once.</param>
    /// <returns>The exit code.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The command's last line of defence: any error becomes one message and exit code 1, never a stack trace or an abort.")]
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            return await RunCoreAsync(args, stdout, stderr).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            stderr.WriteLine($"render: unexpected error: {e.GetType().Name}: {e.Message}");
            return SetUpError;
        }
        finally
        {
            ChartImages.Shutdown();
        }
    }

    private static async Task<int> RunCoreAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!RenderOptions.TryParse(args, out var options, out var usageError))
        {
            stderr.WriteLine($"render: {usageError}");
            stderr.WriteLine("Run ./render.sh --help for the options.");
            return SetUpError;
        }

        if (options.Help)
        {
            stdout.WriteLine(RenderOptions.Usage);
            return Success;
        }

        var plan = Plan(options, stderr);
        if (plan is null)
        {
            return SetUpError;
        }

        return await ExecuteAsync(plan, stdout, stderr).ConfigureAwait(false);
    }

    /// <summary>Everything checked before any notebook runs: folders, notebooks, parameter overrides.</summary>
    private sealed record RenderPlan(
        string NotebooksDirectory,
        string Output,
        bool WriteBack,
        IReadOnlyList<string> Selected,
        IReadOnlyList<(string Path, NotebookFile Notebook, IReadOnlyDictionary<string, string> Overrides)> Readable,
        IReadOnlyList<NotebookFailure> Unreadable);

    private static RenderPlan? Plan(RenderOptions options, TextWriter stderr)
    {
        void Fail(string message) => stderr.WriteLine("render: " + message);

        string root;
        try
        {
            root = RenderOptions.FindRepositoryRoot();
        }
        catch (DirectoryNotFoundException e)
        {
            Fail(e.Message + " Run the command inside the repository.");
            return null;
        }

        var notebooksDir = Path.GetFullPath(options.NotebooksDirectory ?? Path.Combine(root, "notebooks"));
        if (!Directory.Exists(notebooksDir))
        {
            Fail($"notebook folder {notebooksDir} {(File.Exists(notebooksDir) ? "is a file; expected a folder of .ipynb files" : "does not exist")}.");
            return null;
        }

        var library = Path.Combine(root, "artifacts", "notebook-lib", "Analysis.Notebooks.dll");
        if (!File.Exists(library))
        {
            Fail($"{library} is missing; build the notebook library first (dotnet build src/Analysis.Notebooks).");
            return null;
        }

        var selected = Directory.GetFiles(notebooksDir, "*.ipynb").Order(StringComparer.Ordinal)
            .Where(p => options.Notebooks.Count == 0 || options.Notebooks.Any(n => Path.GetFileName(p).StartsWith(n, StringComparison.Ordinal)))
            .ToList();
        if (selected.Count == 0)
        {
            Fail(options.Notebooks.Count == 0
                ? $"no .ipynb notebook in {notebooksDir}."
                : $"no notebook in {notebooksDir} starts with {string.Join(" or ", options.Notebooks.Select(n => $"'{n}'"))}.");
            return null;
        }

        var output = Path.GetFullPath(options.Output ?? Path.Combine(root, "artifacts", "report"), root);
        var writeBack = options.Overrides.Count == 0 && !options.NoWriteBack;
        var folderProblem = OutputFolder.Check(output, "report folder (-o)", "notebooks", "images", "assets")
            ?? (writeBack ? OutputFolder.Check(notebooksDir, "notebook folder (written back; --no-write-back leaves it alone)") : null);
        if (folderProblem is not null)
        {
            Fail(folderProblem);
            return null;
        }

        var unreadable = new List<NotebookFailure>();
        var loaded = new List<(string Path, NotebookFile Notebook)>();
        foreach (var path in selected)
        {
            try
            {
                loaded.Add((path, NotebookFile.Load(path)));
            }
            catch (InvalidDataException e)
            {
                unreadable.Add(new NotebookFailure(Path.GetFileNameWithoutExtension(path), e.Message));
                stderr.WriteLine($"render: {e.Message} Skipped; the file is not changed.");
            }
        }

        var readable = PlanOverrides(options.Overrides, loaded, stderr);
        return readable is null ? null : new RenderPlan(notebooksDir, output, writeBack, selected, readable, unreadable);
    }

    /// <summary>
    /// Gives each notebook the overrides its parameters cell declares. A name no selected notebook
    /// declares, or a value of the wrong kind, is a usage error: nothing runs.
    /// </summary>
    private static List<(string Path, NotebookFile Notebook, IReadOnlyDictionary<string, string> Overrides)>? PlanOverrides(
        IReadOnlyDictionary<string, string> overrides, List<(string Path, NotebookFile Notebook)> loaded, TextWriter stderr)
    {
        var declared = loaded.ToDictionary(l => l.Path, l => NotebookRunner.DeclaredParameters(l.Notebook));
        var ok = true;
        foreach (var name in overrides.Keys.Where(k => loaded.Count > 0 && declared.Values.All(d => d.All(p => p.Name != k))))
        {
            var known = declared.Values.SelectMany(d => d.Select(p => p.Name)).Distinct().Order(StringComparer.Ordinal);
            stderr.WriteLine($"render: Unknown parameter '{name}': no selected notebook declares it. Their parameters cells declare: {string.Join(", ", known)}.");
            ok = false;
        }

        var result = new List<(string Path, NotebookFile Notebook, IReadOnlyDictionary<string, string> Overrides)>();
        foreach (var (path, notebook) in loaded)
        {
            var mine = overrides.Where(o => declared[path].Any(p => p.Name == o.Key)).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);
            try
            {
                Parameters.InjectedCell(declared[path], mine);
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"render: {notebook.Name}: {Parameters.Plain(e)}");
                ok = false;
            }

            result.Add((path, notebook, mine));
        }

        return ok ? result : null;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A notebook that breaks the kernel itself is reported as that notebook's failure; the others still render.")]
    private static async Task<int> ExecuteAsync(RenderPlan plan, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine($"Rendering {plan.Readable.Count} notebook(s) from {plan.NotebooksDirectory}");
        stdout.WriteLine($"  report: {plan.Output}{(plan.WriteBack ? "; executed notebooks are written back" : "; notebooks/ is left unchanged (parameters overridden or --no-write-back)")}");
        foreach (var (path, notebook, overrides) in plan.Readable.Where(r => r.Overrides.Count > 0))
        {
            stdout.WriteLine($"  {notebook.Name}: {string.Join(", ", overrides.Select(o => $"{o.Key}={o.Value}"))}");
        }

        var total = Stopwatch.StartNew();
        var runs = new List<NotebookRun>();
        var failures = new List<NotebookFailure>(plan.Unreadable);
        var cellFailed = false;
        var writeFailed = false;
        var status = plan.Unreadable.ToDictionary(u => u.Name, _ => "NOT READ", StringComparer.Ordinal);
        foreach (var (path, notebook, overrides) in plan.Readable)
        {
            stdout.WriteLine($"▶ {notebook.Name}");
            var normalised = NotebookNormaliser.Normalise(notebook);
            if (normalised.Changed)
            {
                stdout.WriteLine($"  normalised: {normalised.Describe()}");
            }

            NotebookRun run;
            try
            {
                run = await NotebookRunner.RunAsync(notebook, plan.NotebooksDirectory, overrides, (cell, count, first) =>
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    cell {cell.Number,2}/{count} {cell.Seconds,6:0.00} s  {(cell.Error is null ? "ok  " : "FAIL")}  {first}"))).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                var problem = $"{notebook.Name}: the kernel failed: {e.GetType().Name}: {e.Message}";
                failures.Add(new NotebookFailure(notebook.Name, problem));
                status[notebook.Name] = "FAILED";
                cellFailed = true;
                stderr.WriteLine($"  FAILED {problem}");
                continue;
            }

            if (run.Failure is { } failed)
            {
                var message = $"{notebook.Name}, cell {failed.Number}: {failed.Error}";
                failures.Add(new NotebookFailure(notebook.Name, message));
                status[notebook.Name] = $"FAILED (cell {failed.Number})";
                cellFailed = true;
                stderr.WriteLine($"  FAILED {message}");
                stderr.WriteLine($"  {path} was left as it was.");
            }
            else
            {
                try
                {
                    run.Notebook.SaveAtomically(Path.Combine(plan.Output, "notebooks", notebook.Name + ".ipynb"));
                    if (plan.WriteBack)
                    {
                        run.Notebook.SaveAtomically(path);
                    }

                    runs.Add(run);
                    status[notebook.Name] = "ok";
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    var message = $"{notebook.Name}: rendered, but could not be written: {e.Message}";
                    failures.Add(new NotebookFailure(notebook.Name, message));
                    status[notebook.Name] = "NOT WRITTEN";
                    writeFailed = true;
                    stderr.WriteLine($"  FAILED {message}");
                }
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {run.Cells.Count} cells in {run.Seconds:0.0} s"));
        }

        IReadOnlyList<string> images;
        try
        {
            images = ReportWriter.Write(plan.Output, runs, ChartImages.PlotlyJs(), failures);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"render: could not write the report in {plan.Output}: {e.Message}");
            return cellFailed ? CellFailed : SetUpError;
        }

        total.Stop();
        stdout.WriteLine();
        stdout.WriteLine("notebook                          cells   seconds  status");
        foreach (var name in plan.Selected.Select(Path.GetFileNameWithoutExtension))
        {
            var run = runs.FirstOrDefault(r => r.Notebook.Name == name);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-32} {(run?.Cells.Count.ToString(CultureInfo.InvariantCulture) ?? "-"),6} {(run is null ? "-" : run.Seconds.ToString("0.0", CultureInfo.InvariantCulture)),9}  {status.GetValueOrDefault(name!, "-")}"));
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalSeconds:0.0} s; {images.Count} chart image(s); {ChartImages.BrowserLaunches} browser launch(es); report {Path.Combine(plan.Output, "index.html")}"));
        if (failures.Count > 0)
        {
            stderr.WriteLine($"render: {failures.Count} notebook(s) did not render (messages above); the report's index marks them.");
        }

        return cellFailed ? CellFailed : writeFailed || plan.Unreadable.Count > 0 ? SetUpError : Success;
    }
}
