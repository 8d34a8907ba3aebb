using System.Diagnostics;
using System.Globalization;
using Analysis.Notebooks;
using Analysis.Render;

// render: executes the notebooks headless, writes them back with outputs and writes the HTML report.
// Usage: dotnet run --project src/Analysis.Render -c Release -- [options]   (see --help)
var options = RenderOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(RenderOptions.Usage);
    return 1;
}

if (options.Help)
{
    Console.WriteLine(RenderOptions.Usage);
    return 0;
}

var root = RenderOptions.FindRepositoryRoot();
var notebooksDir = Path.GetFullPath(options.NotebooksDirectory ?? Path.Combine(root, "notebooks"));
if (!Directory.Exists(notebooksDir))
{
    Console.Error.WriteLine($"render: notebook folder {notebooksDir} does not exist.");
    return 1;
}

var library = Path.Combine(root, "artifacts", "notebook-lib", "Analysis.Notebooks.dll");
if (!File.Exists(library))
{
    Console.Error.WriteLine($"render: {library} is missing; build the notebook library first (dotnet build src/Analysis.Notebooks).");
    return 1;
}

var selected = Directory.GetFiles(notebooksDir, "*.ipynb").Order(StringComparer.Ordinal)
    .Where(p => options.Notebooks.Count == 0 || options.Notebooks.Any(n => Path.GetFileName(p).StartsWith(n, StringComparison.Ordinal)))
    .ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"render: no notebook in {notebooksDir} matches {string.Join(", ", options.Notebooks)}.");
    return 1;
}

var output = Path.GetFullPath(options.Output ?? Path.Combine(root, "artifacts", "report"), root);
var writeBack = options.Overrides.Count == 0 && !options.NoWriteBack;
Console.WriteLine($"Rendering {selected.Count} notebook(s) from {notebooksDir}");
Console.WriteLine($"  report: {output}{(writeBack ? "; executed notebooks are written back" : "; notebooks/ is left unchanged (parameters overridden or --no-write-back)")}");
var total = Stopwatch.StartNew();
var runs = new List<NotebookRun>();
var failures = new List<string>();
foreach (var path in selected)
{
    var notebook = NotebookFile.Load(path);
    Console.WriteLine($"▶ {notebook.Name}");
    NotebookRun run;
    try
    {
        run = await NotebookRunner.RunAsync(notebook, notebooksDir, options.Overrides, (cell, count, first) =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    cell {cell.Number,2}/{count} {cell.Seconds,6:0.00} s  {(cell.Error is null ? "ok  " : "FAIL")}  {first}")));
    }
    catch (ArgumentException e)
    {
        failures.Add($"{notebook.Name}: {e.Message}");
        Console.Error.WriteLine($"  {e.Message}");
        continue;
    }

    if (run.Failure is { } failed)
    {
        var message = $"{notebook.Name}, cell {failed.Number}: {failed.Error}";
        failures.Add(message);
        Console.Error.WriteLine($"  FAILED {message}");
        Console.Error.WriteLine($"  {path} was left as it was.");
    }
    else
    {
        runs.Add(run);
        run.Notebook.SaveAtomically(Path.Combine(output, "notebooks", notebook.Name + ".ipynb"));
        if (writeBack)
        {
            run.Notebook.SaveAtomically(path);
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {run.Cells.Count} cells in {run.Seconds:0.0} s"));
}

var images = ReportWriter.Write(output, runs, ChartImages.PlotlyJs());
ChartImages.Shutdown();
total.Stop();

Console.WriteLine();
Console.WriteLine("notebook                          cells   seconds  status");
foreach (var path in selected)
{
    var name = Path.GetFileNameWithoutExtension(path);
    var run = runs.FirstOrDefault(r => r.Notebook.Name == name);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-32} {(run?.Cells.Count.ToString(CultureInfo.InvariantCulture) ?? "-"),6} {(run is null ? "-" : run.Seconds.ToString("0.0", CultureInfo.InvariantCulture)),9}  {(run is null ? "FAILED" : "ok")}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalSeconds:0.0} s; {images.Count} chart image(s); {ChartImages.BrowserLaunches} browser launch(es); report {Path.Combine(output, "index.html")}"));
if (failures.Count > 0)
{
    Console.Error.WriteLine("Failures:");
    failures.ForEach(f => Console.Error.WriteLine("  " + f));
    return 2;
}

return 0;
