using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Deedle;

namespace Analysis.Data;

/// <summary>
/// Entry point to the datasets: reads <c>datapackage.json</c> and each CSV it lists, validates the
/// file against its schema, and returns it as a Deedle frame. <see cref="Bundled"/> uses the copy
/// of <c>data/</c> embedded in the library (works from any host, no path); <see cref="FromDirectory"/>
/// reads a folder laid out the same way, so an analyst can point a notebook at edited data.
/// Every error names the copy it read (<see cref="Origin"/>).
/// </summary>
/// <remarks>
/// Frames have ordinal row keys (0, 1, ...) and one column per schema field, typed as the schema
/// says: <c>string</c>, <c>int</c>, <c>double</c> or <see cref="DateOnly"/>. An empty optional value
/// is a missing value in the frame. Each call returns a new frame, so callers may mutate it.
/// </remarks>
public sealed class DataCatalog
{
    /// <summary>
    /// What to do when the embedded copy is not the data wanted (it is refreshed only by a build), with when this
    /// library was built, so an error says how old its copy is: "This library (/…/Analysis.dll) was built
    /// 2026-11-30 01:23 UTC. data/ is embedded when …".
    /// </summary>
    private static string EmbeddedHint()
    {
        var location = typeof(DataCatalog).Assembly.Location;
        var built = !string.IsNullOrEmpty(location) && File.Exists(location)
            ? $"This library ({location}) was built {File.GetLastWriteTimeUtc(location).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. "
            : "";
        return built +
            "data/ is embedded when the library is built (dotnet build src/Analysis; ./render.sh and ./test.sh build it), " +
            "and a notebook kernel keeps the library it loaded until it restarts. So after editing data/: rebuild and restart the kernel, " +
            "or set dataDirectory = \"../data\" in the notebook's parameters cell to read data/ directly, without a rebuild.";
    }

    private static readonly Lazy<DataCatalog> BundledCatalog = new(() => new DataCatalog(new EmbeddedFiles(), EmbeddedOrigin(), EmbeddedHint()));

    private readonly IDataFiles _files;
    private readonly Lazy<DataPackage> _package;
    private readonly ConcurrentDictionary<string, ValidatedTable> _tables = new(StringComparer.Ordinal);

    private readonly string? _hint;

    private DataCatalog(IDataFiles files, string origin, string? hint)
    {
        _files = files;
        Origin = origin;
        _hint = hint;
        _package = new Lazy<DataPackage>(ParsePackage);
    }

    /// <summary>The datasets bundled with the library.</summary>
    public static DataCatalog Bundled => BundledCatalog.Value;

    /// <summary>A catalog over a folder that holds <c>datapackage.json</c> and the CSVs it lists.</summary>
    /// <param name="directory">The folder; a relative path resolves against the current directory (the notebook's folder in the notebook hosts).</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist, or is a file; the message says where a relative path led.</exception>
    public static DataCatalog FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            var resolved = Path.IsPathRooted(directory) ? "" : $" ('{directory}' resolved against the current directory {Directory.GetCurrentDirectory()})";
            var what = File.Exists(full) ? "is a file, not a folder" : "does not exist";
            throw new DirectoryNotFoundException(
                $"Data folder {full}{resolved} {what}. Expected the folder that holds datapackage.json: from a notebook in notebooks/, " +
                "dataDirectory = \"../data\"; or dataDirectory = \"\" for the copy embedded in the library.");
        }

        return new DataCatalog(new DirectoryFiles(full), "the data folder " + full, null);
    }

    /// <summary>
    /// The catalog a notebook parameter names: the bundled data when <paramref name="directory"/>
    /// is null or empty, otherwise the folder (relative paths resolve against the current directory,
    /// which is the notebook's folder in the notebook hosts).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static DataCatalog Open(string? directory) =>
        string.IsNullOrWhiteSpace(directory) ? Bundled : FromDirectory(directory);

    /// <summary>
    /// The copy of the data this catalog reads, as errors name it: <c>the data folder /path/to/data</c>,
    /// or <c>the embedded copy in Analysis.dll: 61 files, content 3f2a9c0b1d4e</c>. The embedded copy is
    /// named by its content, not by where the library was built: the fingerprint is the first 12 hex
    /// digits of SHA-256 over every embedded file in path order (path, a zero byte, the bytes, a zero
    /// byte), so two machines that render the same data print the same line, and any change to any
    /// value changes it (<see cref="ContentFingerprint"/> computes it for a data folder to compare).
    /// </summary>
    public string Origin { get; }

    /// <summary>The manifest.</summary>
    /// <exception cref="DataValidationException">The manifest is invalid.</exception>
    public DataPackage Package => _package.Value;

    /// <summary>Paths (relative, '/'-separated) of every file in the data folder, for provenance checks.</summary>
    public IReadOnlyList<string> Files => _files.List();

    /// <summary>Loads resource <paramref name="name"/> as a validated frame.</summary>
    /// <exception cref="DataValidationException">The file breaks its schema or a consistency check; the exception lists every problem and names the copy read.</exception>
    /// <exception cref="KeyNotFoundException">No resource has that name; the message names the copy read and how to refresh it.</exception>
    public Frame<int, string> Load(string name) => ToFrame(Table(name));

    /// <summary>
    /// The consistency checks of resource <paramref name="name"/> (<see cref="SumCheck"/>s declared in
    /// the manifest), one row per checked group, never truncated: documented conflicts first (largest
    /// difference first), then every other group by the size of its difference relative to the
    /// tolerance. Groups beyond the tolerance that are not documented never reach this table: the
    /// resource fails to load instead.
    /// </summary>
    /// <remarks>
    /// Columns: one per <see cref="SumCheck.GroupBy"/> field (text as in the file), <c>parts</c>
    /// (e.g. <c>exports + imports</c>), <c>sum_of_parts</c>, <c>total</c>, <c>difference</c>
    /// (Σ parts − total), <c>allowed_difference</c>, <c>unit</c> (the value field's unit),
    /// <c>status</c> (<c>documented conflict</c> or <c>ok</c>) and <c>reason</c>. Empty when the resource
    /// declares no check.
    /// </remarks>
    /// <exception cref="DataValidationException">The resource does not load.</exception>
    /// <exception cref="KeyNotFoundException">No resource has that name.</exception>
    public Frame<int, string> Consistency(string name)
    {
        var table = Table(name);
        var groups = SumChecks.Groups(table, [])
            .OrderBy(g => g.Conflict is null)
            .ThenByDescending(g => g.Conflict is null ? Math.Abs(g.Difference) / Math.Max(g.Allowed, 1e-12) : Math.Abs(g.Difference))
            .ToArray();
        var rows = Enumerable.Range(0, groups.Length).ToArray();
        var b = new FrameBuilder.Columns<int, string>();
        foreach (var field in table.Resource.Checks.SelectMany(c => c.GroupBy).Distinct(StringComparer.Ordinal))
        {
            b.Add(field, new Series<int, string>(rows, groups.Select(g => g.Key.FirstOrDefault(k => k.Key == field).Value ?? "")));
        }

        b.Add("parts", new Series<int, string>(rows, groups.Select(g => string.Join(" + ", g.Check.Parts))));
        b.Add("sum_of_parts", new Series<int, double>(rows, groups.Select(g => Math.Round(g.Sum, g.Decimals) + 0.0)));
        b.Add("total", new Series<int, double>(rows, groups.Select(g => g.Total)));
        b.Add("difference", new Series<int, double>(rows, groups.Select(g => Math.Round(g.Difference, g.Decimals) + 0.0)));
        b.Add("allowed_difference", new Series<int, double>(rows, groups.Select(g => g.Allowed)));
        b.Add("unit", new Series<int, string>(rows, groups.Select(g => table.Resource.Field(g.Check.ValueField)?.Unit ?? "")));
        b.Add("status", new Series<int, string>(rows, groups.Select(g => g.Conflict is null ? "ok" : "documented conflict")));
        b.Add("reason", new Series<int, string>(rows, groups.Select(g => g.Conflict?.Reason ?? "")));
        return b.Frame;
    }

    /// <summary>Validates resource <paramref name="name"/> and returns every problem found (empty when valid).</summary>
    public IReadOnlyList<DataIssue> Validate(string name)
    {
        try
        {
            Table(name);
            return [];
        }
        catch (DataValidationException e)
        {
            return e.Issues;
        }
    }

    /// <summary>
    /// One row per dataset (keyed by name): title, file, number of rows and of sources, and the
    /// publishers cited. Loading validates every dataset, so this also proves the data is sound.
    /// </summary>
    /// <exception cref="DataValidationException">A dataset breaks its schema.</exception>
    public Frame<string, string> Summary()
    {
        var resources = Package.Resources;
        var names = resources.Select(r => r.Name).ToArray();
        var b = new FrameBuilder.Columns<string, string>();
        b.Add("title", new Series<string, string>(names, resources.Select(r => r.Title ?? "")));
        b.Add("file", new Series<string, string>(names, resources.Select(r => "data/" + r.Path)));
        b.Add("rows", new Series<string, int>(names, resources.Select(r => Table(r.Name).RowCount)));
        b.Add("sources", new Series<string, int>(names, resources.Select(r => r.Sources.Count)));
        return b.Frame;
    }

    /// <summary>The source with id <paramref name="sourceId"/> of resource <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such source.</exception>
    public SourceDescriptor Source(string name, string sourceId) =>
        Resource(name).Sources.FirstOrDefault(s => s.Id == sourceId)
        ?? throw new KeyNotFoundException($"Resource '{name}' in {Origin} has no source '{sourceId}'.");

    internal ValidatedTable Table(string name) => _tables.GetOrAdd(name, LoadTable);

    private ResourceDescriptor Resource(string name) =>
        Package.Resources.FirstOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException(
            $"{DataPackage.ManifestFileName} in {Origin} has no resource named '{name}'. Known: {string.Join(", ", Package.Resources.Select(r => r.Name))}. " +
            (_hint is null
                ? "Add it to that folder's datapackage.json (data/CONVENTIONS.md, \"Adding a dataset\"), or check the name (Analysis.Data.Datasets lists the bundled ones)."
                : _hint));

    private DataPackage ParsePackage()
    {
        try
        {
            return DataPackage.Parse(ReadText(DataPackage.ManifestFileName));
        }
        catch (DataValidationException e) when (e.Origin is null)
        {
            throw Invalid(e.Issues);
        }
    }

    private ValidatedTable LoadTable(string name)
    {
        var resource = Resource(name);
        var issues = new List<DataIssue>();
        var text = ReadText(resource.Path);
        var csv = CsvParser.Parse(resource.Path, text, issues);
        if (resource.Fields.Any(f => f.Type == FieldType.Number) && resource.Field(TableValidator.SourceIdField) is null)
        {
            issues.Add(new DataIssue(DataPackage.ManifestFileName, null, resource.Name, null, "a resource with numbers must have a 'source_id' column"));
        }

        var table = TableValidator.Validate(resource, csv, ReferencedValues, issues);
        if (issues.Count == 0 && table is not null)
        {
            issues.AddRange(SumChecks.Issues(table, SumChecks.Groups(table, issues)));
        }

        if (issues.Count > 0 || table is null)
        {
            throw Invalid(issues);
        }

        return table;
    }

    private DataValidationException Invalid(IReadOnlyList<DataIssue> issues) =>
        new(issues, Origin, _hint is null ? null : "Fix the file in data/. " + _hint);

    private IReadOnlySet<string> ReferencedValues(string resource, string field)
    {
        var table = Table(resource);
        return table.Columns[field].OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private string ReadText(string relativePath)
    {
        byte[]? bytes;
        try
        {
            bytes = _files.Read(relativePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Invalid([new DataIssue(relativePath, null, null, null, "cannot be read: " + e.Message)]);
        }

        if (bytes is null)
        {
            var rule = _files.IsFolder(relativePath)
                ? "is a folder, not a file: expected the file that datapackage.json lists"
                : relativePath == DataPackage.ManifestFileName
                    ? "file not found: expected the data folder (the one that holds datapackage.json and one folder per dataset)"
                    : "file not found: datapackage.json lists it";
            throw Invalid([new DataIssue(relativePath, null, null, null, rule)]);
        }

        var issues = new List<DataIssue>();
        return Utf8Text.Decode(relativePath, bytes, issues) ?? throw Invalid(issues);
    }

    /// <summary>Names the embedded copy by its file count and content fingerprint (see <see cref="Origin"/>).</summary>
    private static string EmbeddedOrigin()
    {
        var files = new EmbeddedFiles();
        var paths = files.List();
        return $"the embedded copy in Analysis.dll: {paths.Count} files, content {Fingerprint(paths, files)}";
    }

    /// <summary>
    /// The content fingerprint of the data files under <paramref name="directory"/> that the library embeds
    /// (every <c>*.csv</c> and <c>datapackage.json</c>, <c>.staging/</c> excluded), as <see cref="Origin"/> prints
    /// it for the embedded copy: equal fingerprints mean the embedded copy is this folder, byte for byte.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static string ContentFingerprint(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"No data folder at {root}.");
        }

        var files = new DirectoryFiles(root);
        var paths = files.List()
            .Where(p => (p.EndsWith(".csv", StringComparison.Ordinal) || p == DataPackage.ManifestFileName) && !p.StartsWith(".staging/", StringComparison.Ordinal))
            .ToArray();
        return Fingerprint(paths, files);
    }

    private static string Fingerprint(IReadOnlyList<string> paths, IDataFiles files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(path));
            sha.AppendData([0]);
            sha.AppendData(files.Read(path) ?? []);
            sha.AppendData([0]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    private static Frame<int, string> ToFrame(ValidatedTable table)
    {
        var builder = new FrameBuilder.Columns<int, string>();
        foreach (var field in table.Resource.Fields)
        {
            var values = table.Columns[field.Name];
            builder.Add(field.Name, field.Type switch
            {
                FieldType.Integer => Column<int>(values),
                FieldType.Number => Column<double>(values),
                FieldType.Date => Column<DateOnly>(values),
                _ => (ISeries<int>)Column<string>(values),
            });
        }

        return builder.Frame;
    }

    private static Series<int, T> Column<T>(object?[] values)
    {
        var builder = new SeriesBuilder<int, T>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is T v)
            {
                builder.Add(i, v);
            }
        }

        return builder.Series;
    }

    private interface IDataFiles
    {
        byte[]? Read(string relativePath);

        bool IsFolder(string relativePath);

        IReadOnlyList<string> List();
    }

    private sealed class DirectoryFiles(string root) : IDataFiles
    {
        public byte[]? Read(string relativePath)
        {
            var path = FullPath(relativePath);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public bool IsFolder(string relativePath) => Directory.Exists(FullPath(relativePath));

        public IReadOnlyList<string> List() =>
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToArray();

        private string FullPath(string relativePath) => Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }

    private sealed class EmbeddedFiles : IDataFiles
    {
        private const string Prefix = "data/";
        private static readonly Assembly Assembly = typeof(DataCatalog).Assembly;

        public byte[]? Read(string relativePath)
        {
            var name = Assembly.GetManifestResourceNames().FirstOrDefault(n => Normalise(n) == Prefix + relativePath);
            if (name is null)
            {
                return null;
            }

            using var stream = Assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }

        public bool IsFolder(string relativePath) => false;

        public IReadOnlyList<string> List() =>
            Assembly.GetManifestResourceNames()
                .Select(Normalise)
                .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
                .Select(n => n[Prefix.Length..])
                .Order(StringComparer.Ordinal)
                .ToArray();

        private static string Normalise(string name) => name.Replace('\\', '/');
    }
}
